package report

import (
	"fmt"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// title writes the H1 heading with the vendor and the assessment date.
func (m *markdown) title() {
	a := m.r.File.Assessment
	vendor := Heading(a.Vendor)
	if vendor == "" {
		vendor = "unnamed vendor"
	}
	date := Heading(a.Date)
	if date == "" {
		date = "undated"
	}
	m.d.heading(1, "Vendor assessment: "+vendor+", "+date)
}

// details writes the table of the assessment details and the questionnaire's description.
func (m *markdown) details() {
	a := m.r.File.Assessment
	qn := m.r.Questionnaire
	interviewees := make([]string, 0, len(a.Interviewees))
	for _, p := range a.Interviewees {
		if c := Cell(p); c != "" {
			interviewees = append(interviewees, c)
		}
	}
	version := Cell(qn.Version)
	if rec := m.r.File.Questionnaire.Version; rec != "" && rec != qn.Version {
		version += " (the answers were recorded with version " + Cell(rec) + ")"
	}
	m.d.heading(2, "Assessment details")
	m.d.table([]string{"Item", "Value"}, [][]string{
		{"Vendor", orNone(Cell(a.Vendor))},
		{"Product", orNone(Cell(a.Product))},
		{"Organisation", orNone(Cell(a.Organisation))},
		{"Assessor", orNone(Cell(a.Assessor))},
		{"Interviewees", orNone(strings.Join(interviewees, "; "))},
		{"Assessment date", orNone(Cell(a.Date))},
		{"Questionnaire", orNone(Cell(qn.Title))},
		{"Questionnaire id", Cell(qn.ID)},
		{"Questionnaire version", version},
		{"Questionnaire language", Cell(qn.Language)},
		{"Jurisdiction", orNone(Cell(qn.Jurisdiction))},
	})
	for _, p := range Paragraphs(qn.Description) {
		m.d.para(p)
	}
}

// summary writes the overall score, rating, coverage, sensitivity, assurance and the
// recommendation with its reason.
func (m *markdown) summary() {
	r := m.r
	m.d.heading(2, "Summary")
	overall := "not scored: no section had a counted question (all were not applicable or hidden)"
	if r.Scored {
		overall = score1(r.Overall) + " out of 100"
	}
	recommendation := "none (the questionnaire has no recommendations)"
	if r.Recommendation != nil {
		recommendation = Text(r.Recommendation.Title)
	}
	a := r.Assurance
	m.d.list(
		"Overall score: "+overall,
		"Rating: "+m.rating(),
		"Coverage: "+m.coverage(),
		"Sensitivity of the organisation's use: "+sensitivity(r.Sensitivity),
		fmt.Sprintf("Assurance of the scored answers: %d stated, %d documented, %d verified, %d unspecified",
			a.Stated, a.Documented, a.Verified, a.Unspecified),
		"Recommendation: "+recommendation,
	)
	if r.Recommendation != nil {
		for _, p := range Paragraphs(r.Recommendation.Text) {
			m.d.para(p)
		}
	}
	if why := Paragraphs(r.RecommendationWhy); len(why) > 0 {
		why[0] = "Why this recommendation: " + why[0]
		for _, p := range why {
			m.d.para(p)
		}
	}
}

// rating describes the rating, and when a critical finding capped it, the band the score
// reached.
func (m *markdown) rating() string {
	r := m.r
	if r.Rating == "" {
		return "none (nothing could be scored)"
	}
	s := Text(r.Rating)
	if r.Capped {
		s += ". The score reached the " + Text(r.Band) + " band, but a critical finding caps the rating at " +
			Text(r.Rating) + "."
	}
	return s
}

// coverage describes the coverage with its counts.
func (m *markdown) coverage() string {
	r := m.r
	if r.Visible == 0 {
		return fmt.Sprintf("no visible scored question to answer (%s)", plural(r.NA, "not applicable", "not applicable"))
	}
	return fmt.Sprintf("%s (%d answered, %d unknown and %d unanswered of %s; %d not applicable)",
		percent(r.Coverage), r.Answered, r.Unknown, r.Unanswered,
		plural(r.Visible, "visible scored question", "visible scored questions"), r.NA)
}

// sensitivity describes a sensitivity.
func sensitivity(s questionnaire.Sensitivity) string {
	if s == "" || s == questionnaire.SensitivityUnknown {
		return "unknown (no profile answer set it)"
	}
	return Text(string(s))
}

// findings writes the critical and high findings with their remedies, most severe first.
func (m *markdown) findings() {
	m.d.heading(2, "Critical and high findings")
	var items []string
	others := 0
	for _, f := range m.r.Findings {
		if f.Severity.Rank() < questionnaire.SeverityHigh.Rank() {
			others++
			continue
		}
		items = append(items, findingItem(f))
	}
	if len(items) == 0 {
		m.d.para("No critical or high finding.")
	}
	m.d.list(items...)
	switch {
	case others == 1:
		m.d.para("1 finding of lower severity is listed with its question under Answers.")
	case others > 1:
		m.d.para(fmt.Sprintf("%d findings of lower severity are listed with their questions under Answers.", others))
	}
}

// findingItem renders a finding as a list item: severity and question, then the finding and
// its remedy in a nested list.
func findingItem(f scoring.Finding) string {
	head := severityName(f.Severity)
	if q := f.Question; q != nil {
		head += ": " + Text(q.ID) + ", " + Text(q.Prompt)
	}
	sub := []string{"Finding: " + Text(f.Text)}
	if rem := Text(f.Remedy); rem != "" {
		sub = append(sub, "Remedy: "+rem)
	}
	return head + sublist(sub)
}

// severityName capitalises a severity for a reader.
func severityName(s questionnaire.Severity) string {
	str := Text(string(s))
	if str == "" {
		return "Unrated"
	}
	return strings.ToUpper(str[:1]) + str[1:]
}
