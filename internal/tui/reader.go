package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The reader shows in full, scrolled to line readTop, what a screen shows only the start of:
// on a question its help, evidence and references (under the question), on the details screen
// the questionnaire's description. The Read key opens and closes it.

// readLines is what the reader shows on the current screen.
func (m *Model) readLines() []string {
	w := m.mainWidth()
	if m.state == stateDetails {
		return m.aboutLines(w)
	}
	return append(append(m.questionTop(w), spacer...), m.info()...)
}

// readerView draws the reader in h lines, from the line it is scrolled to.
func (m *Model) readerView(h int) []string {
	lines := m.readLines()
	from := min(m.readTop, max(len(lines)-h, 0))
	return lines[from:min(from+h, len(lines))]
}

// readerKey scrolls the reader, or closes it.
func (m *Model) readerKey(msg tea.KeyPressMsg) {
	h := m.bodyHeight(m.helpView())
	last := max(len(m.readLines())-h, 0) // the last top line
	// A page down keeps the last line of the page before in sight.
	page := max(h-1, 1)
	switch {
	case key.Matches(msg, m.keys().Up):
		m.readTop = max(m.readTop-1, 0)
	case key.Matches(msg, m.keys().Down):
		m.readTop = min(m.readTop+1, last)
	case key.Matches(msg, m.keys().PageUp):
		m.readTop = max(m.readTop-page, 0)
	case key.Matches(msg, m.keys().PageDown):
		m.readTop = min(m.readTop+page, last)
	case key.Matches(msg, m.keys().Top):
		m.readTop = 0
	case key.Matches(msg, m.keys().Bottom):
		m.readTop = last
	case key.Matches(msg, m.keys().Cancel, m.keys().Read):
		m.reading = false
	}
}

// readerKeys lists the keys of the reader.
func (m *Model) readerKeys() []key.Binding {
	k := m.keys()
	scroll := k.Up
	scroll.SetHelp("↑/↓", m.t().keyScroll)
	return []key.Binding{scroll, k.Cancel, k.Top, k.Quit}
}
