package preview

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/clipperhouse/displaywidth"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

// A line may break at a space, at a hard line break, and on either side of a wide (Chinese)
// character, except before closing punctuation and after opening punctuation (the usual rule
// of Chinese typesetting, which also keeps ", " and "(" with their words in Latin text).
const (
	noBreakBefore = "，。、；：？！）」』》〉】…,.;:!?)]}%’”"
	noBreakAfter  = "（「『《〈【([{‘“"
)

// part is a piece of a word in one look; a nil style is plain text.
type part struct {
	text  string
	style *lipgloss.Style
}

// word is what a line may not break inside: parts of text with no break opportunity between
// them.
type word struct {
	parts []part
	width int
	space bool // a space comes before the word: a line that does not break there shows it
	hard  bool // a hard line break comes before the word
}

// words cuts the spans into words, each part styled by look.
func words(spans []report.Span, look func(report.Span) *lipgloss.Style) []word {
	var out []word
	var cur *word
	space, hard := false, false
	var prev string // the grapheme before, inside the current word
	for _, sp := range spans {
		style := look(sp)
		g := displaywidth.StringGraphemes(sp.Text)
		for g.Next() {
			s, w := g.Value(), g.Width()
			switch s {
			case " ":
				space, cur = true, nil
				continue
			case "\n":
				hard, space, cur = true, false, nil
				continue
			}
			if cur != nil && breakBetween(prev, w > 1 || wide(prev), s) {
				cur = nil
			}
			if cur == nil {
				out = append(out, word{space: space, hard: hard})
				cur = &out[len(out)-1]
				space, hard = false, false
			}
			if n := len(cur.parts); n > 0 && cur.parts[n-1].style == style {
				cur.parts[n-1].text += s
			} else {
				cur.parts = append(cur.parts, part{s, style})
			}
			cur.width += w
			prev = s
		}
	}
	return out
}

// wide reports whether a grapheme takes two cells.
func wide(s string) bool { return displaywidth.String(s) > 1 }

// breakBetween reports whether a line may break between two graphemes of a run without
// spaces, given whether either of them is wide.
func breakBetween(before string, eitherWide bool, after string) bool {
	return eitherWide && !strings.Contains(noBreakBefore, after) && !strings.Contains(noBreakAfter, before)
}

// wrap lays the spans out in lines of at most w cells, breaking only between words; a word
// wider than a line is cut where it must be.
func wrap(spans []report.Span, w int, look func(report.Span) *lipgloss.Style) []string {
	w = max(w, 1)
	var lines []string
	var line []part
	lineW := 0
	flush := func() {
		lines = append(lines, render(line))
		line, lineW = line[:0], 0
	}
	for _, wd := range words(spans, look) {
		if wd.hard && (lineW > 0 || len(lines) > 0 || len(line) > 0) {
			flush()
		}
		gap := 0
		if wd.space && lineW > 0 {
			gap = 1
		}
		if lineW > 0 && lineW+gap+wd.width > w {
			flush()
			gap = 0
		}
		if gap == 1 {
			line = append(line, part{" ", spaceStyle(line, wd)})
			lineW++
		}
		if wd.width <= w-lineW {
			line = append(line, wd.parts...)
			lineW += wd.width
			continue
		}
		for _, p := range cut(wd.parts, w-lineW, w) {
			if p.text == "\n" {
				flush()
				continue
			}
			line = append(line, p)
			lineW += displaywidth.String(p.text)
		}
	}
	if len(line) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// spaceStyle is the look of the space between the line so far and the next word: the look
// both share, such as a link's underline, or none.
func spaceStyle(line []part, wd word) *lipgloss.Style {
	if len(line) > 0 && len(wd.parts) > 0 && line[len(line)-1].style == wd.parts[0].style {
		return wd.parts[0].style
	}
	return nil
}

// cut splits the parts of a word too wide for a line at grapheme boundaries: first what fits
// in room, then lines of w cells. A part "\n" marks each cut.
func cut(parts []part, room, w int) []part {
	var out []part
	for _, p := range parts {
		var b strings.Builder
		g := displaywidth.StringGraphemes(p.text)
		for g.Next() {
			if gw := g.Width(); gw > room && room < w {
				if b.Len() > 0 {
					out = append(out, part{b.String(), p.style})
					b.Reset()
				}
				out = append(out, part{text: "\n"})
				room = w
			}
			b.WriteString(g.Value())
			room -= g.Width()
		}
		if b.Len() > 0 {
			out = append(out, part{b.String(), p.style})
		}
	}
	return out
}

// render draws a line of parts, each in its look.
func render(line []part) string {
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		p := line[i]
		for i+1 < len(line) && line[i+1].style == p.style { // one escape sequence per run
			i++
			p.text += line[i].text
		}
		p.text = strings.ReplaceAll(p.text, nbsp, " ") // kept lines together; shows as a space
		if p.style == nil {
			b.WriteString(p.text)
		} else {
			b.WriteString(p.style.Render(p.text))
		}
	}
	return b.String()
}
