package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/report"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// From the review, a key lists the open findings of the answers so far and records the
// acceptance of one risk: who accepts it, until when and why, saved in the answers file's
// accepted list like any answer. Accepting changes neither the score nor the rating.

// acceptMessages are the interview's words for accepting a risk. They are a part of messages
// (its field acc), kept in their own file.
type acceptMessages struct {
	// The title; the line above the list of findings; the line when there is none.
	title, choose, noFindings string
	// A finding already accepted (%[1]s who, %[2]s until when); the line above the form when it
	// replaces one (the same arguments).
	acceptedBy, replaces string
	// The form's labels and the line below it.
	by, until, reason, note string
	// The errors: a field left empty; a date not after today (%[1]s today).
	errEmpty, errUntil string
	// The status line once recorded: %[1]s the question or rule, %[2]s until when.
	recorded string
	// The keys: accept a risk (on the review), record the acceptance.
	keyAccept, keyRecord string
}

var acceptEn = acceptMessages{
	title:      "Accept a risk",
	choose:     "Open findings, most severe first. Accepting one changes neither score nor rating.",
	noFindings: "The answers so far raise no finding.",
	acceptedBy: "accepted by %[1]s until %[2]s",
	replaces:   "Replaces the acceptance by %[1]s until %[2]s.",
	by:         "Accepted by", until: "Until (YYYY-MM-DD)", reason: "Reason",
	note:     "tab: next field · enter on the reason records it · esc: back to the findings",
	errEmpty: "Say who accepts the risk and why.", errUntil: "The acceptance must run until a day after today, %[1]s.",
	recorded:  "Accepted the risk of %[1]s until %[2]s",
	keyAccept: "accept a risk", keyRecord: "record",
}

var acceptPt = acceptMessages{
	title:      "Aceitar um risco",
	choose:     "Constatações em aberto, as mais graves primeiro. Aceitar não altera pontuação nem classificação.",
	noFindings: "As respostas dadas até agora não geram constatações.",
	acceptedBy: "aceite por %[1]s até %[2]s",
	replaces:   "Substitui a aceitação de %[1]s até %[2]s.",
	by:         "Aceite por", until: "Até (AAAA-MM-DD)", reason: "Motivo",
	note:     "tab: campo seguinte · enter no motivo regista · esc: voltar às constatações",
	errEmpty: "Indique quem aceita o risco e porquê.", errUntil: "A aceitação deve durar até um dia depois de hoje, %[1]s.",
	recorded:  "Risco de %[1]s aceite até %[2]s",
	keyAccept: "aceitar risco", keyRecord: "registar",
}

var acceptZhHant = acceptMessages{
	title:      "接受風險",
	choose:     "未解決的發現，最嚴重的在前。接受風險不會改變評分或評級。",
	noFindings: "目前的答案沒有產生任何發現。",
	acceptedBy: "已由%[1]s接受至%[2]s",
	replaces:   "將取代%[1]s接受至%[2]s的紀錄。",
	by:         "接受人", until: "有效至（YYYY-MM-DD）", reason: "理由",
	note:     "tab：下一欄 · 在理由欄按enter記錄 · esc：返回發現清單",
	errEmpty: "請填寫由誰接受風險及理由。", errUntil: "接受的有效期必須在今天（%[1]s）之後。",
	recorded:  "已接受%[1]s的風險，有效至%[2]s",
	keyAccept: "接受風險", keyRecord: "記錄",
}

// acceptForm is the review's list of open findings and, once one is chosen, the form that
// accepts its risk.
type acceptForm struct {
	findings []scoring.Finding // one per question or rule, most severe first
	list     int               // the cursor in findings
	ed       *editor           // the form; nil while choosing the finding
	// The form's values.
	by, until, reason string
	err               string
}

// acceptKeys are the keys of the form's fields, in order.
var acceptKeys = []string{"by", "until", "reason"}

