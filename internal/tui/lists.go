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
	case key.Matches(msg, m.keys().Up):
		m.list = (m.list + len(secs) - 1) % len(secs)
	case key.Matches(msg, m.keys().Down):
		m.list = (m.list + 1) % len(secs)
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

// openReview lists the visible questions still unanswered or answered unknown.
func (m *Model) openReview() {
	m.state = stateReview
	m.open = m.s.Open()
	m.list = 0
}

// reviewKey handles a key on the review: enter jumps to a question, or finishes on the last entry.
func (m *Model) reviewKey(msg tea.KeyPressMsg) tea.Cmd {
	n := len(m.open) + 1
	switch {
	case key.Matches(msg, m.keys().Up):
		m.list = (m.list + n - 1) % n
	case key.Matches(msg, m.keys().Down):
		m.list = (m.list + 1) % n
	case key.Matches(msg, m.keys().Next) && m.list < len(m.open):
		m.goTo(m.open[m.list])
	case key.Matches(msg, m.keys().Next):
		m.state = stateSummary
		m.result = nil
		m.resize()
		return m.renderCmd(m.preview.Width() - 2)
	case key.Matches(msg, m.keys().Back):
		m.goTo(m.s.Prev(len(m.s.Questions())))
	case key.Matches(msg, m.keys().Sections):
		m.openPicker()
	case key.Matches(msg, m.keys().Cancel) && m.cur < len(m.s.Questions()):
		m.goTo(m.cur)
	}
	return nil
}

// reviewView draws the review.
func (m *Model) reviewView(w, h int) []string {
	lines := []string{m.st.Heading.Render(m.t().stillOpen)}
	if len(m.open) == 0 {
		lines = append(lines, m.st.Faint.Render(m.t().allAnswered))
	} else {
		lines = append(lines, m.st.Faint.Render(truncate(msgf(m.t().openCount, len(m.open)), w)))
	}
	lines = append(lines, "")
	from, to := window(len(m.open)+1, m.list, h-4)
	for i := from; i < to; i++ {
		var text string
		if i == len(m.open) {
			text = m.t().finishEntry
		} else {
			q := m.s.Question(m.open[i])
			state := m.t().unanswered
			if a := m.s.Answer(q.ID); a.Answered() {
				state = m.t().unknown
			}
			text = fmt.Sprintf("%s — %s", q.Prompt, state)
		}
		text = truncate(text, w-2)
		if i == m.list {
			lines = append(lines, m.st.Current.Render("❯ "+text))
		} else {
			lines = append(lines, "  "+text)
		}
	}
	return lines
}

// window returns the range of at most size entries of n that shows the cursor.
func window(n, cursor, size int) (from, to int) {
	size = max(size, 1)
	if n <= size {
		return 0, n
	}
	from = min(max(cursor-size/2, 0), n-size)
	return from, from + size
}

// sectionTitle names a section; nil is the profile.
func sectionTitle(c *messages, sec *questionnaire.Section) string {
	if sec == nil {
		return c.profile
	}
	return sec.Title
}
