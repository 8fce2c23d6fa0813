package report

import (
	"io"
	"strings"
)

// doc builds a Markdown document block by block, with exactly one blank line between blocks,
// no trailing spaces, and one final newline. Text passed to it must already be escaped.
//
// It keeps the pieces and joins them once at the end: growing one buffer block by block copied
// a report of tens of kilobytes several times over.
type doc struct {
	parts []string
}

// block appends one block; a block may span several lines.
func (d *doc) block(s string) {
	if len(d.parts) > 0 {
		d.parts = append(d.parts, "\n")
	}
	d.parts = append(d.parts, s, "\n")
}

// heading appends an ATX heading of the level (1 to 6).
func (d *doc) heading(level int, text string) {
	d.block(strings.Repeat("#", level) + " " + text)
}

// para appends a paragraph, unless text is empty.
func (d *doc) para(text string) {
	if text != "" {
		d.block(text)
	}
}

// list appends a bullet list. Lines after the first of an item are indented to stay inside
// it, so an item may hold hard line breaks or a nested list (lines starting with "- ").
func (d *doc) list(items ...string) {
	if len(items) == 0 {
		return
	}
	var b strings.Builder
	n := 0
	for _, item := range items {
		n += len("- \n") + len(item) + 2*strings.Count(item, "\n")
	}
	b.Grow(n)
	for i, item := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("- ")
		b.WriteString(indentLines(item, "  "))
	}
	d.block(b.String())
}

// table appends a GFM table. Cells must be escaped with Cell or be text of the report's own.
func (d *doc) table(header []string, rows [][]string) {
	var b strings.Builder
	writeRow(&b, header)
	delim := make([]string, len(header))
	for i := range delim {
		delim[i] = "---"
	}
	b.WriteByte('\n')
	writeRow(&b, delim)
	for _, row := range rows {
		b.WriteByte('\n')
		writeRow(&b, row)
	}
	d.block(b.String())
}

// writeRow writes one table row, without its line end.
func writeRow(b *strings.Builder, cells []string) {
	b.WriteByte('|')
	for _, c := range cells {
		b.WriteByte(' ')
		b.WriteString(c)
		if c != "" {
			b.WriteByte(' ')
		}
		b.WriteByte('|')
	}
}

// writeTo writes the document to w in one write.
func (d *doc) writeTo(w io.Writer) error {
	_, err := io.WriteString(w, strings.Join(d.parts, ""))
	return err
}

// sublist formats items as a nested list to append to a list item after a line break.
func sublist(items []string) string {
	var b strings.Builder
	for _, item := range items {
		b.WriteString("\n- ")
		b.WriteString(indentLines(item, "  "))
	}
	return b.String()
}
