package report

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// gfm parses Markdown the way GitHub renders it: CommonMark with the GFM table, strikethrough,
// linkify (bare URLs and e-mail addresses) and task-list extensions.
var gfm = goldmark.New(goldmark.WithExtensions(
	extension.Table, extension.Strikethrough, extension.Linkify, extension.TaskList,
))

// parseGFM parses md and returns its document node.
func parseGFM(md string) (ast.Node, []byte) {
	src := []byte(md)
	return gfm.Parser().Parse(text.NewReader(src)), src
}

// inlineText returns the text of an inline container whose children must all be plain text:
// a hard line break reads as "\n". It fails on any other inline node (link, emphasis, code
// span, raw HTML…) and on a soft line break, which only a stray newline can make.
func inlineText(n ast.Node, src []byte) (string, error) {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(rendered(c.Value(src)))
			if c.SoftLineBreak() {
				return "", fmt.Errorf("soft line break after %q", b.String())
			}
			if c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.WriteString(rendered(c.Value))
		default:
			return "", fmt.Errorf("%s node in %q", c.Kind(), b.String())
		}
	}
	return b.String(), nil
}

// paragraphText parses md, which must be one paragraph of plain text (or nothing), and returns
// that text.
func paragraphText(md string) (string, error) {
	doc, src := parseGFM(md)
	switch childCount(doc) {
	case 0:
		return "", nil
	case 1:
	default:
		return "", fmt.Errorf("%d blocks, want one paragraph", childCount(doc))
	}
	p, ok := doc.FirstChild().(*ast.Paragraph)
	if !ok {
		return "", fmt.Errorf("a %s block, want a paragraph", doc.FirstChild().Kind())
	}
	return inlineText(p, src)
}

// paragraphsText parses md, which must be paragraphs of plain text only, and returns the text
// of each.
func paragraphsText(md string) ([]string, error) {
	doc, src := parseGFM(md)
	var texts []string
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		p, ok := c.(*ast.Paragraph)
		if !ok {
			return nil, fmt.Errorf("a %s block, want only paragraphs", c.Kind())
		}
		s, err := inlineText(p, src)
		if err != nil {
			return nil, err
		}
		texts = append(texts, s)
	}
	return texts, nil
}

// cellTexts parses md, which must be one GFM table, and returns the text of every cell by row;
// each row must have as many cells as the header.
func cellTexts(md string) ([][]string, error) {
	doc, src := parseGFM(md)
	if childCount(doc) != 1 || doc.FirstChild().Kind() != extast.KindTable {
		return nil, fmt.Errorf("not exactly one table:\n%s", md)
	}
	table := doc.FirstChild().(*extast.Table)
	var rows [][]string
	for row := table.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			s, err := inlineText(cell, src)
			if err != nil {
				return nil, fmt.Errorf("row %d cell %d: %w", len(rows), len(cells), err)
			}
			cells = append(cells, s)
		}
		if len(cells) != len(table.Alignments) {
			return nil, fmt.Errorf("row %d has %d cells, want %d", len(rows), len(cells), len(table.Alignments))
		}
		rows = append(rows, cells)
	}
	return rows, nil
}

// listItemText parses md, which must be a list of one item holding one paragraph of plain text,
// and returns that text.
func listItemText(md string) (string, error) {
	doc, src := parseGFM(md)
	list, ok := doc.FirstChild().(*ast.List)
	if childCount(doc) != 1 || !ok || childCount(list) != 1 {
		return "", fmt.Errorf("not exactly one list of one item")
	}
	item := list.FirstChild()
	if childCount(item) != 1 {
		return "", fmt.Errorf("the item holds %d blocks, want one", childCount(item))
	}
	return inlineText(item.FirstChild(), src)
}

// headingText parses md, which must be one ATX heading of plain text, and returns its text.
func headingText(md string) (string, error) {
	doc, src := parseGFM(md)
	h, ok := doc.FirstChild().(*ast.Heading)
	if childCount(doc) != 1 || !ok {
		return "", fmt.Errorf("not exactly one heading")
	}
	return inlineText(h, src)
}

// rendered returns the text a reader sees for the raw value of a text node: goldmark resolves
// backslash escapes and entity references when it writes the node out.
func rendered(raw []byte) string {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	gmhtml.DefaultWriter.Write(w, raw)
	_ = w.Flush()
	return html.UnescapeString(buf.String())
}

// childCount counts the children of n by walking them: goldmark's own count is off by one
// after a paragraph has been turned into a table.
func childCount(n ast.Node) int {
	count := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		count++
	}
	return count
}
