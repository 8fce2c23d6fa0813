package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// Draft is an answers file the start screen offers to resume.
type Draft struct {
	Path, Vendor, Date string
}

// resumedMsg carries the session of a draft chosen on the start screen.
type resumedMsg struct {
	s   *Session
	err error
}

// offersStart reports whether a new interview begins on the start screen.
func (m *Model) offersStart() bool {
	return m.opt.AskDetails && len(m.opt.Questionnaires)+len(m.opt.Drafts) > 0
}

// openStart shows the start screen with the session's questionnaire selected.
func (m *Model) openStart() {
	m.state = stateStart
	m.list = 0
	for i, qn := range m.opt.Questionnaires {
		if qn.ID == m.s.QN.ID && qn.Language == m.s.QN.Language {
			m.list = i
		}
	}
}

// startKey handles a key on the start screen: enter chooses a questionnaire (then the details)
// or resumes a draft.
func (m *Model) startKey(msg tea.KeyPressMsg) tea.Cmd {
	qs, n := m.opt.Questionnaires, len(m.opt.Questionnaires)+len(m.opt.Drafts)
	switch {
	case key.Matches(msg, m.keys().Up):
		m.list = (m.list + n - 1) % n
	case key.Matches(msg, m.keys().Down):
		m.list = (m.list + 1) % n
	case key.Matches(msg, m.keys().Top):
		m.list = 0
	case key.Matches(msg, m.keys().Bottom):
		m.list = n - 1
	case key.Matches(msg, m.keys().Next) && m.list < len(qs):
		if qn := qs[m.list]; qn != m.s.QN {
			details := m.s.File.Assessment
			*m.s = *NewSession(qn, assessment.NewFile(qn, details), m.s.Path)
		}
		m.state = stateDetails
		m.details = newDetailsForm(&m.s.File.Assessment, m.t(), m.opt.Today, m.mainWidth(), m.isDark, m.plain)
	case key.Matches(msg, m.keys().Next) && m.opt.Resume != nil:
		path, resume := m.opt.Drafts[m.list-len(qs)].Path, m.opt.Resume
		m.status = msgf(m.t().opening, path)
		return func() tea.Msg {
			s, err := resume(path)
			return resumedMsg{s: s, err: err}
		}
	}
	return nil
}

// onResumed continues the chosen draft at its first open question.
func (m *Model) onResumed(msg resumedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.status = msgf(m.t().cannotResume, msg.err.Error())
		return m, nil
	}
	*m.s = *msg.s
	m.status = msgf(m.t().resumed, m.s.Path)
	m.goTo(m.s.FirstOpen())
	return m, nil
}

// startView draws the start screen: the built-in questionnaires, then the drafts found here.
func (m *Model) startView(w, h int) []string {
	type entry struct {
		text    string
		heading string
	}
	var entries []entry
	for i, qn := range m.opt.Questionnaires {
		e := entry{text: fmt.Sprintf("%-7s %-28s %s", qn.Language, qn.ID, qn.Title)}
		if i == 0 {
			e.heading = m.t().chooseQuestionnaire
		}
		entries = append(entries, e)
	}
	for i, d := range m.opt.Drafts {
		vendor := d.Vendor
		if vendor == "" {
			vendor = m.t().noVendor
		}
		e := entry{text: fmt.Sprintf("%s · %s · %s", vendor, d.Date, d.Path)}
		if i == 0 {
			e.heading = m.t().resumeDraft
		}
		entries = append(entries, e)
	}
	var lines []string
	from, to := window(len(entries), m.list, h-6)
	for i := from; i < to; i++ {
		if entries[i].heading != "" {
			lines = append(lines, m.st.Heading.Render(entries[i].heading))
		}
		text := truncate(entries[i].text, w-2)
		if i == m.list {
			lines = append(lines, m.st.Current.Render("❯ "+text))
		} else {
			lines = append(lines, "  "+text)
		}
	}
	return append(lines, "", m.st.Faint.Render(truncate(m.t().startKeys, w)))
}
