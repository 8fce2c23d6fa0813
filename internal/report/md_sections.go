package report

import (
	"fmt"
	"strconv"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// sectionTable writes the score of every section and how it was reached, then the overall
// score as the weighted mean of the scored sections.
func (m *markdown) sectionTable() {
	m.d.heading(2, "Section scores")
	rows := make([][]string, 0, len(m.r.Sections)+1)
	var tw, tws float64
	var total scoring.SectionResult
	for _, s := range m.r.Sections {
		score := "not scored"
		if s.Scored {
			score = score1(s.Score)
			tw += s.Section.Weight
			tws += s.Section.Weight * s.Score
		}
		rows = append(rows, []string{
			Cell(s.Section.Title), num(s.Section.Weight), score,
			strconv.Itoa(s.Answered), strconv.Itoa(s.Unknown), strconv.Itoa(s.Unanswered),
			strconv.Itoa(s.NA), strconv.Itoa(s.Questions),
			num(s.WeightedSum) + " / " + num(s.WeightSum),
		})
		total.Answered += s.Answered
		total.Unknown += s.Unknown
		total.Unanswered += s.Unanswered
		total.NA += s.NA
		total.Questions += s.Questions
	}
	overall := "not scored"
	if m.r.Scored {
		overall = score1(m.r.Overall)
	}
	rows = append(rows, []string{
		"Overall", num(tw), overall,
		strconv.Itoa(total.Answered), strconv.Itoa(total.Unknown), strconv.Itoa(total.Unanswered),
		strconv.Itoa(total.NA), strconv.Itoa(total.Questions),
		num(tws) + " / " + num(tw),
	})
	m.d.para("Each section scores 100 × Σw·s / Σw over its counted questions (w the weight, s the score of the answer); " +
		"the overall score is Σ W·score / Σ W over the scored sections (W the section weight). " +
		"Questions counts the visible scored questions, not applicable ones apart.")
	m.d.table([]string{"Section", "Weight", "Score", "Answered", "Unknown", "Unanswered", "N/A", "Questions", "Σw·s / Σw"}, rows)
}

// answers writes the profile answers, then every section's questions with their answers.
func (m *markdown) answers() {
	m.d.heading(2, "Answers")
	var profile []scoring.QuestionResult
	bySection := map[*questionnaire.Section][]scoring.QuestionResult{}
	for _, qr := range m.r.Questions {
		if qr.Question.IsProfile() {
			profile = append(profile, qr)
		} else {
			bySection[qr.Question.Section] = append(bySection[qr.Question.Section], qr)
		}
	}
	if len(profile) > 0 {
		m.d.heading(3, "Profile of the organisation's use")
		m.d.para("The profile describes how the organisation will use the platform. It is not scored; " +
			"it sets the sensitivity (" + sensitivity(m.r.Sensitivity) + ") that chooses the recommendation with the rating.")
		for _, qr := range profile {
			m.question(qr)
		}
	}
	for i, s := range m.r.Sections {
		title := Heading(trimHeadingEnd(s.Section.Title))
		if title == "" {
			title = Heading(s.Section.ID)
		}
		m.d.heading(3, fmt.Sprintf("Section %d: %s", i+1, title))
		for _, p := range Paragraphs(s.Section.Description) {
			m.d.para(p)
		}
		m.d.para(sectionLine(s))
		for _, qr := range bySection[s.Section] {
			m.question(qr)
		}
	}
}

// sectionLine sums up a section's score in one sentence.
func sectionLine(s scoring.SectionResult) string {
	score := "Not scored (no counted question)"
	if s.Scored {
		score = "Score " + score1(s.Score) + " out of 100"
	}
	return fmt.Sprintf("%s, section weight %s: %d answered, %d unknown, %d unanswered and %d not applicable.",
		score, num(s.Section.Weight), s.Answered, s.Unknown, s.Unanswered, s.NA)
}
