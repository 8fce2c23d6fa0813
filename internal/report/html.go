package report

import (
	_ "embed"
	"html/template"
	"io"
	"strings"
)

// The HTML renderer writes any Document as one self-contained page: the style sheet inline, no
// script, nothing fetched (a Content-Security-Policy forbids it), fonts the reader already has.
// It reads the same blocks as the Markdown, so both always say the same; html/template escapes
// every text, and the only markup is the renderer's own: a typed "<script>" stays text.
//
// On paper (A4 or Letter, whatever the printer uses) a block marked NewPage starts a new page,
// table headers repeat on every page, and no table row, list item or paragraph is split across
// two pages; headings stay with what follows them.

//go:embed html.css
var htmlCSS string

//go:embed html.tmpl
var htmlTemplate string

var pageTemplate = template.Must(template.New("html").Funcs(template.FuncMap{
	"lines": func(s string) []string { return strings.Split(s, "\n") },
}).Parse(htmlTemplate))

// HTML writes the document as a self-contained HTML page.
func (d *Document) HTML(w io.Writer) error {
	page := htmlPage{Lang: d.Lang, CSS: template.CSS(htmlCSS)}
	if page.Lang == "" {
		page.Lang = "en"
	}
	for i := range d.Blocks {
		b := &d.Blocks[i]
		hb := htmlBlock{Kind: kindNames[b.Kind], Level: b.Level, NewPage: b.NewPage && i > 0}
		switch b.Kind {
		case KindHeading:
			hb.Text = Spans(b.Text)
			if page.Title == "" {
				page.Title = plainText(hb.Text)
			}
		case KindParagraph:
			hb.Text = Spans(b.Text)
		case KindList:
			hb.Items = htmlItems(b.Items)
		case KindTable:
			for _, h := range b.Header {
				hb.Header = append(hb.Header, Spans(h))
			}
			for _, row := range b.Rows {
				cells := make([][]Span, len(row))
				for j, c := range row {
					cells[j] = Spans(c)
				}
				hb.Rows = append(hb.Rows, cells)
			}
		case KindRule:
			hb.Write = strings.HasPrefix(b.Text, "_")
		}
		page.Blocks = append(page.Blocks, hb)
	}
	return pageTemplate.ExecuteTemplate(w, "document", page)
}

// kindNames names the kinds of block for the template.
var kindNames = map[Kind]string{
	KindHeading:   "heading",
	KindParagraph: "paragraph",
	KindList:      "list",
	KindTable:     "table",
	KindRule:      "rule",
}

// htmlPage is what the template draws: the page and its blocks, their texts read into spans.
type htmlPage struct {
	Lang, Title string
	CSS         template.CSS
	Blocks      []htmlBlock
}

type htmlBlock struct {
	Kind    string
	Level   int
	NewPage bool // starts a new printed page
	Text    []Span
	Items   []htmlItem
	Header  [][]Span
	Rows    [][][]Span
	Write   bool // a rule that is a line to write on
}

type htmlItem struct {
	Text  []Span
	Items []htmlItem
}

// htmlItems reads the texts of list items into spans.
func htmlItems(items []Item) []htmlItem {
	out := make([]htmlItem, len(items))
	for i, it := range items {
		out[i] = htmlItem{Text: Spans(it.Text), Items: htmlItems(it.Items)}
	}
	return out
}

// plainText joins the text of spans, line breaks as spaces.
func plainText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(strings.ReplaceAll(s.Text, "\n", " "))
	}
	return b.String()
}
