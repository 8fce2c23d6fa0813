package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// The screen of the interview is a body over a footer. The body is the section list on the
// left and the main column on the right; the footer is the status line, the progress bar and
// the key help. Every size below is measured from what is drawn (the text and the frames of
// the styles that draw it); the constants are choices, not counted cells.
const (
	// foldBelow is the narrowest window that shows the section list: a narrower one gives the
	// question its whole width.
	foldBelow = 80
	// sidebarShare is the part of the window's width the section list may take at most (a
	// third): its titles are cut beyond.
	sidebarShare = 3
	// maxMain is the widest the main column grows: longer lines are hard to read.
	maxMain = 100
	// minMain is the narrowest the main column is drawn: the forms cannot lay out their fields
	// in less.
	minMain = 20
	// statusLines is the height of the footer above the key help: the status line and the
	// progress bar, each cut to the window's width (render).
	statusLines = 2
	// minBody is the fewest lines the body is given in a window too low for it.
	minBody = 3
)

// cursorMark marks the entry under the cursor in a list; markIndent stands in its place before
// the other entries, and before the lines after an entry's first.
const cursorMark = "❯ "

var markIndent = strings.Repeat(" ", ansi.StringWidth(cursorMark))

// listLine draws the first line of a list's entry, cut to w cells with the cursor's mark before
// it, or the indent.
func (m *Model) listLine(text string, w int, current bool) string {
	text = truncate(text, w-ansi.StringWidth(cursorMark))
	if current {
		return m.st.Current.Render(cursorMark + text)
	}
	return markIndent + text
}

// entryLinesMax is the most lines an entry of a list of several-line entries takes (the findings,
// the review): enough for a question's words and its state, short enough to see many at once.
const entryLinesMax = 2

// entryLines wraps the text of a list's entry to w cells less the cursor's mark, in at most
// entryLinesMax lines, the last cut with "…" when it does not fit.
func entryLines(text string, w int) []string {
	room := w - ansi.StringWidth(cursorMark)
	entry := wrapLines(text, max(room, minWrap))
	if len(entry) > entryLinesMax {
		entry = append(entry[:entryLinesMax-1], truncate(entry[entryLinesMax-1]+" …", room))
	}
	return entry
}

// listEntries draws the entries of a list that fit in room lines around the cursor's, each
// entry one or more lines: the cursor's mark before the first line of the current entry, and
// the same indent before every other line.
func (m *Model) listEntries(entries [][]string, cursor, room int) []string {
	heights := make([]int, len(entries))
	for i, e := range entries {
		heights[i] = len(e)
	}
	var lines []string
	from, to := windowLines(heights, cursor, room)
	for i := from; i < to; i++ {
		for j, l := range entries[i] {
			switch {
			case i == cursor && j == 0:
				lines = append(lines, m.st.Current.Render(cursorMark+l))
			case i == cursor:
				lines = append(lines, m.st.Current.Render(markIndent+l))
			default:
				lines = append(lines, markIndent+l)
			}
		}
	}
	return lines
}

// minLabelledForm is the narrowest a form of labelled text fields (the details, accepting a
// risk) is drawn: its longest label and some of the value.
const minLabelledForm = 30

// labelGap is the blank cells between the label of a form's field and its value.
const labelGap = 2

// spacer is the blank line between two parts of a screen, such as the text of the question and
// its form.
var spacer = []string{""}

// layout shares the window out between the section list, the main column and the footer.
type layout struct {
	side int // the width of the section list, its border, padding and gap included; 0 when folded away
	main int // the width of the main column
	body int // the height of the body: the window less the footer
}

// layout measures the layout of the current screen for the key help drawn under it.
func (m *Model) layout(help string) layout {
	side, main := m.widths()
	return layout{side: side, main: main, body: max(m.height-statusLines-lipgloss.Height(help), minBody)}
}

// widths shares the window's width: the section list as wide as its longest entry needs, at
// most a share of the window, and the main column the rest, at most maxMain.
func (m *Model) widths() (side, main int) {
	if m.showSidebar() {
		side = min(m.sidebarNeeds(), m.width/sidebarShare)
	}
	return side, min(max(m.width-side, minMain), maxMain)
}

// showSidebar reports whether the section list shows: not on the start screen, where no
// questionnaire is chosen yet, and only from foldBelow columns.
func (m *Model) showSidebar() bool { return m.width >= foldBelow && m.state != stateStart }

// mainWidth is the width of the main column.
func (m *Model) mainWidth() int {
	_, main := m.widths()
	return main
}

// bodyHeight is the height of the body above the footer with the key help drawn.
func (m *Model) bodyHeight(help string) int { return m.layout(help).body }

// sidebarNeeds is the width the section list needs to show every entry in full, its frame
// included: its heading, or the widest of the current section's mark, a section's title and
// its count, at most all of its questions answered. It depends only on the questionnaire and
// the language, so it is measured once for them.
func (m *Model) sidebarNeeds() int {
	c := &m.sideNeeds
	if c.qn == m.s.QN && c.msgs == m.msgs {
		return c.width
	}
	w := lipgloss.Width(m.st.Heading.Render(m.t().sections))
	for _, sec := range m.pickerSections() {
		n := len(m.s.QN.Profile)
		if sec != nil {
			n = len(sec.Questions)
		}
		w = max(w, ansi.StringWidth(currentMark)+ansi.StringWidth(sectionTitle(m.t(), sec))+ansi.StringWidth(sidebarCount(interview.Progress{Answered: n, Visible: n})))
	}
	c.qn, c.msgs, c.width = m.s.QN, m.msgs, w+m.st.Sidebar.GetHorizontalFrameSize()
	return c.width
}

// sidebarNeedsCache holds the width the section list needs, and for which questionnaire and
// language.
type sidebarNeedsCache struct {
	qn    *questionnaire.Questionnaire
	msgs  *messages
	width int
}
