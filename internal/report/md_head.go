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
		vendor = m.msg.unnamedVendor
	}
	date := Heading(a.Date)
	if date == "" {
		date = m.msg.undated
	}
	m.d.heading(1, fmt.Sprintf(m.msg.reportTitle, vendor, date))
	if !m.r.Complete {
		m.d.para(m.msg.vd.draft.n(m.r.Unanswered))
	}
}

// details writes the table of the assessment details and the questionnaire's description.
func (m *markdown) details() {
	a := m.r.File.Assessment
	qn := m.r.Questionnaire
	msg := m.msg
	interviewees := make([]string, 0, len(a.Interviewees))
	for _, p := range a.Interviewees {
		if c := Cell(p); c != "" {
			interviewees = append(interviewees, c)
		}
	}
	version := Cell(qn.Version)
	if rec := m.r.File.Questionnaire.Version; rec != "" && rec != qn.Version {
		version += fmt.Sprintf(msg.recordedWithVersion, Cell(rec))
	}
	m.d.heading(2, msg.detailsHeading)
	m.d.table([]string{msg.item, msg.value}, [][]string{
		{msg.vendor, msg.orNone(Cell(a.Vendor))},
		{msg.product, msg.orNone(Cell(a.Product))},
		{msg.organisation, msg.orNone(Cell(a.Organisation))},
		{msg.assessor, msg.orNone(Cell(a.Assessor))},
		{msg.interviewees, msg.orNone(strings.Join(interviewees, msg.listSepComma))},
		{msg.assessmentDate, msg.orNone(Cell(a.Date))},
		{msg.qnTitle, msg.orNone(Cell(qn.Title))},
		{msg.qnID, Cell(qn.ID)},
		{msg.qnVersion, version},
		{msg.qnLanguage, Cell(qn.Language)},
		{msg.jurisdiction, msg.orNone(Cell(qn.Jurisdiction))},
	})
	m.d.prose(qn.Description)
}

// summary writes the overall score, rating, coverage, sensitivity, assurance and the
// recommendation with its reason.
func (m *markdown) summary() {
	r, msg := m.r, m.msg
	m.d.heading(2, msg.summaryHeading)
	overall := msg.overallNotScored
	if r.Scored {
		overall = fmt.Sprintf(msg.outOf100, score1(r.Overall))
	}
	recommendation := msg.noRecommendation
	if r.Recommendation != nil {
		recommendation = Text(r.Recommendation.Title)
	}
	a := r.Assurance
	items := []string{
		msg.overallScore + overall,
		msg.rating + m.rating(),
		msg.coverage + m.coverage(),
		msg.sensitivityOfUse + m.sensitivity(r.Sensitivity),
		fmt.Sprintf(msg.assurance, a.Stated, a.Documented, a.Verified, a.Unspecified),
		msg.recommendation + recommendation,
	}
	if r.NextReview != "" {
		items = append(items, msg.vd.nextReview+msg.colon+
			fmt.Sprintf(msg.vd.nextReviewValue, r.NextReview, r.Recommendation.ReviewMonths))
	}
	m.d.list(items...)
	if r.Recommendation != nil {
		m.d.prose(r.Recommendation.Text)
	}
	if why := Paragraphs(m.why()); len(why) > 0 {
		why[0] = msg.whyRecommendation + why[0]
		for _, p := range why {
			m.d.para(p)
		}
	}
	if c := r.Recommendation; c != nil && !c.When.Always() && !versionOneRecommendation(c.When) {
		m.d.para(fmt.Sprintf(msg.vd.recWhen, msg.describe(r.Questionnaire, c.When, m.condNames())))
	}
}

// rating describes the rating, and when a critical finding capped it, the band the score
// reached.
func (m *markdown) rating() string {
	r := m.r
	if r.Rating == "" {
		return m.msg.ratingNone
	}
	s := Text(r.Rating)
	if r.Capped {
		s += fmt.Sprintf(m.msg.ratingCapped, Text(r.Band), Text(r.Rating))
	}
	return s
}

// coverage describes the coverage with its counts.
func (m *markdown) coverage() string {
	r, msg := m.r, m.msg
	if r.Visible == 0 {
		return fmt.Sprintf(msg.coverageNone, msg.naCount.n(r.NA))
	}
	return fmt.Sprintf(msg.coverageFull, percent(r.Coverage), r.Answered, r.Unknown, r.Unanswered,
		msg.visibleCount.n(r.Visible), r.NA)
}

// sensitivity describes a sensitivity, saying why when it is unknown.
func (m *markdown) sensitivity(s questionnaire.Sensitivity) string {
	if s == "" || s == questionnaire.SensitivityUnknown {
		return m.msg.sensitivityUnknown
	}
	return m.msg.sensitivityWord(s)
}

// findings writes the critical and high findings with their remedies, most severe first.
func (m *markdown) findings() {
	m.d.heading(2, m.msg.findingsHeading)
	var items []string
	others := 0
	for _, f := range m.r.Findings {
		if f.Severity.Rank() < questionnaire.SeverityHigh.Rank() {
			others++
			continue
		}
		items = append(items, m.findingItem(f))
	}
	if len(items) == 0 {
		m.d.para(m.msg.noHighFinding)
	}
	m.d.list(items...)
	if others > 0 {
		m.d.para(m.msg.lowerFindings.n(others))
	}
}

// findingItem renders a finding as a list item: severity and question, then the finding and
// its remedy in a nested list.
func (m *markdown) findingItem(f scoring.Finding) string {
	head := m.msg.severityName(f.Severity)
	if q := f.Question; q != nil {
		head += m.msg.colon + Text(q.ID) + m.msg.listSep + Text(q.Prompt)
	} else if f.Rule != nil {
		head += m.msg.colon + fmt.Sprintf(m.msg.vd.rule, Text(f.Rule.ID))
	}
	text, remedy := m.msg.findingWords(f)
	sub := []string{m.msg.finding + Text(text)}
	if rem := Text(remedy); rem != "" {
		sub = append(sub, m.msg.remedy+rem)
	}
	if note := m.acceptedNote(f); note != "" {
		sub = append(sub, note)
	}
	return head + sublist(sub)
}

// why says, in the report's language, why the recommendation was chosen: the sensitivity and
// the rating, and whether the entry holds only because no earlier one did.
func (m *markdown) why() string { return m.msg.why(m.r) }

// versionOneRecommendation reports whether a recommendation's condition has only the atoms of
// version 1 files, sensitivity and rating, which the reason for the choice already names.
func versionOneRecommendation(c *questionnaire.Condition) bool {
	return c.Question == "" && c.All == nil && c.Any == nil && c.Not == nil && c.Worst == nil && c.Complete == nil
}
