package tui

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// The width of the section list, border included: a quarter of the window within these bounds.
const (
	minSidebar = 26
	maxSidebar = 44
)

// maxMain is the widest the main pane grows: longer lines are hard to read.
const maxMain = 100

// sidebarWidth is the width of the section list for the window.
func (m *Model) sidebarWidth() int { return min(max(m.width/4, minSidebar), maxSidebar) }

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
		main = m.detailsView(mw)
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
	bar := m.progress.ViewAs(pct) + " " + msgf(m.t().answeredOf, t.Answered, t.Visible)
	return body + "\n" + truncate(m.statusLine(), m.width) + "\n" + truncate(bar, m.width) + "\n" + help
}

// statusLine is the header of the screen: the vendor and the last save.
func (m *Model) statusLine() string {
	vendor := m.s.File.Assessment.Vendor
	if vendor == "" {
		vendor = m.t().newAssessment
	}
	return m.st.Faint.Render(vendor + " · " + m.status)
}

// showSidebar reports whether the window is wide enough for the section list.
func (m *Model) showSidebar() bool { return m.width >= 60 }

// mainWidth is the width of the main pane.
func (m *Model) mainWidth() int {
	if m.showSidebar() {
		return min(max(m.width-m.sidebarWidth()-3, 20), maxMain)
	}
	return min(max(m.width-1, 20), maxMain)
}

// bodyHeight is the height of the screen above the status, progress and key lines.
func (m *Model) bodyHeight(help string) int { return max(m.height-2-lipgloss.Height(help), 3) }

// formRoom is the number of lines the question screen gives its form: what is left below the
// location, a short prompt and a blank line, and above an error line.
func (m *Model) formRoom() int { return m.bodyHeight(m.helpView()) - 9 }

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
	k := sidebarKey{m.s.rev, m.cur, m.width, h, m.state == stateQuestion, m.isDark}
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

// questionView draws the current question: where it is, the prompt, help, evidence and
// references, then the form with the answer and the note, evidence and source fields.
func (m *Model) questionView(w, h int) []string {
	q := m.s.Question(m.cur)
	where := sectionTitle(m.t(), q.Section)
	if a := m.s.Answer(q.ID); a.Answered() {
		where += msgf(m.t().answeredAs, describe(m.t(), q, a))
	}
	top := []string{m.st.Faint.Render(truncate(where, w))}
	top = append(top, wrap(m.st.Prompt, q.Prompt, w, 4)...)
	var info []string
	for _, line := range questionDetails(m.t(), m.s.QN, q) {
		info = append(info, wrap(m.st.Faint, line, w, 3)...)
	}
	bottom := append([]string{""}, strings.Split(m.form.view(), "\n")...)
	if m.form.err != "" {
		bottom = append(bottom, m.st.Error.Render(truncate(m.form.err, w)))
	}
	room := h - len(top) - len(bottom)
	if room < len(info) {
		info = info[:max(room, 0)]
	}
	return append(append(top, info...), bottom...)
}

// summaryLinesFor is the score summary, or nothing before the result is known.
func summaryLinesFor(r *scoring.Result) []string {
	if r == nil {
		return nil
	}
	return SummaryLines(r)
}

// fit cuts or pads lines to exactly h lines.
func fit(lines []string, h int) []string {
	if len(lines) > h {
		return lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// truncate cuts s to w cells, with an ellipsis.
func truncate(s string, w int) string { return ansi.Truncate(s, max(w, 1), "…") }

// closing is the punctuation that must not begin a line of Chinese text.
const closing = "，。、；：？！）」』》〉】…"

// wrapLines wraps text to w cells. ansi.Wrap breaks words longer than the line, such as Chinese
// text, which has no spaces; Chinese text is wrapped two cells short so that a closing
// punctuation mark that would begin a line can hang at the end of the line before.
func wrapLines(text string, w int) []string {
	text = strings.TrimSpace(text)
	if ansi.StringWidth(text) == utf8.RuneCountInString(text) { // no wide characters
		return wrapWithin(text, w)
	}
	lines := wrapWithin(text, w-2)
	for i := 1; i < len(lines); i++ {
		for lines[i] != "" {
			r, size := utf8.DecodeRuneInString(lines[i])
			if !strings.ContainsRune(closing, r) || ansi.StringWidth(lines[i-1]+string(r)) > w {
				break
			}
			lines[i-1] += string(r)
			lines[i] = lines[i][size:]
		}
	}
	return slices.DeleteFunc(lines, func(l string) bool { return l == "" })
}

// wrapWithin word-wraps text to w cells with ansi.Wrap, then cuts the lines it leaves wider,
// such as a word that ends in a hyphen right at the limit.
func wrapWithin(text string, w int) []string {
	var out []string
	for _, l := range strings.Split(ansi.Wrap(text, w, ""), "\n") {
		if ansi.StringWidth(l) > w {
			out = append(out, strings.Split(ansi.Hardwrap(l, w, true), "\n")...)
			continue
		}
		out = append(out, l)
	}
	return out
}

// wrap word-wraps text to w cells in the style, keeping at most n lines.
func wrap(style lipgloss.Style, text string, w, n int) []string {
	if text == "" {
		return nil
	}
	lines := wrapLines(text, max(w, 10))
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = truncate(lines[n-1]+" …", w)
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}
