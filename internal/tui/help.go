package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// helpColumn is the number of keys in each column of the full help.
const helpColumn = 4

// helpKeys adapts a list of bindings to the help component.
type helpKeys []key.Binding

// ShortHelp returns the bindings on one line.
func (h helpKeys) ShortHelp() []key.Binding { return h }

// FullHelp returns the bindings in columns of helpColumn keys.
func (h helpKeys) FullHelp() [][]key.Binding {
	var cols [][]key.Binding
	for i := 0; i < len(h); i += helpColumn {
		cols = append(cols, h[i:min(i+helpColumn, len(h))])
	}
	return cols
}

// keysFor lists the keys that apply on the current screen, the most important first: the short
// help shows as many of them as fit.
func (m *Model) keysFor() []key.Binding {
	k := m.keys()
	switch m.state {
	case stateQuestion:
		return m.questionKeys()
	case statePicker:
		goTo := k.Next // a copy
		goTo.SetHelp("enter", m.t().keyGoTo)
		return []key.Binding{k.Up, goTo, k.Cancel, k.Top, k.Quit}
	case stateStart:
		return []key.Binding{k.Up, k.Choose, k.Top, k.Quit}
	case stateReview:
		if m.acc != nil {
			return m.acceptKeysHelp()
		}
		enter := k.Next // a copy
		enter.SetHelp("enter", m.t().keyOpen)
		if m.reviewFinishing() {
			enter.SetHelp("enter", m.t().keyFinish)
		}
		return []key.Binding{k.Up, enter, k.Accept, k.Back, k.Sections, k.Top, k.Quit}
	case stateSummary:
		return m.summaryKeys()
	}
	return m.detailsKeys()
}

// questionKeys lists the keys of the question screen. Enter is named for what it does now:
// skip when nothing is chosen, next when the answer is as recorded, save and next otherwise.
func (m *Model) questionKeys() []key.Binding {
	k, q := m.keys(), m.s.Question(m.cur)
	if m.reading {
		return m.readerKeys()
	}
	enter := k.Next
	switch m.enterDoes() {
	case enterSkips:
		enter.SetHelp("enter", m.t().keySkip)
	case enterSaves:
		enter.SetHelp("enter", m.t().keySave)
	}
	ks := []key.Binding{enter}
	if m.infoCut() {
		ks = append(ks, k.Read)
	}
	if q.Kind == questionnaire.KindMulti {
		ks = append(ks, k.Toggle)
	}
	if m.fromReview {
		back := k.Cancel
		back.SetHelp("esc", m.t().keyReview)
		ks = append(ks, back)
	}
	ks = append(ks, k.Back, k.Unknown)
	if q.AllowNA {
		ks = append(ks, k.NA)
	}
	ks = append(ks, k.Review, k.Quit, k.Sections, k.Field)
	if m.form != nil && m.form.focus() == fieldNote {
		ks = append(ks, k.NewLine)
	}
	return append(ks, k.Skip)
}

// What enter does on a question.
const (
	enterNext  = iota // the answer is as recorded: go on
	enterSkips        // nothing is chosen: record nothing and go on
	enterSaves        // record the answer and go on
)

// enterDoes says what enter does on the question screen now.
func (m *Model) enterDoes() int {
	if m.form == nil || m.form.untouched() {
		return enterSkips
	}
	a, err := m.form.answer()
	if old := m.s.Answer(m.s.Question(m.cur).ID); err == nil && sameAnswer(a, old) && old.Answered() {
		return enterNext
	}
	return enterSaves
}

// helpBinding is the key that shows or hides the full help, named as it works on this screen:
// "?" types a question mark in a text field, so there only f1 toggles the help.
func (m *Model) helpBinding(desc string) key.Binding {
	name := "?"
	if m.typing() {
		name = "f1"
	}
	b := m.keys().Help // a copy
	b.SetHelp(name, desc)
	return b
}

