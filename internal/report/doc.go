package report

import (
	"bufio"
	"io"
	"strings"
)

// Kind is the kind of a block of a document.
type Kind uint8

// The kinds of block a document is made of.
const (
	KindHeading   Kind = iota + 1 // Level and Text
	KindParagraph                 // Text
	KindList                      // Items, each possibly holding a nested list
	KindTable                     // Header and Rows
	KindRule                      // a thematic break; Text is how Markdown writes it
)

// Block is one block of a document, the model that the Markdown is written from and that other
// renderers (the interview's preview) draw. Its texts are Markdown inline text, escaped: read
// them with Spans.
type Block struct {
	Kind   Kind
	Level  int        // a heading's level, 1 to 6
	Text   string     // a heading's or a paragraph's text
	Items  []Item     // a list's items
	Header []string   // a table's header cells
	Rows   [][]string // a table's rows, each as many cells as the header
	// NewPage asks renderers that print (HTML) to start a new page with this block; the
	// Markdown and the terminal ignore it.
	NewPage bool
}

// Item is one item of a list: its text, whose lines are joined by hard breaks, and the items of
// a list nested in it.
type Item struct {
	Text  string
	Items []Item
}

// doc builds a document block by block. Written as Markdown, it has exactly one blank line
// between blocks, no trailing spaces, and one final newline. Text passed to it must already be
// escaped.
//
// A doc either keeps its blocks, or, with out set, writes each block as Markdown as soon as it
// is made and keeps nothing: a report is then written with little more memory than its pieces.
type doc struct {
	blocks  []Block
	out     *bufio.Writer
	count   int  // the blocks written to out
	newPage bool // the next block starts a new printed page
}

// page makes the next block start a new printed page.
func (d *doc) page() { d.newPage = true }

// add appends a block, or writes it to out.
func (d *doc) add(b *Block) {
	b.NewPage, d.newPage = d.newPage, false
	if d.out == nil {
		d.blocks = append(d.blocks, *b)
		return
	}
	d.next()
	writeBlock(d.out, b)
}

// next starts a block written to out: a blank line after the block before.
func (d *doc) next() {
	if d.count > 0 {
		d.out.WriteString("\n\n")
	}
	d.count++
}

// heading appends an ATX heading of the level (1 to 6).
func (d *doc) heading(level int, text string) {
	d.add(&Block{Kind: KindHeading, Level: level, Text: text})
}

// para appends a paragraph, unless text is empty.
func (d *doc) para(text string) {
	if text != "" {
		d.add(&Block{Kind: KindParagraph, Text: text})
	}
}

// prose appends prose written in a questionnaire as paragraphs and lists (see Prose).
func (d *doc) prose(s string) {
	for _, b := range Prose(s) {
		if b.Items != nil {
			d.list(b.Items...)
		} else {
			d.para(b.Para)
		}
	}
}

// rule appends a thematic break written as s.
func (d *doc) rule(s string) {
	d.add(&Block{Kind: KindRule, Text: s})
}

// list appends a bullet list. An item may hold hard line breaks and, after them, a nested list
// made with sublist.
func (d *doc) list(items ...string) {
	if len(items) == 0 {
		return
	}
	if d.out != nil {
		// An item with its sublist is Markdown already, but for the indentation of the lines
		// after its first: written as it is, it needs no parsing.
		d.next()
		for i, s := range items {
			if i > 0 {
				d.out.WriteByte('\n')
			}
			d.out.WriteString("- ")
			writeIndented(d.out, s, "  ")
		}
		return
	}
	list := make([]Item, len(items))
	for i, s := range items {
		list[i] = parseItem(s)
	}
	d.add(&Block{Kind: KindList, Items: list})
}

// table appends a GFM table. Cells must be escaped with Cell or be text of the report's own.
func (d *doc) table(header []string, rows [][]string) {
	d.add(&Block{Kind: KindTable, Header: header, Rows: rows})
}

// sublist formats items as a nested list to append to a list item: each item on a line of its
// own opened by "- ", the lines after an item's first indented by two spaces.
func sublist(items []string) string {
	var b strings.Builder
	for _, item := range items {
		b.WriteString("\n- ")
		b.WriteString(indentLines(item, "  "))
	}
	return b.String()
}

// parseItem reads a list item made of a text and, optionally, a sublist. Escaped text never
// opens a line with "- " or a space (see escapeLine and Plain), so a line that does belongs to
// the sublist.
func parseItem(s string) Item {
	i := strings.Index(s, "\n- ")
	if i < 0 {
		return Item{Text: s}
	}
	it := Item{Text: s[:i]}
	rest := s[i+len("\n- "):]
	for rest != "" {
		end := strings.Index(rest, "\n- ")
		if end < 0 {
			end = len(rest)
		}
		it.Items = append(it.Items, parseItem(unindent(rest[:end])))
		rest = strings.TrimPrefix(rest[end:], "\n- ")
	}
	return it
}

// unindent removes the two spaces that sublist put before the lines after an item's first.
func unindent(s string) string {
	if !strings.Contains(s, "\n  ") {
		return s
	}
	return strings.ReplaceAll(s, "\n  ", "\n")
}

// writeTo writes the blocks of the document to w as Markdown.
func (d *doc) writeTo(w io.Writer) error {
	bw := bufio.NewWriterSize(w, writeBuffer)
	for i := range d.blocks {
		if i > 0 {
			bw.WriteString("\n\n")
		}
		writeBlock(bw, &d.blocks[i])
	}
	if len(d.blocks) > 0 {
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// writeBuffer is the size of the buffer a document is written through.
const writeBuffer = 16 << 10

// writeBlock writes one block as Markdown, without its line end.
func writeBlock(b *bufio.Writer, bl *Block) {
	switch bl.Kind {
	case KindHeading:
		for range bl.Level {
			b.WriteByte('#')
		}
		b.WriteByte(' ')
		b.WriteString(bl.Text)
	case KindList:
		for i := range bl.Items {
			if i > 0 {
				b.WriteByte('\n')
			}
			writeItem(b, &bl.Items[i], "")
		}
	case KindTable:
		writeRow(b, bl.Header)
		b.WriteString("\n|")
		for range bl.Header {
			b.WriteString(" --- |")
		}
		for _, row := range bl.Rows {
			b.WriteByte('\n')
			writeRow(b, row)
		}
	default:
		b.WriteString(bl.Text)
	}
}

// writeItem writes a list item and its nested items, each line after the first indented.
func writeItem(b *bufio.Writer, it *Item, indent string) {
	b.WriteString("- ")
	writeIndented(b, it.Text, indent+"  ")
	for i := range it.Items {
		b.WriteByte('\n')
		b.WriteString(indent + "  ")
		writeItem(b, &it.Items[i], indent+"  ")
	}
}

// writeIndented writes s with indent before every line after the first.
func writeIndented(b *bufio.Writer, s, indent string) {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i+1])
		b.WriteString(indent)
		s = s[i+1:]
	}
}

// writeRow writes one table row, without its line end.
func writeRow(b *bufio.Writer, cells []string) {
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