// openAccept scores the answers so far and lists their findings, one per question or rule.
func (m *Model) openAccept() {
	r := scoring.Score(m.s.QN, m.s.File)
	a := &acceptForm{}
	seen := map[string]bool{}
	for _, f := range r.Findings {
		if id := f.FindingID(); !seen[id] {
			seen[id] = true
			a.findings = append(a.findings, f)
		}
	}
	m.acc = a
}

// accepted returns the file's acceptance of the finding's question or rule, or nil.
func (m *Model) accepted(f scoring.Finding) *assessment.Acceptance {
	for i, a := range m.s.File.Accepted {
		if a.Finding == f.FindingID() {
			return &m.s.File.Accepted[i]
		}
	}
	return nil
}

// acceptGroup makes the form's fields from the values.
func (a *acceptForm) group(c *acceptMessages) func() *huh.Group {
	return func() *huh.Group {
		w := max(ansi.StringWidth(c.by), ansi.StringWidth(c.until), ansi.StringWidth(c.reason)) + labelGap
		return huh.NewGroup(textField("by", pad(c.by, w), &a.by), textField("until", pad(c.until, w), &a.until),
			textField("reason", pad(c.reason, w), &a.reason))
	}
}

// acceptKey handles a key while accepting a risk: choosing the finding, then filling the form.
func (m *Model) acceptKey(msg tea.KeyPressMsg) tea.Cmd {
	a, k := m.acc, m.keys()
	if a.ed == nil {
		n := len(a.findings)
		switch {
		case key.Matches(msg, k.Cancel):
			m.acc = nil
		case n == 0:
		case k.moveCursor(msg, &a.list, n):
		case key.Matches(msg, k.Choose):
			a.by, a.until, a.reason, a.err = "", "", "", ""
			if old := m.accepted(a.findings[a.list]); old != nil {
				a.by, a.until, a.reason = old.By, old.Until, old.Reason
			}
			a.ed = newEditor(a.group(&m.t().acc), acceptKeys, max(m.mainWidth(), minLabelledForm), m.isDark, m.plain, acceptKeys[0])
		}
		return nil
	}
	a.err = ""
	switch {
	case key.Matches(msg, k.Cancel):
		a.ed = nil
	case key.Matches(msg, k.Fields):
		a.ed.move(1)
	case key.Matches(msg, k.PrevField):
		a.ed.move(-1)
	case key.Matches(msg, k.Next) && a.ed.index() < len(acceptKeys)-1:
		a.ed.move(1)
	case key.Matches(msg, k.Next):
		return m.recordAcceptance()
	default:
		a.ed.update(msg)
	}
	return nil
}

// today is the day of the interview, YYYY-MM-DD.
func (m *Model) today() string {
	if m.opt.Today != "" {
		return m.opt.Today
	}
	now := time.Now
	if m.s.Now != nil {
		now = m.s.Now
	}
	return now().Format(time.DateOnly)
}

// recordAcceptance checks the form and records the acceptance, replacing any earlier one of the
// same question or rule, and saves the answers file.
func (m *Model) recordAcceptance() tea.Cmd {
	a, c, today := m.acc, &m.t().acc, m.today()
	by, until, reason := strings.TrimSpace(a.by), strings.TrimSpace(a.until), strings.TrimSpace(a.reason)
	switch err := checkDate(m.t(), until); {
	case by == "" || reason == "":
		a.err = c.errEmpty
	case err != nil:
		a.err = err.Error()
	case until <= today:
		a.err = msgf(c.errUntil, today)
	}
	if a.err != "" {
		return nil
	}
	id := a.findings[a.list].FindingID()
	list := make([]assessment.Acceptance, 0, len(m.s.File.Accepted)+1)
	for _, e := range m.s.File.Accepted {
		if e.Finding != id {
			list = append(list, e)
		}
	}
	// A new list, never changed in place: saves in flight hold the old one (see snapshot).
	m.s.File.Accepted = append(list, assessment.Acceptance{Finding: id, By: by, On: today, Until: until, Reason: reason})
	m.acc = nil
	m.status = msgf(c.recorded, id, until)
	return m.saveCmd()
}

