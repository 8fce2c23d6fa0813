package report

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// extra writes the answers whose ids this version of the questionnaire does not have, with
// their recorded values: they are kept, never dropped.
func (m *markdown) extra() {
	m.d.heading(2, "Answers not in this version")
	if len(m.r.Extra) == 0 {
		m.d.para("None: every answer in the answers file belongs to a question of this questionnaire version.")
		return
	}
	m.d.para(fmt.Sprintf("The answers file holds %s for questions that version %s of the questionnaire does not have. "+
		"They are not scored and are listed here as recorded.",
		plural(len(m.r.Extra), "answer", "answers"), Text(m.r.Questionnaire.Version)))
	items := make([]string, 0, len(m.r.Extra))
	for _, x := range m.r.Extra {
		sub := append([]string{"Recorded answer: " + rawValue(x.Answer)}, m.annotations(x.Answer)...)
		id := Text(x.ID)
		if id == "" {
			id = "(empty id)"
		}
		items = append(items, id+sublist(sub))
	}
	m.d.list(items...)
}

// method writes the scoring method in one short paragraph.
func (m *markdown) method() {
	qn := m.r.Questionnaire
	bands := make([]string, len(qn.Scoring.Ratings))
	for i, b := range qn.Scoring.Ratings {
		bands[i] = Text(b.Label) + " from " + num(b.Min)
	}
	s := "Each visible scored question gets a score s between 0 and 1 from its answer; an unknown or missing answer scores 0 " +
		"(no evidence, no credit), while questions answered not applicable and questions whose condition does not hold are left out. " +
		"A section scores 100 × Σ w·s / Σ w over its counted questions, w being each question's weight, " +
		"and the overall score is the mean of the section scores weighted by the section weights. " +
		"The rating is the band the overall score falls in (" + strings.Join(bands, ", ") + ")"
	if qn.Scoring.CriticalCap != "" {
		s += "; any critical finding makes it no better than " + Text(qn.Scoring.CriticalCap)
	}
	s += ". Coverage is the share of visible scored questions answered with something other than unknown."
	m.d.heading(2, "Scoring method")
	m.d.para(s)
}

// references writes the questionnaire's references; a web address becomes a link.
func (m *markdown) references() {
	m.d.heading(2, "References")
	refs := m.r.Questionnaire.References
	if len(refs) == 0 {
		m.d.para("The questionnaire cites no references.")
		return
	}
	items := make([]string, len(refs))
	for i, ref := range refs {
		s := Text(ref.ID) + ": " + orNone(Text(ref.Title))
		if ref.URL != "" {
			s += ", " + linkOrText(ref.URL)
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
	m.d.heading(2, "Sign-off")
	m.d.table([]string{"Role", "Name", "Signature", "Date"}, [][]string{
		{"Assessor", Cell(m.r.File.Assessment.Assessor), "", ""},
		{"Reviewed by", "", "", ""},
	})
}

// hexDigest matches a hex SHA-256.
var hexDigest = regexp.MustCompile(`^[0-9a-f]{64}$`)

// digest writes, last, the SHA-256 of the answers file.
func (m *markdown) digest() {
	m.d.heading(2, "Answers file")
	d := strings.ToLower(m.opt.AnswersDigest)
	if !hexDigest.MatchString(d) {
		m.d.para("The SHA-256 of the answers file is not known: these answers were not read from a file.")
		return
	}
	m.d.para("This report was made from the answers file whose content has this SHA-256 " +
		"(check it with sha256sum or shasum -a 256 on the saved answers file):")
	m.d.para(d)
}
