package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// details writes the table of the assessment details: who assessed what, when, with which
// questionnaire, and how complete and well backed the answers are.
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
	m.d.page()
	m.d.heading(2, msg.detailsHeading)
	m.d.table([]string{msg.item, msg.value}, [][]string{
		{msg.vendor, msg.orNone(Cell(a.Vendor))},
		{msg.product, msg.orNone(Cell(a.Product))},
		{msg.organisation, msg.orNone(Cell(a.Organisation))},
		{msg.assessor, msg.orNone(Cell(a.Assessor))},
		{msg.interviewees, msg.orNone(strings.Join(interviewees, msg.listSepComma))},
		{msg.assessmentDate, msg.orNone(Cell(a.Date))},
		{msg.qnTitle, msg.orNone(Cell(qn.Title)) + msg.listSep + fmt.Sprintf(msg.versionOne, m.version())},
		{msg.label(msg.sensitivityOfUse), m.sensitivity(m.r.Sensitivity)},
		{msg.label(msg.coverage), m.coverage()},
		{msg.assuranceRow, m.assurance()},
	})
}

// version names the questionnaire version, and the one the answers were made with when that
// is another.
func (m *markdown) version() string {
	version := Cell(m.r.Questionnaire.Version)
	if rec := m.r.File.Questionnaire.Version; rec != "" && rec != m.r.Questionnaire.Version {
		version += fmt.Sprintf(m.msg.recordedWithVersion, Cell(rec))
	}
	return version
}

// sectionTable writes the score of every section with the counts of its answers, and the
// overall score; how the scores are computed is in the method at the end.
func (m *markdown) sectionTable() {
	msg := m.msg
	m.d.heading(2, msg.sectionScores)
	rows := make([][]string, 0, len(m.r.Sections)+1)
	var total scoring.SectionResult
	var weights float64
	for i, s := range m.r.Sections {
		rows = append(rows, []string{
			m.sectionTitle(i, s), msg.num(s.Section.Weight), m.sectionScore(s),
			strconv.Itoa(s.Answered), strconv.Itoa(s.Unknown), strconv.Itoa(s.Unanswered), strconv.Itoa(s.NA),
		})
		total.Answered += s.Answered
		total.Unknown += s.Unknown
		total.Unanswered += s.Unanswered
		total.NA += s.NA
		if s.Scored {
			weights += s.Section.Weight
		}
	}
	overall := msg.notScored
	if m.r.Scored {
		overall = msg.score(m.r.Overall)
	}
	rows = append(rows, []string{
		"**" + msg.overall + "**", msg.num(weights), "**" + overall + "**",
		strconv.Itoa(total.Answered), strconv.Itoa(total.Unknown), strconv.Itoa(total.Unanswered), strconv.Itoa(total.NA),
	})
	m.d.table([]string{msg.colSection, msg.colWeight, msg.colScore, msg.colAnswered, msg.colUnknown,
		msg.colUnanswered, msg.colNA}, rows)
}

// sectionTitle is a section's number and title, for a table cell.
func (m *markdown) sectionTitle(i int, s scoring.SectionResult) string {
	title := Cell(s.Section.Title)
	if title == "" {
		title = Cell(s.Section.ID)
	}
	return fmt.Sprintf("%d. %s", i+1, title)
}

// sectionScore is a section's score, or that it was not scored.
func (m *markdown) sectionScore(s scoring.SectionResult) string {
	if !s.Scored {
		return m.msg.notScored
	}
	return m.msg.score(s.Score)
}

// answers writes the profile answers, then every section's questions with their answers and
// the findings of its rules; each section starts a new printed page.
func (m *markdown) answers() {
	m.d.page()
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
		if i > 0 || n > 0 {
			m.d.page()
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
		m.ruleFindings(s)
		qs = qs[n:]
	}
}

// ruleFindings writes the findings of a section's rules: each finding with why it was raised,
// its remedy and references.
func (m *markdown) ruleFindings(s scoring.SectionResult) {
	findings := m.ruleFindingsOf[s.Section]
	if len(findings) == 0 {
		return
	}
	msg := m.msg
	m.d.heading(4, msg.ruleFindingsLabel)
	items := make([]string, 0, len(findings))
	for _, f := range findings {
		text, remedy := msg.findingWords(f)
		sub := []string{fmt.Sprintf(msg.vd.ruleWhy, msg.describe(m.r.Questionnaire, f.Rule.When, m.condNames()))}
		if rem := Text(remedy); rem != "" {
			sub = append(sub, msg.remedy+rem)
		}
		if note := m.acceptedNote(f); note != "" {
			sub = append(sub, note)
		}
		if refs := m.refTitles(msg.references, f.Rule.Refs); refs != "" {
			sub = append(sub, refs)
		}
		items = append(items, msg.severityName(f.Severity)+msg.colon+Text(text)+sublist(sub))
	}
	m.d.list(items...)
}

// refTitles names the references cited, by title where the questionnaire gives one, after
// label; "" when none is cited. It is written in one buffer: it runs for most questions.
func (m *markdown) refTitles(label string, ids []string) string {
	var b strings.Builder
	for _, id := range ids {
		t := Text(id)
		if r := m.r.Questionnaire.Reference(id); r != nil && Text(r.Title) != "" {
			t = Text(r.Title)
		}
		if t == "" {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(label) + 64*len(ids))
			b.WriteString(label)
		} else {
			b.WriteString(m.msg.listSepComma)
		}
		b.WriteString(t)
	}
	return b.String()
}

// sectionLine sums up a section's score in one sentence.
func (m *markdown) sectionLine(s scoring.SectionResult) string {
	msg := m.msg
	score := msg.sectionNotScored
	if s.Scored {
		score = fmt.Sprintf(msg.sectionScore, msg.score(s.Score))
	}
	return fmt.Sprintf(msg.sectionLine, score, msg.num(s.Section.Weight), msg.joinAnd([]string{
		msg.count(msg.cAnswered, s.Answered), msg.count(msg.cUnknown, s.Unknown),
		msg.count(msg.cUnanswered, s.Unanswered), msg.count(msg.cNA, s.NA),
	}))
}
