package report

import "strings"

// doc builds a Markdown document block by block, with exactly one blank line between blocks,
// no trailing spaces, and one final newline. Text passed to it must already be escaped.
type doc struct {
	b strings.Builder
}

// block appends one block; a block may span several lines.
func (d *doc) block(s string) {
	if d.b.Len() > 0 {
		d.b.WriteByte('\n')
	}
	d.b.WriteString(s)
	d.b.WriteByte('\n')
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

// String returns the document.
func (d *doc) String() string {
	return d.b.String()
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
