package tui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
)

// Draft is an answers file the start screen offers to resume.
type Draft struct {
	Path, Vendor, Date string
}

// resumedMsg carries the session of a draft chosen on the start screen.
type resumedMsg struct {
	s   *interview.Session
	err error
}

// use sets the interview on the session, in its questionnaire's language: the start screen's
// choice of another questionnaire or of a draft replaces the session it began with.
func (m *Model) use(s *interview.Session) {
	m.s, m.msgs = s, messagesFor(s.QN.Language)
}

// offersStart reports whether a new interview begins on the start screen.
func (m *Model) offersStart() bool {
	return m.opt.AskDetails && len(m.opt.Questionnaires)+len(m.opt.Drafts) > 0
}

// openStart shows the start screen with the session's questionnaire selected. The time each
// questionnaire takes is worked out the first time, not on every frame.
func (m *Model) openStart() {
	m.state = stateStart
	m.list = 0
	if m.minutes == nil {
		for _, qn := range m.opt.Questionnaires {
			m.minutes = append(m.minutes, interview.EstimateMinutes(interview.AskedAtFirst(qn), m.opt.Pace))
		}
	}
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
	case m.keys().moveCursor(msg, &m.list, n):
	case key.Matches(msg, m.keys().Next) && m.list < len(qs):
		if qn := qs[m.list]; qn != m.s.QN {
			s := interview.NewSession(qn, assessment.NewFile(qn, m.s.File.Assessment), m.s.Path)
			s.Store, s.Now = m.s.Store, m.s.Now // the file named on the command line, if any
			m.use(s)
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

// onResumed continues the chosen draft at its first open question, or, when it has no answer
// yet (it was stopped in the details), on the details screen filled in with those it has.
func (m *Model) onResumed(msg resumedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.status = msgf(m.t().cannotResume, msg.err.Error())
		return m, nil
	}
	m.use(msg.s)
	m.fromDraft = true
	m.status = msgf(m.t().resumed, m.s.Path)
	if !m.s.HasAnswers() {
		m.state = stateDetails
		m.details = newDetailsForm(&m.s.File.Assessment, m.t(), m.opt.Today, m.mainWidth(), m.isDark, m.plain)
		return m, nil
	}
	m.goTo(m.s.FirstOpen())
	return m, nil
}

// startView draws the start screen: the built-in questionnaires, each with its title on one
// line and its language, id, number of questions and the time it takes on the next, then the
// drafts found here.
func (m *Model) startView(w, h int) []string {
	type entry struct {
		lines   []string
		heading string
	}
	var entries []entry
	for i, qn := range m.opt.Questionnaires {
		// The count is every question, as list and the progress bar count them; the estimate is
		// for those asked before any answer hides or shows others.
		about := msgf(m.t().estimate, qn.Language, qn.ID, len(qn.Questions()), m.minutes[i])
		e := entry{lines: []string{qn.Title, about}}
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
		e := entry{lines: []string{fmt.Sprintf("%s · %s · %s", vendor, d.Date, d.Path)}}
		if i == 0 {
			e.heading = m.t().resumeDraft
		}
		entries = append(entries, e)
	}
	keys := m.t().startKeys
	if len(m.opt.Drafts) == 0 {
		keys = m.t().startKeysNoDrafts
	}
	foot := append(slices.Clone(spacer), m.st.Faint.Render(truncate(keys, w)))
	heights := make([]int, len(entries))
	for i, e := range entries {
		heights[i] = len(e.lines)
		if e.heading != "" {
			heights[i]++
		}
	}
	var lines []string
	from, to := windowLines(heights, m.list, h-len(foot))
	for i := from; i < to; i++ {
		if entries[i].heading != "" {
			lines = append(lines, m.st.Heading.Render(truncate(entries[i].heading, w)))
		}
		for j, text := range entries[i].lines {
			if j == 0 {
				lines = append(lines, m.listLine(text, w, i == m.list))
			} else {
				lines = append(lines, markIndent+m.st.Faint.Render(truncate(text, w-ansi.StringWidth(markIndent))))
			}
		}
	}
	return append(lines, foot...)
}
