package tui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// pickerSections lists the picker's entries: nil for the profile, then the sections.
func (m *Model) pickerSections() []*questionnaire.Section {
	return append([]*questionnaire.Section{nil}, m.s.QN.Sections...)
}

// openPicker shows the section picker with the current section selected.
func (m *Model) openPicker() {
	m.state = statePicker
	m.list = 0
	cur := m.s.Question(min(m.cur, len(m.s.Questions())-1)).Section
	for i, sec := range m.pickerSections() {
		if sec == cur {
			m.list = i
		}
	}
}

// pickerKey handles a key on the section picker.
func (m *Model) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	secs := m.pickerSections()
	switch {
	case m.keys().moveCursor(msg, &m.list, len(secs)):
	case key.Matches(msg, m.keys().Next):
		if i := m.s.SectionStart(secs[m.list]); i >= 0 {
			m.goTo(i)
		} else {
			m.status = m.t().sectionEmpty
		}
	case key.Matches(msg, m.keys().Cancel), key.Matches(msg, m.keys().Sections):
		m.goTo(m.cur)
	}
	return nil
}

// pickerView draws the section picker.
func (m *Model) pickerView(w, h int) []string {
	secs := m.pickerSections()
	lines := append([]string{m.st.Heading.Render(truncate(m.t().jumpTitle, w))}, spacer...)
	foot := append(slices.Clone(spacer), m.st.Faint.Render(truncate(m.t().pickerKeys, w)))
	from, to := window(len(secs), m.list, h-len(lines)-len(foot))
	for i := from; i < to; i++ {
		p := m.s.SectionProgress(secs[i])
		lines = append(lines, m.listLine(fmt.Sprintf("%s  %d/%d", sectionTitle(m.t(), secs[i]), p.Answered, p.Visible), w, i == m.list))
	}
	return append(lines, foot...)
}
