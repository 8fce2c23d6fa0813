package report

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// extra writes the answers whose ids this version of the questionnaire does not have, with
// their recorded values: they are kept, never dropped. Nothing is written when there are none.
func (m *markdown) extra() {
	msg := m.msg
	if len(m.r.Extra) == 0 {
		return
	}
	m.d.heading(2, msg.extraHeading)
	m.d.para(fmt.Sprintf(msg.extraIntro, msg.count(msg.extraCount, len(m.r.Extra)), Text(m.r.Questionnaire.Version)))
	items := make([]string, 0, len(m.r.Extra))
	for _, x := range m.r.Extra {
		sub := m.annotations([]string{msg.recordedAnswer + msg.rawValue(x.Answer)}, x.Answer)
		id := Text(x.ID)
		if id == "" {
			id = msg.emptyID
		}
		items = append(items, id+sublist(sub))
	}
	m.d.list(items...)
}

// method writes how the scores are computed, then the arithmetic of this assessment: each
// section's sums and the weighted mean that makes the overall score. It starts the appendix,
// on a new printed page.
func (m *markdown) method() {
	qn, msg := m.r.Questionnaire, m.msg
	bands := make([]string, len(qn.Scoring.Ratings))
	for i, b := range qn.Scoring.Ratings {
		bands[i] = fmt.Sprintf(msg.methodBand, Text(b.Label), msg.num(b.Min))
	}
	limit := ""
	if qn.Scoring.CriticalCap != "" {
		limit = fmt.Sprintf(msg.methodCap, Text(qn.Scoring.CriticalCap))
	}
	m.d.page()
	m.d.heading(2, msg.methodHeading)
	m.d.para(fmt.Sprintf(msg.methodText, strings.Join(bands, msg.listSep), limit))
	m.d.para(msg.arithmeticNote)
	rows := make([][]string, 0, len(m.r.Sections)+1)
	var tw, tws float64
	for i, s := range m.r.Sections {
		weighted := msg.notScored
		if s.Scored {
			tw += s.Section.Weight
			tws += s.Section.Weight * s.Score
			weighted = msg.num(s.Section.Weight * s.Score)
		}
		rows = append(rows, []string{m.sectionTitle(i, s), msg.num(s.WeightedSum) + " / " + msg.num(s.WeightSum),
			m.sectionScore(s), msg.num(s.Section.Weight), weighted})
	}
	overall := msg.notScored
	if m.r.Scored {
		overall = msg.score(m.r.Overall)
	}
	rows = append(rows, []string{msg.overall, "", overall, msg.num(tw), msg.num(tws) + " / " + msg.num(tw)})
	m.d.table([]string{msg.colSection, msg.colSums, msg.colScore, msg.colWeight, msg.colWeighted}, rows)
}

// about writes what the questionnaire is: its title, id, version and language, its
// jurisdiction and its description.
func (m *markdown) about() {
	qn, msg := m.r.Questionnaire, m.msg
	m.d.heading(2, msg.aboutQnHeading)
	m.d.table([]string{msg.item, msg.value}, [][]string{
		{msg.qnTitle, msg.orNone(Cell(qn.Title))},
		{msg.qnID, Cell(qn.ID)},
		{msg.qnVersion, m.version()},
		{msg.qnLanguage, Cell(qn.Language)},
		{msg.jurisdiction, msg.orNone(Cell(qn.Jurisdiction))},
	})
	m.d.prose(qn.Description)
}

// references writes the questionnaire's references; a web address becomes a link.
func (m *markdown) references() {
	refs := m.r.Questionnaire.References
	if len(refs) == 0 {
		return
	}
	m.d.heading(2, m.msg.referencesHeading)
	items := make([]string, len(refs))
	for i, ref := range refs {
		s := Text(ref.Title)
		if s == "" {
			s = Text(ref.ID)
		}
		if ref.URL != "" {
			s += m.msg.listSep + linkOrText(ref.URL)
		}
		items[i] = s
	}
	m.d.list(items...)
}

// autolinkSafe matches the web addresses written as Markdown autolinks: http or https, and
// nothing that could end the autolink or be read as markup.
var autolinkSafe = regexp.MustCompile(`^https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$`)

// linkOrText returns a web address as an autolink, which shows the address itself, when it
// is a plain http or https URL; anything else is escaped text.
func linkOrText(raw string) string {
	u, err := url.Parse(raw)
	if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && autolinkSafe.MatchString(raw) {
		return "<" + raw + ">"
	}
	return Text(raw)
}

// signOff writes a table for the assessor's and a reviewer's names, signatures and dates.
func (m *markdown) signOff() {
	msg := m.msg
	m.d.heading(2, msg.signOffHeading)
	m.d.table([]string{msg.role, msg.name, msg.signature, msg.date}, [][]string{
		{msg.assessor, Cell(m.r.File.Assessment.Assessor), "", ""},
		{msg.reviewedBy, "", "", ""},
	})
}

// hexDigest matches a hex SHA-256.
var hexDigest = regexp.MustCompile(`^[0-9a-f]{64}$`)

// digest writes, last, the SHA-256 of the answers file.
func (m *markdown) digest() {
	m.d.heading(2, m.msg.answersFileHeading)
	d := strings.ToLower(m.opt.AnswersDigest)
	if !hexDigest.MatchString(d) {
		m.d.para(m.msg.digestUnknown)
		return
	}
	m.d.para(m.msg.digestIntro)
	m.d.para(d)
}
