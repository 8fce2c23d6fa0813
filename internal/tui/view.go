package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// sidebarWidth is the width of the section list, border included.
const sidebarWidth = 26

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
	bodyH := max(m.height-2-lipgloss.Height(help), 3)
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
	body := strings.Join(main, "\n")
	if m.showSidebar() {
		side := m.st.Sidebar.Width(sidebarWidth).Height(bodyH).MaxHeight(bodyH).Render(strings.Join(m.sidebar(bodyH), "\n"))
		body = lipgloss.JoinHorizontal(lipgloss.Top, side, " "+strings.ReplaceAll(body, "\n", "\n "))
	}
	t := m.s.Total()
	pct := 0.0
	if t.Visible > 0 {
		pct = float64(t.Answered) / float64(t.Visible)
	}
	bar := fmt.Sprintf("%s %d/%d answered", m.progress.ViewAs(pct), t.Answered, t.Visible)
	return body + "\n" + truncate(m.statusLine(), m.width) + "\n" + truncate(bar, m.width) + "\n" + help
}

// statusLine is the header of the screen: the vendor and the last save.
func (m *Model) statusLine() string {
	vendor := m.s.File.Assessment.Vendor
	if vendor == "" {
		vendor = "new assessment"
	}
	return m.st.Faint.Render(vendor + " · " + m.status)
}

// showSidebar reports whether the window is wide enough for the section list.
func (m *Model) showSidebar() bool { return m.width >= 60 }

// mainWidth is the width of the main pane.
func (m *Model) mainWidth() int {
	if m.showSidebar() {
		return max(m.width-sidebarWidth-3, 20)
	}
	return max(m.width-1, 20)
}

// fieldWidth is the width of a text field on the question screen.
func (m *Model) fieldWidth() int { return m.mainWidth() - 12 }

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
	lines := []string{m.st.Heading.Render("Sections")}
	from, to := window(len(secs), cur, h-1)
	for i := from; i < to; i++ {
		p := m.s.SectionProgress(secs[i])
		count := fmt.Sprintf(" %d/%d", p.Answered, p.Visible)
		width := sidebarWidth - 3 - len(count)
		title := truncate(sectionTitle(secs[i]), width)
		// Pad by display cells, not runes: a Chinese character takes two.
		line := title + strings.Repeat(" ", max(0, width-ansi.StringWidth(title))) + count
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
// references, the answer widget and the note, evidence and source fields.
func (m *Model) questionView(w, h int) []string {
	q := m.s.Question(m.cur)
	f := &m.form
	where := sectionTitle(q.Section)
	if a := m.s.Answer(q.ID); a.Answered() {
		where += " · answered: " + describe(q, a)
	}
	top := []string{m.st.Faint.Render(truncate(where, w))}
	top = append(top, wrap(m.st.Prompt, q.Prompt, w, 4)...)
	var info []string
	for _, line := range questionDetails(m.s.QN, q) {
		info = append(info, wrap(m.st.Faint, line, w, 3)...)
	}
	bottom := append([]string{""}, m.answerWidget(w, h)...)
	label := func(n int, s string) string {
		if f.focus == n {
			return m.st.Focus.Render(s)
		}
		return m.st.Label.Render(s)
	}
	src := sources[f.source]
	if src == "" {
		src = "not said"
	}
	bottom = append(bottom, "",
		label(fieldNote, "Note      ")+" "+f.note.View(),
		label(fieldEvidence, "Evidence  ")+" "+f.evidence.View(),
		label(fieldSource, "Source    ")+" ‹ "+src+" ›")
	if f.err != "" {
		bottom = append(bottom, m.st.Error.Render(truncate(f.err, w)))
	}
	room := h - len(top) - len(bottom)
	if room < len(info) {
		info = info[:max(room, 0)]
	}
	return append(append(top, info...), bottom...)
}

// answerWidget draws the options with the cursor, or the typed answer's field.
func (m *Model) answerWidget(w, h int) []string {
	f := &m.form
	q := f.q
	if f.typed() {
		name := "Answer    "
		if q.Kind == questionnaire.KindDate {
			name = "Date      "
		}
		style := m.st.Label
		if f.focus == fieldAnswer {
			style = m.st.Focus
		}
		return []string{style.Render(name) + " " + f.value.View()}
	}
	var lines []string
	from, to := window(len(q.Options), f.cursor, max(h-12, 2))
	for i := from; i < to; i++ {
		mark := "( )"
		switch {
		case q.Kind == questionnaire.KindMulti && f.ticked[i]:
			mark = "[x]"
		case q.Kind == questionnaire.KindMulti:
			mark = "[ ]"
		case i == f.cursor:
			mark = "(•)"
		}
		text := truncate(fmt.Sprintf("%s %d. %s", mark, i+1, q.Options[i].Label), w-2)
		switch {
		case i == f.cursor && f.focus == fieldAnswer:
			lines = append(lines, m.st.Current.Render("❯ "+text))
		case f.ticked[i]:
			lines = append(lines, m.st.Selected.Render("  "+text))
		default:
			lines = append(lines, "  "+text)
		}
	}
	return lines
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

// wrap word-wraps text to w cells in the style, keeping at most n lines.
func wrap(style lipgloss.Style, text string, w, n int) []string {
	if text == "" {
		return nil
	}
	// Wrap breaks words longer than the line, such as Chinese text, which has no spaces.
	lines := strings.Split(ansi.Wrap(text, max(w, 10), ""), "\n")
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = truncate(lines[n-1]+" …", w)
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}
