package tui

import (
	"fmt"

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
	lines := []string{m.st.Heading.Render(m.t().jumpTitle), ""}
	from, to := window(len(secs), m.list, h-4)
	for i := from; i < to; i++ {
		p := m.s.SectionProgress(secs[i])
		text := truncate(fmt.Sprintf("%s  %d/%d", sectionTitle(m.t(), secs[i]), p.Answered, p.Visible), w-2)
		if i == m.list {
			lines = append(lines, m.st.Current.Render("❯ "+text))
		} else {
			lines = append(lines, "  "+text)
		}
	}
	return append(lines, "", m.st.Faint.Render(truncate(m.t().pickerKeys, w)))
}
