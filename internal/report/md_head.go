package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// title writes the H1 heading with the vendor and the assessment date, and the draft banner.
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
		m.d.para("**" + m.msg.count(m.msg.vd.draft, m.r.Unanswered) + "**")
	}
}

// verdict writes what a reader needs first: the rating, the score, the recommendation with its
// reasons and the next review.
func (m *markdown) verdict() {
	r, msg := m.r, m.msg
	score := msg.overallNotScored
	if r.Scored {
		score = fmt.Sprintf(msg.outOf100, msg.score(r.Overall))
	}
	recommendation := msg.noRecommendation
	if r.Recommendation != nil {
		recommendation = strong(inline(r.Recommendation.Title))
	}
	items := []string{
		msg.rating + m.rating(),
		msg.overallScore + score,
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
	m.d.para(m.why())
}

// rating describes the rating, and when a critical finding capped it, the band the score
// reached.
func (m *markdown) rating() string {
	r := m.r
	if r.Rating == "" {
		return m.msg.ratingNone
	}
	s := strong(inline(r.Rating))
	if r.Capped {
		s += fmt.Sprintf(m.msg.ratingCapped, Text(r.Band))
	}
	return s
}

// strong puts escaped text in strong emphasis. White space at either end would keep "**" from
// being read as emphasis, so such a character is written as a numeric character reference.
func strong(s string) string {
	if s == "" {
		return s
	}
	first, n := utf8.DecodeRuneInString(s)
	if unicode.IsSpace(first) {
		s = fmt.Sprintf("&#%d;", first) + s[n:]
	}
	last, n := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(last) {
		s = s[:len(s)-n] + fmt.Sprintf("&#%d;", last)
	}
	return "**" + s + "**"
}

// coverage describes the coverage with its counts.
func (m *markdown) coverage() string {
	r, msg := m.r, m.msg
	if r.Visible == 0 {
		return fmt.Sprintf(msg.coverageNone, msg.count(msg.cNA, r.NA))
	}
	return fmt.Sprintf(msg.coverageFull, msg.percent(r.Coverage), msg.joinAnd([]string{
		msg.count(msg.cAnswered, r.Answered), msg.count(msg.cUnknown, r.Unknown), msg.count(msg.cUnanswered, r.Unanswered),
	}), msg.count(msg.visibleCount, r.Visible), msg.count(msg.cNA, r.NA))
}

// assurance counts the scored answers by how far they are backed.
func (m *markdown) assurance() string {
	a, msg := m.r.Assurance, m.msg
	return msg.joinAnd([]string{msg.count(msg.cStated, a.Stated), msg.count(msg.cDocumented, a.Documented),
		msg.count(msg.cVerified, a.Verified), msg.count(msg.cUnspecified, a.Unspecified)})
}

// sensitivity describes a sensitivity, saying why when it is unknown.
func (m *markdown) sensitivity(s questionnaire.Sensitivity) string {
	if s == "" || s == questionnaire.SensitivityUnknown {
		return m.msg.sensitivityUnknown
	}
	return m.msg.sensitivityWord(s)
}

// why says in plain words why the recommendation was chosen (see messages.why), and the
// condition of the recommendation where it names more than the sensitivity and the rating.
func (m *markdown) why() string {
	r, msg := m.r, m.msg
	why := inline(msg.why(r))
	if why == "" {
		return ""
	}
	if c := r.Recommendation.When; c != nil && !c.Always() && !versionOneRecommendation(c) {
		why = joinSentences(msg, why, fmt.Sprintf(msg.vd.recWhen, msg.describe(r.Questionnaire, c, m.condNames())))
	}
	return msg.whyRecommendation + why
}

// versionOneRecommendation reports whether a recommendation's condition has only the atoms of
// version 1 files, sensitivity and rating, which the reason for the choice already names.
func versionOneRecommendation(c *questionnaire.Condition) bool {
	return c.Question == "" && c.All == nil && c.Any == nil && c.Not == nil && c.Worst == nil && c.Complete == nil
}

// actionPlan writes every open finding, most severe first, then in the order of the
// questionnaire: the question's number, the question, the finding and the remedy. A rule's
// finding names its section and says which answers raised it.
func (m *markdown) actionPlan() {
	msg := m.msg
	m.d.page()
	m.d.heading(2, msg.actionHeading)
	if len(m.r.Findings) == 0 {
		m.d.para(msg.noOpenFinding)
		return
	}
	findings := slices.Clone(m.r.Findings)
	slices.SortStableFunc(findings, func(a, b scoring.Finding) int {
		return cmp.Compare(b.Severity.Rank(), a.Severity.Rank())
	})
	m.d.para(msg.actionIntro)
	rows := make([][]string, 0, len(findings))
	for _, f := range findings {
		number, question := "", ""
		switch {
		case f.Question != nil:
			number, question = m.r.Questionnaire.Number(f.Question), Cell(f.Question.Prompt)
		case f.Rule != nil:
			number = sectionNumber(m.r.Questionnaire, f.Rule.Section)
			question = fmt.Sprintf(msg.ruleQuestion, msg.describe(m.r.Questionnaire, f.Rule.When, m.condNames()))
		}
		text, remedy := msg.findingWords(f)
		remedy = Cell(remedy)
		if note := m.acceptedNote(f); note != "" {
			remedy = joinSentences(msg, remedy, note)
		}
		rows = append(rows, []string{number, msg.severityName(f.Severity), question, Cell(text), msg.orNone(remedy)})
	}
	m.d.table([]string{msg.colNo, msg.colSeverity, msg.colQuestion, msg.colFinding, msg.colRemedy}, rows)
}

// sectionNumber returns the number of a section of the questionnaire, 1 for the first, as the
// documents show it; "" when the questionnaire lacks it. Sections are matched by id: in a
// comparison the section may come from another copy or version of the questionnaire.
func sectionNumber(qn *questionnaire.Questionnaire, s *questionnaire.Section) string {
	for i, sec := range qn.Sections {
		if s != nil && sec.ID == s.ID {
			return strconv.Itoa(i + 1)
		}
	}
	return ""
}

// ruleSource names a rule's finding for a reader: its section, by number, and that a
// combination of answers raised it.
func (m *messages) ruleSource(qn *questionnaire.Questionnaire, r *questionnaire.Rule) string {
	return fmt.Sprintf(m.vd.rule, sectionNumber(qn, r.Section))
}