// findingLine names a finding: its severity, its question or rule and its words.
func (m *Model) findingLine(f scoring.Finding) string {
	text := f.Text
	if text == "" && f.Question != nil {
		text = f.Question.Prompt
	}
	return report.SeverityName(m.s.QN.Language, f.Severity) + " · " + f.FindingID() + " — " + text
}

// acceptView draws the list of findings or the form.
func (m *Model) acceptView(w, h int) []string {
	a, c := m.acc, &m.t().acc
	lines := []string{m.st.Heading.Render(c.title)}
	if a.ed == nil {
		if len(a.findings) == 0 {
			return append(lines, m.st.Faint.Render(truncate(c.noFindings, w)))
		}
		lines = append(lines, wrap(m.st.Faint, c.choose, w, 0)...)
		lines = append(lines, spacer...)
		entries := make([][]string, len(a.findings))
		for i, f := range a.findings {
			entries[i] = m.findingEntry(f, w)
		}
		return append(lines, m.listEntries(entries, a.list, h-len(lines))...)
	}
	f := a.findings[a.list]
	var rest []string
	if old := m.accepted(f); old != nil {
		rest = append(rest, wrap(m.st.Faint, msgf(c.replaces, old.By, old.Until), w, 0)...)
	}
	rest = append(rest, "")
	rest = append(rest, strings.Split(a.ed.view(), "\n")...)
	rest = append(rest, "")
	rest = append(rest, wrap(m.st.Faint, c.note, w, 0)...)
	if a.err != "" {
		rest = append(rest, wrap(m.st.Error, a.err, w, 0)...)
	}
	// The finding being accepted gets all the room the form leaves: it is what the user signs
	// up to, so it is cut only in a window too low for it.
	finding := wrap(m.st.Current, m.findingLine(f), w, max(h-len(lines)-len(rest), minFindingLines))
	return append(append(lines, finding...), rest...)
}

// minFindingLines is the fewest lines the finding being accepted is given in a low window.
const minFindingLines = 2

// findingEntry draws a finding in the list of findings (see entryLines): who accepted it until
// when, if someone did, and its severity, question or rule and words.
func (m *Model) findingEntry(f scoring.Finding, w int) []string {
	c := &m.t().acc
	text := m.findingLine(f)
	if old := m.accepted(f); old != nil {
		text = "[" + msgf(c.acceptedBy, old.By, old.Until) + "] " + text
	}
	return entryLines(text, w)
}

// acceptKeysHelp lists the keys while accepting a risk.
func (m *Model) acceptKeysHelp() []key.Binding {
	k := m.keys()
	if m.acc.ed == nil {
		return []key.Binding{k.Up, k.Choose, k.Cancel, k.Top, k.Quit}
	}
	enter := k.Next
	if m.acc.ed.index() == len(acceptKeys)-1 {
		enter.SetHelp("enter", m.t().acc.keyRecord)
	}
	fields := k.Fields // a copy: the form moves with tab only, as j and k are typed
	fields.SetHelp("tab", m.t().keyFields)
	return []key.Binding{fields, enter, k.Cancel, k.Quit}
}

// acceptStage says where the user is in accepting a risk, for the key help's cache: 0 not
// accepting, 1 choosing the finding, 2 + the focused field in the form.
func (m *Model) acceptStage() int {
	switch {
	case m.state != stateReview || m.acc == nil:
		return 0
	case m.acc.ed == nil:
		return 1
	}
	return 2 + m.acc.ed.index()
}

// setSize resizes the form, if one is shown.
func (a *acceptForm) setSize(w int) {
	if a != nil && a.ed != nil && max(w, minLabelledForm) != a.ed.width {
		a.ed.resize(max(w, minLabelledForm))
	}
}

// setDark restyles the form, if one is shown.
func (a *acceptForm) setDark(isDark bool) {
	if a != nil && a.ed != nil {
		a.ed.setDark(isDark)
	}
}
