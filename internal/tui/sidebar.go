package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/interview"
)

// currentMark marks the current section in the section list; the other entries are indented
// by its width.
const currentMark = "▸"

// sidebarCount is the progress of a section as the section list shows it after its title.
func sidebarCount(p interview.Progress) string { return fmt.Sprintf(" %d/%d", p.Answered, p.Visible) }

// sidebarKey is what the section list depends on.
type sidebarKey struct {
	rev                int64
	cur, width, height int
	onQuestion, dark   bool
}

// sidebarLines draws the section list as exactly h lines of width w, its frame included. The
// list changes only with the answers, the current section and the window, not with each key
// typed, so the lines are kept until one of those changes.
func (m *Model) sidebarLines(w, h int) []string {
	k := sidebarKey{m.s.Revision(), m.cur, w, h, m.state == stateQuestion, m.isDark}
	if k == m.sideCache.key && len(m.sideCache.lines) == h {
		return m.sideCache.lines
	}
	st := m.st.Sidebar
	side := st.Width(w - st.GetHorizontalMargins()).Height(h).MaxHeight(h).Render(strings.Join(m.sidebar(w-st.GetHorizontalFrameSize(), h), "\n"))
	m.sideCache.key, m.sideCache.lines = k, strings.Split(side, "\n")
	return m.sideCache.lines
}

// sidebar draws the section list's text, w cells wide and at most h lines: its heading, then
// the sections with the progress of each, around the current section.
func (m *Model) sidebar(w, h int) []string {
	secs := m.pickerSections()
	cur := 0
	if m.cur < len(m.s.Questions()) {
		for i, sec := range secs {
			if sec == m.s.Question(m.cur).Section {
				cur = i
			}
		}
	}
	lines := []string{m.st.Heading.Render(truncate(m.t().sections, w))}
	from, to := window(len(secs), cur, h-len(lines))
	mark := ansi.StringWidth(currentMark)
	for i := from; i < to; i++ {
		p := m.s.SectionProgress(secs[i])
		count := sidebarCount(p)
		room := w - mark - ansi.StringWidth(count)
		line := pad(truncate(sectionTitle(m.t(), secs[i]), room), room) + count
		switch {
		case i == cur && m.state == stateQuestion:
			lines = append(lines, m.st.Current.Render(currentMark+line))
		case p.Visible > 0 && p.Answered == p.Visible:
			lines = append(lines, m.st.Selected.Render(strings.Repeat(" ", mark)+line))
		default:
			lines = append(lines, strings.Repeat(" ", mark)+line)
		}
	}
	return lines
}
