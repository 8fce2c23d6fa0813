// Package preview draws a report for the terminal with Lip Gloss, straight from the report's
// blocks (report.Blocks): headings, paragraphs, nested lists and tables, wrapped to the width
// between words (and between Chinese characters, never before closing punctuation), for a
// dark or a light background, or without colour.
package preview

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

// Options says how to draw.
type Options struct {
	Width int  // the width in cells; at least 20 is used
	Dark  bool // a dark background
	Plain bool // no colour (NO_COLOR); bold and underline stay
}

// minWidth is the narrowest the preview is drawn.
const minWidth = 20

// styles are the looks of a preview, built once per drawing.
type styles struct {
	h1, h2, h3, h4, strong, em, code, link, bullet, faint, header lipgloss.Style
	border                                                        lipgloss.Style
}

// newStyles builds the looks for the background: the interview's colours (see tui/styles.go).
func newStyles(opt Options) *styles {
	ld := lipgloss.LightDark(opt.Dark)
	c := func(light, dark string) color.Color {
		if opt.Plain {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(dark))
	}
	accent := c("#5A4FCF", "#A99CFF")
	faint := c("#6B6B6B", "#9A9A9A")
	bold := lipgloss.NewStyle().Bold(true)
	return &styles{
		h1:     bold.Foreground(accent),
		h2:     bold.Foreground(accent),
		h3:     bold.Foreground(accent),
		h4:     bold,
		strong: bold,
		em:     lipgloss.NewStyle().Italic(true),
		code:   lipgloss.NewStyle().Foreground(c("#A0430A", "#F0A868")),
		link:   lipgloss.NewStyle().Underline(true).Foreground(c("#0B5CAD", "#79C0FF")),
		bullet: lipgloss.NewStyle().Foreground(accent),
		faint:  lipgloss.NewStyle().Foreground(faint),
		header: bold,
		border: lipgloss.NewStyle().Foreground(faint),
	}
}

// Render draws the blocks, one blank line between two, in lines of at most opt.Width cells.
func Render(blocks []report.Block, opt Options) string {
	d := drawer{st: newStyles(opt), w: max(opt.Width, minWidth)}
	var out []string
	for i := range blocks {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, d.block(&blocks[i])...)
	}
	return strings.Join(out, "\n")
}

// drawer draws blocks at a width.
type drawer struct {
	st *styles
	w  int
}

// block draws one block.
func (d *drawer) block(b *report.Block) []string {
	switch b.Kind {
	case report.KindHeading:
		return d.heading(b.Level, b.Text)
	case report.KindList:
		return d.list(b.Items, 0)
	case report.KindTable:
		return d.table(b.Header, b.Rows)
	case report.KindRule:
		return []string{d.st.faint.Render(strings.Repeat("─", d.w))}
	}
	return d.text(b.Text, d.w, nil)
}

// text wraps inline text to w cells; base, when not nil, is the look of its plain spans.
func (d *drawer) text(s string, w int, base *lipgloss.Style) []string {
	return wrap(report.Spans(s), w, func(sp report.Span) *lipgloss.Style {
		switch {
		case sp.Link:
			return &d.st.link
		case sp.Code:
			return &d.st.code
		case sp.Strong && base == nil:
			return &d.st.strong
		case sp.Em && base == nil:
			return &d.st.em
		}
		return base
	})
}

// heading draws a heading: the title and the report's sections underlined by a rule as wide
// as their text, the questionnaire's sections marked by a bar, the others in bold.
func (d *drawer) heading(level int, text string) []string {
	style := &d.st.h4
	switch level {
	case 1:
		style = &d.st.h1
	case 2:
		style = &d.st.h2
	case 3:
		style = &d.st.h3
	}
	if level == 3 {
		text = "▍" + text // a mark that shows without colour too
	}
	lines := d.text(text, d.w, style)
	if level > 2 {
		return lines
	}
	rule := "━"
	if level == 2 {
		rule = "─"
	}
	width := 0
	for _, l := range lines {
		width = max(width, lipgloss.Width(l))
	}
	return append(lines, d.st.bullet.Render(strings.Repeat(rule, width)))
}

// bullets are the marks of the items of a list, by depth.
var bullets = []string{"•", "◦", "▪"}

// list draws list items, each line after an item's first indented under its text, nested
// lists below their item.
func (d *drawer) list(items []report.Item, depth int) []string {
	indent := strings.Repeat("  ", depth)
	mark := d.st.bullet.Render(bullets[min(depth, len(bullets)-1)]) + " "
	var out []string
	for _, it := range items {
		w := d.w - len(indent) - 2
		for i, l := range d.text(it.Text, w, nil) {
			if i == 0 {
				out = append(out, indent+mark+l)
			} else {
				out = append(out, indent+"  "+l)
			}
		}
		out = append(out, d.list(it.Items, depth+1)...)
	}
	return out
}
