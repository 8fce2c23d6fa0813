package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// maxMain is the widest the main pane grows: longer lines are hard to read.
const maxMain = 100

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
	bodyH := m.bodyHeight(help)
	mw := m.mainWidth()
	var main []string
	switch m.state {
	case stateStart:
		main = m.startView(mw, bodyH)
	case stateDetails:
		main = m.detailsView(mw, bodyH)
	case stateQuestion:
		main = m.questionView(mw, bodyH)
	case statePicker:
		main = m.pickerView(mw, bodyH)
	case stateReview:
		main = m.reviewView(mw, bodyH)
	}
	main = fit(main, bodyH)
	if m.showSidebar() {
		side := m.sidebarLines(bodyH)
		for i := range main {
			main[i] = side[i] + " " + main[i]
		}
	}
	body := strings.Join(main, "\n")
	t := m.s.Total()
	pct := 0.0
	if t.Visible > 0 {
		pct = float64(t.Answered) / float64(t.Visible)
	}
	count := msgf(m.t().answeredOf, t.Answered, t.Visible, len(m.s.Questions()))
	p := m.progress
	p.SetWidth(max(m.width-ansi.StringWidth(count)-1, 10))
	bar := p.ViewAs(pct) + " " + count
	return body + "\n" + truncate(m.statusLine(), m.width) + "\n" + truncate(bar, m.width) + "\n" + help
}

// statusLine is the header of the screen: the vendor and the last save.
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

// showSidebar reports whether the section list shows: not on the start screen, where no
// questionnaire is chosen yet, and only from 80 columns, so that a narrower window gives the
// question its whole width.
func (m *Model) showSidebar() bool { return m.width >= 80 && m.state != stateStart }

// mainWidth is the width of the main pane.
func (m *Model) mainWidth() int {
	if m.showSidebar() {
		return min(max(m.width-m.sidebarWidth()-3, 20), maxMain)
	}
	return min(max(m.width-1, 20), maxMain)
}

// bodyHeight is the height of the screen above the status, progress and key lines.
func (m *Model) bodyHeight(help string) int { return max(m.height-2-lipgloss.Height(help), 3) }
