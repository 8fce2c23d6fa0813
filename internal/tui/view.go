package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the current screen in the alternate screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "vendorcheck"
	return v
}

// render draws the whole screen: header, section list and main pane, progress and keys.
func (m *Model) render() string {
	if m.state == stateDone {
		return ""
	}
	if m.state == stateSummary {
		return m.summaryView()
	}
	help := m.helpView()
	lay := m.layout(help)
	var main []string
	switch m.state {
	case stateStart:
		main = m.startView(lay.main, lay.body)
	case stateDetails:
		main = m.detailsView(lay.main, lay.body)
	case stateQuestion:
		main = m.questionView(lay.main, lay.body)
	case statePicker:
		main = m.pickerView(lay.main, lay.body)
	case stateReview:
		main = m.reviewView(lay.main, lay.body)
	}
	main = fit(main, lay.body)
	if lay.side > 0 {
		side := m.sidebarLines(lay.side, lay.body)
		for i := range main {
			main[i] = side[i] + main[i]
		}
	}
	return strings.Join(main, "\n") + "\n" + truncate(m.statusLine(), m.width) + "\n" + m.progressLine() + "\n" + help
}

// barGap separates the progress bar from the count after it.
const barGap = " "

// minBar is the narrowest the progress bar is drawn.
const minBar = 10

// progressLine draws the progress bar and, after it, how many questions are answered; the
// line is blank on the start screen, where no questionnaire is chosen yet.
func (m *Model) progressLine() string {
	if m.state == stateStart {
		return ""
	}
	t := m.s.Total()
	pct := 0.0
	if t.Visible > 0 {
		pct = float64(t.Answered) / float64(t.Visible)
	}
	count := barGap + msgf(m.t().answeredOf, t.Answered, t.Visible, len(m.s.Questions()))
	p := m.progress
	p.SetWidth(max(m.width-ansi.StringWidth(count), minBar))
	return truncate(p.ViewAs(pct)+count, m.width)
}

// statusLine is the line under the body: the vendor and the last save.
func (m *Model) statusLine() string {
	vendor := m.s.File.Assessment.Vendor
	if vendor == "" {
		vendor = m.t().newAssessment
	}
	if m.status == "" {
		return m.st.Faint.Render(vendor)
	}
	return m.st.Faint.Render(vendor + " · " + m.status)
}
