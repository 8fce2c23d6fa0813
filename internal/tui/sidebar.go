package tui

import (
	"fmt"
	"strings"
)

// The width of the section list, border included: a quarter of the window within these bounds.
const (
	minSidebar = 26
	maxSidebar = 44
)

// sidebarWidth is the width of the section list for the window.
func (m *Model) sidebarWidth() int { return min(max(m.width/4, minSidebar), maxSidebar) }

// sidebarKey is what the section list depends on.
type sidebarKey struct {
	rev                int64
	cur, width, height int
	onQuestion, dark   bool
}

// sidebarLines draws the section list as exactly h lines of equal width, border included. The
// list changes only with the answers, the current section and the window, not with each key
// typed, so the lines are kept until one of those changes.
func (m *Model) sidebarLines(h int) []string {
	k := sidebarKey{m.s.Revision(), m.cur, m.width, h, m.state == stateQuestion, m.isDark}
	if k == m.sideCache.key && len(m.sideCache.lines) == h {
		return m.sideCache.lines
	}
	side := m.st.Sidebar.Width(m.sidebarWidth()).Height(h).MaxHeight(h).Render(strings.Join(m.sidebar(h), "\n"))
	m.sideCache.key, m.sideCache.lines = k, strings.Split(side, "\n")
	return m.sideCache.lines
}

// sidebar draws the section list with the progress of each, around the current section.
func (m *Model) sidebar(h int) []string {
	secs := m.pickerSections()
	cur := 0
	if m.cur < len(m.s.Questions()) {
		for i, sec := range secs {
			if sec == m.s.Question(m.cur).Section {
				cur = i
			}
		}
	}
	lines := []string{m.st.Heading.Render(m.t().sections)}
	from, to := window(len(secs), cur, h-1)
	for i := from; i < to; i++ {
		p := m.s.SectionProgress(secs[i])
		count := fmt.Sprintf(" %d/%d", p.Answered, p.Visible)
		width := m.sidebarWidth() - 3 - len(count)
		title := truncate(sectionTitle(m.t(), secs[i]), width)
		line := pad(title, width) + count
		switch {
		case i == cur && m.state == stateQuestion:
			lines = append(lines, m.st.Current.Render("▸"+line))
		case p.Visible > 0 && p.Answered == p.Visible:
			lines = append(lines, m.st.Selected.Render(" "+line))
		default:
			lines = append(lines, " "+line)
		}
	}
	return lines
}
