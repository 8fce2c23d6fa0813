package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// openReview lists the visible questions still unanswered or answered unknown.
func (m *Model) openReview() {
	m.state = stateReview
	m.open = m.s.Open()
	m.list = 0
}

// backToReview returns to the review from a question opened there, its cursor where it was: on
// the next entry when the question is no longer open.
func (m *Model) backToReview() {
	at := m.reviewAt
	m.fromReview = false
	m.openReview()
	m.list = min(at, len(m.open))
}

// reviewKey handles a key on the review: enter jumps to a question, or finishes on the last entry.
func (m *Model) reviewKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.acc != nil {
		return m.acceptKey(msg)
	}
	n := len(m.open) + 1
	switch {
	case m.keys().moveCursor(msg, &m.list, n):
	case key.Matches(msg, m.keys().Next) && m.list < len(m.open):
		m.reviewAt = m.list
		m.goTo(m.open[m.list])
		m.fromReview = true
	case key.Matches(msg, m.keys().Next):
		m.state = stateSummary
		m.result = nil
		m.resize()
		return m.renderCmd(m.previewWidth())
	case key.Matches(msg, m.keys().Back):
		m.goTo(m.s.Prev(len(m.s.Questions())))
	case key.Matches(msg, m.keys().Accept):
		m.openAccept()
	case key.Matches(msg, m.keys().Sections):
		m.openPicker()
	case key.Matches(msg, m.keys().Cancel) && m.cur < len(m.s.Questions()):
		m.goTo(m.cur)
	}
	return nil
}

// reviewView draws the review.
func (m *Model) reviewView(w, h int) []string {
	if m.acc != nil {
		return m.acceptView(w, h)
	}
	lines := []string{m.st.Heading.Render(m.t().stillOpen)}
	if len(m.open) == 0 {
		lines = append(lines, wrap(m.st.Faint, m.t().allAnswered, w, 0)...)
	} else {
		count := msgf(m.t().openCount, len(m.open))
		if len(m.open) == 1 {
			count = m.t().openCountOne
		}
		lines = append(lines, wrap(m.st.Faint, count, w, 0)...)
	}
	lines = append(lines, spacer...)
	entries := make([][]string, len(m.open)+1)
	for i, qi := range m.open {
		q := m.s.Question(qi)
		state := m.t().unanswered
		switch a := m.s.Answer(q.ID); {
		case a != nil && a.Carried:
			state = m.t().cr.carriedState
		case a.Answered():
			state = m.t().unknown
		}
		// The state first, so that it shows however long the question is.
		entries[i] = entryLines(fmt.Sprintf("%s [%s] %s", m.s.QN.Number(q), state, q.Prompt), w)
	}
	entries[len(m.open)] = entryLines(m.t().finishEntry, w)
	return append(lines, m.listEntries(entries, m.list, h-len(lines))...)
}
