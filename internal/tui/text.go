package tui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// The text helpers every screen shares: cutting, padding and wrapping to display cells (a
// Chinese character takes two), windows of long lists, and the words for sections and answers.

// pad fills s with spaces to w display cells: a Chinese character takes two.
func pad(s string, w int) string { return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) }

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

// closing is the punctuation of Chinese text that may hang past the end of a line.
const closing = "，。、；：？！）」』》〉】…"

// hangRoom is the width of a closing punctuation mark of Chinese text, which may hang at the
// end of a line.
var hangRoom = ansi.StringWidth("。")

// wrapLines wraps text to w cells. Text without wide characters is wrapped between words
// (wrapWithin). Text with them, such as Chinese, has no spaces between words: it is filled
// with the pieces between which the Unicode line breaking rules (UAX #14) allow a break, which
// fall between most Chinese characters and after spaces, never before closing punctuation. A
// line is filled to w cells less hangRoom, so that its closing punctuation may hang in the
// last cells.
func wrapLines(text string, w int) []string {
	text = strings.TrimSpace(text)
	if ansi.StringWidth(text) == utf8.RuneCountInString(text) { // no wide characters
		return wrapWithin(text, w)
	}
	var lines []string
	var line strings.Builder
	used := 0 // the width of line
	flush := func() {
		if l := strings.TrimRight(line.String(), " "); l != "" {
			lines = append(lines, l)
		}
		line.Reset()
		used = 0
	}
	for state := -1; text != ""; {
		var piece string
		var mustBreak bool
		piece, text, mustBreak, state = uniseg.FirstLineSegmentInString(text, state)
		visible := strings.TrimRight(piece, " ")
		body := strings.TrimRight(visible, closing)
		if used > 0 && (used+ansi.StringWidth(body) > w-hangRoom || used+ansi.StringWidth(visible) > w) {
			flush()
		}
		if ansi.StringWidth(visible) > w { // a piece wider than a line is cut where it must be
			parts := strings.Split(ansi.Hardwrap(visible, w, true), "\n")
			lines = append(lines, parts[:len(parts)-1]...)
			piece = parts[len(parts)-1] + piece[len(visible):]
		}
		line.WriteString(piece)
		used += ansi.StringWidth(piece)
		if mustBreak {
			flush()
		}
	}
	flush()
	return lines
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

// minWrap is the narrowest text is wrapped to, however narrow the room.
const minWrap = 10

// wrap word-wraps text to w cells in the style, keeping at most n lines (all of them when n is
// 0).
func wrap(style lipgloss.Style, text string, w, n int) []string {
	if text == "" {
		return nil
	}
	lines := wrapLines(text, max(w, minWrap))
	if n > 0 && len(lines) > n {
		lines = lines[:n]
		lines[n-1] = truncate(lines[n-1]+" …", w)
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// windowLines returns the range of entries, each as many lines high as heights says, that fits
// in room lines and shows the entry under the cursor, growing after it and before it in turn.
// The cursor's entry shows even when it alone does not fit.
func windowLines(heights []int, cursor, room int) (from, to int) {
	if len(heights) == 0 {
		return 0, 0
	}
	from, to = cursor, cursor+1
	used := heights[cursor]
	for grown := true; grown; {
		grown = false
		if to < len(heights) && used+heights[to] <= room {
			used += heights[to]
			to++
			grown = true
		}
		if from > 0 && used+heights[from-1] <= room {
			from--
			used += heights[from]
			grown = true
		}
	}
	return from, to
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

// describe shows an answer in a few words, as the screens and prompts list it.
func describe(c *messages, q *questionnaire.Question, a *assessment.Answer) string {
	switch {
	case !a.Answered():
		return c.notAnswered
	case a.Unknown:
		return c.unknown
	case a.NA:
		return c.notApplicable
	case a.Choice != "":
		return optionLabel(q, a.Choice)
	case len(a.Choices) > 0:
		labels := make([]string, len(a.Choices))
		for i, id := range a.Choices {
			labels[i] = optionLabel(q, id)
		}
		return strings.Join(labels, c.listSep)
	case a.Date != "":
		return a.Date
	}
	return a.Text
}

// optionLabel returns the label of the option with the id, or the id when there is none.
func optionLabel(q *questionnaire.Question, id string) string {
	if o := q.Option(id); o != nil && o.Label != "" {
		return o.Label
	}
	return id
}

// hanging wraps text in full to w cells after a prefix such as "2. ", the lines after the first
// indented under the text, and joins the lines with newlines.
func hanging(prefix, text string, w int) string {
	indent := ansi.StringWidth(prefix)
	lines := wrapLines(text, max(w-indent, minWrap))
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", indent) + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// paragraphs splits text into paragraphs at blank lines and joins the lines of each, so that
// the line breaks of a YAML block do not show: a line that starts a list item ("- ", "* ",
// "1. ") starts a new paragraph. Lines of Chinese text join without a space.
func paragraphs(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			flush()
			continue
		case listItem(line):
			flush()
		case cur.Len() > 0:
			prev, _ := utf8.DecodeLastRuneInString(cur.String())
			next, _ := utf8.DecodeRuneInString(line)
			if !wide(prev) || !wide(next) {
				cur.WriteByte(' ')
			}
		}
		cur.WriteString(line)
	}
	flush()
	return out
}

// listItem reports whether a line starts an item of a list.
func listItem(line string) bool {
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") {
		return true
	}
	digits := strings.TrimLeft(line, "0123456789")
	return len(digits) < len(line) && (strings.HasPrefix(digits, ". ") || strings.HasPrefix(digits, ") "))
}

// wide reports whether a character takes two cells, as Chinese characters do.
func wide(r rune) bool { return ansi.StringWidth(string(r)) == 2 }
