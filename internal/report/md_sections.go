package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// sectionTable writes the score of every section and how it was reached, then the overall
// score as the weighted mean of the scored sections.
func (m *markdown) sectionTable() {
	msg := m.msg
	m.d.heading(2, msg.sectionScores)
	rows := make([][]string, 0, len(m.r.Sections)+1)
	var tw, tws float64
	var total scoring.SectionResult
	for _, s := range m.r.Sections {
		score := msg.notScored
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
	overall := msg.notScored
	if m.r.Scored {
		overall = score1(m.r.Overall)
	}
	rows = append(rows, []string{
		msg.overall, num(tw), overall,
		strconv.Itoa(total.Answered), strconv.Itoa(total.Unknown), strconv.Itoa(total.Unanswered),
		strconv.Itoa(total.NA), strconv.Itoa(total.Questions),
		num(tws) + " / " + num(tw),
	})
	m.d.para(msg.sectionTableNote)
	m.d.table([]string{msg.colSection, msg.colWeight, msg.colScore, msg.colAnswered, msg.colUnknown,
		msg.colUnanswered, msg.colNA, msg.colQuestions, msg.colSums}, rows)
}

// answers writes the profile answers, then every section's questions with their answers.
func (m *markdown) answers() {
	m.d.heading(2, m.msg.answersHeading)
	// The questions come in questionnaire order, profile first (see scoring.Result), so each
	// section's questions are the run that follows the ones before.
	qs := m.r.Questions
	n := 0
	for n < len(qs) && qs[n].Question.IsProfile() {
		n++
	}
	if n > 0 {
		m.d.heading(3, m.msg.profileHeading)
		m.d.para(fmt.Sprintf(m.msg.profileNote, m.sensitivity(m.r.Sensitivity)))
		for _, qr := range qs[:n] {
			m.question(qr)
		}
	}
	qs = qs[n:]
	for i, s := range m.r.Sections {
		title := Heading(trimHeadingEnd(s.Section.Title))
		if title == "" {
			title = Heading(s.Section.ID)
		}
		m.d.heading(3, fmt.Sprintf(m.msg.sectionHeading, i+1, title))
		m.d.prose(s.Section.Description)
		m.d.para(m.sectionLine(s))
		n = 0
		for n < len(qs) && qs[n].Question.Section == s.Section {
			n++
		}
		for _, qr := range qs[:n] {
			m.question(qr)
		}
		for _, f := range m.ruleFindings[s.Section] {
			m.ruleFinding(f)
		}
		qs = qs[n:]
	}
}

// ruleFinding writes the finding of a rule under its section: a heading with the rule's id,
// then why it was raised, the finding, the remedy and the references.
func (m *markdown) ruleFinding(f scoring.Finding) {
	rule, msg := f.Rule, m.msg
	m.d.heading(4, fmt.Sprintf(msg.vd.rule, Heading(rule.ID)))
	text, remedy := msg.findingWords(f)
	items := []string{
		fmt.Sprintf(msg.vd.ruleWhy, msg.describe(m.r.Questionnaire, rule.When, m.condNames())),
		fmt.Sprintf(msg.findingSeverity, strings.ToLower(msg.severityName(f.Severity))) + Text(text),
	}
	if rem := Text(remedy); rem != "" {
		items = append(items, msg.remedy+rem)
	}
	if note := m.acceptedNote(f); note != "" {
		items = append(items, note)
	}
	if len(rule.Refs) > 0 {
		refs := make([]string, len(rule.Refs))
		for i, id := range rule.Refs {
			refs[i] = Text(id)
		}
		items = append(items, msg.references+strings.Join(refs, msg.listSep))
	}
	m.d.list(items...)
}

// sectionLine sums up a section's score in one sentence.
func (m *markdown) sectionLine(s scoring.SectionResult) string {
	score := m.msg.sectionNotScored
	if s.Scored {
		score = fmt.Sprintf(m.msg.sectionScore, score1(s.Score))
	}
	return fmt.Sprintf(m.msg.sectionLine, score, num(s.Section.Weight), s.Answered, s.Unknown, s.Unanswered, s.NA)
}