// typing reports whether a key goes to a text field on the current screen.
func (m *Model) typing() bool {
	switch m.state {
	case stateDetails:
		return !m.reading
	case stateQuestion:
		return m.form != nil && !m.reading && m.form.typing()
	case stateReview:
		return m.acc != nil && m.acc.ed != nil
	}
	return false
}

// toggleHelp reports whether the key shows or hides the full help, and does it.
func (m *Model) toggleHelp(msg tea.KeyPressMsg) bool {
	if !key.Matches(msg, m.keys().HelpTyping) && (m.typing() || !key.Matches(msg, m.keys().Help)) {
		return false
	}
	m.help.ShowAll = !m.help.ShowAll
	m.resize()
	return true
}

// helpView draws the keys: the full help in columns, or one line with the most important keys
// that fit the width and the key that shows the others.
func (m *Model) helpView() string {
	// The line depends only on what keys apply and the width; fitting it measures many
	// candidate lines, so the lines drawn are kept. Several are kept, as moving through a
	// question's options changes what enter does back and forth.
	k := helpKey{state: m.state, width: m.width, all: m.help.ShowAll, typing: m.typing(), msgs: m.msgs,
		accept: m.acceptStage(), quit: m.quitDoes(), asking: m.target.asking, finishing: m.reviewFinishing()}
	if m.state == stateDetails {
		k.cut, k.reading = m.aboutCut(), m.reading
	}
	if m.state == stateQuestion {
		k.q, k.enter, k.reading, k.fromReview = m.s.Question(m.cur), m.enterDoes(), m.reading, m.fromReview
		k.cut = m.infoCut()
		if m.form != nil {
			k.focus = m.form.focus()
		}
	}
	if v, ok := m.helpCache[k]; ok {
		return v
	}
	if len(m.helpCache) >= 16 || m.helpCache == nil {
		m.helpCache = make(map[helpKey]string, 16)
	}
	v := m.drawHelp()
	m.helpCache[k] = v
	return v
}

// reviewFinishing reports whether the review's cursor is on its last entry, where enter
// finishes the interview rather than opening a question.
func (m *Model) reviewFinishing() bool { return m.state == stateReview && m.list >= len(m.open) }

// helpKey is what the key help depends on: the screen, the width, whether all keys show,
// whether keys go to a text field, the language and, on a question, the question, what enter
// does, whether the help is cut or read in full, whether it came from the review, and the
// focused field; on the review, the stage of accepting a risk and whether enter finishes; on
// the summary, what ctrl+c does and whether it asks to replace the report.
type helpKey struct {
	state                    state
	width                    int
	all                      bool
	typing                   bool
	msgs                     *messages
	q                        *questionnaire.Question
	enter                    int
	cut, reading, fromReview bool
	focus                    string
	accept                   int // acceptStage
	finishing                bool
	quit                     int // quitDoes
	asking                   bool
}

// drawHelp draws the key help of the current screen.
func (m *Model) drawHelp() string {
	all := m.keysFor()
	if m.help.ShowAll {
		return m.help.View(helpKeys(append(all, m.helpBinding(m.t().fewerKeys))))
	}
	line, n := m.fitHelp(all, m.t().moreKeys)
	if short, k := m.fitHelp(all, m.t().more); k > n {
		line = short
	}
	return line
}

// fitHelp draws the first keys of all that fit the width on one line, then the key that shows
// the full help described as desc, and says how many of all it shows.
func (m *Model) fitHelp(all []key.Binding, desc string) (string, int) {
	more := m.helpBinding(desc)
	h := m.help
	h.SetWidth(0) // measure whole lines: the component would cut them with an ellipsis
	line, shown := h.ShortHelpView([]key.Binding{more}), 0
	for n := 1; n <= len(all); n++ {
		ks := append(append([]key.Binding(nil), all[:n]...), more)
		if n == len(all) {
			ks = all
		}
		v := h.ShortHelpView(ks)
		if lipgloss.Width(v) > m.width {
			break
		}
		line, shown = v, n
	}
	return line, shown
}
