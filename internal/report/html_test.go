package report

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlAllowed lists the elements the HTML renderer writes; typed text must never add another.
var htmlAllowed = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Meta: true, atom.Title: true, atom.Style: true,
	atom.Body: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.P: true, atom.Ul: true, atom.Li: true, atom.Table: true, atom.Thead: true,
	atom.Tbody: true, atom.Tr: true, atom.Th: true, atom.Td: true, atom.Hr: true, atom.Br: true,
	atom.A: true, atom.Strong: true, atom.Em: true, atom.Code: true,
}

// parseHTML parses a page as a browser would.
func parseHTML(t *testing.T, page []byte) *html.Node {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("the page does not parse: %v", err)
	}
	return root
}

// htmlShape lists every element of a page with all its attributes, in document order, and
// no text: two pages of the same shape differ only in their text.
func htmlShape(n *html.Node) []string {
	var out []string
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode {
			s := strings.Repeat(" ", depth) + n.Data
			for _, a := range n.Attr {
				s += fmt.Sprintf(" %s=%q", a.Key, a.Val)
			}
			out = append(out, s)
		}
		if n.Type == html.CommentNode {
			out = append(out, "<!--comment-->")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return out
}

// htmlText returns the text a reader sees in the body of a page, a line break at each <br>
// and element boundary.
func htmlText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Head || n.DataAtom == atom.Style):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String()
}

// checkHTMLPage checks what every page must be: only the renderer's elements, no event
// handler, a link only to allowed addresses, and nothing fetched.
func checkHTMLPage(t *testing.T, root *html.Node, links ...string) {
	t.Helper()
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !htmlAllowed[n.DataAtom] {
				t.Errorf("a <%s> element", n.Data)
			}
			for _, a := range n.Attr {
				switch {
				case strings.HasPrefix(a.Key, "on"):
					t.Errorf("an event handler %s=%q", a.Key, a.Val)
				case a.Key == "href" && !slices.Contains(links, a.Val):
					t.Errorf("a link to %q", a.Val)
				case a.Key == "src" || a.Key == "srcset" || a.Key == "style":
					t.Errorf("an attribute %s=%q", a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
}

// assertHTMLTypedTextStaysText checks that a page made from hostile typed text has exactly the
// elements and attributes of the page made from plain words, only the renderer's, and that
// every line of each typed text reads in it as typed.
func assertHTMLTypedTextStaysText(t *testing.T, benign, hostile []byte, typed []string, links ...string) {
	t.Helper()
	b, h := parseHTML(t, benign), parseHTML(t, hostile)
	checkHTMLPage(t, h, links...)
	if bs, hs := htmlShape(b), htmlShape(h); !slices.Equal(bs, hs) {
		t.Fatalf("typed text changed the page's elements: %s", firstDifference(strings.Join(bs, "\n"), strings.Join(hs, "\n")))
	}
	text := htmlText(h)
	for _, s := range typed {
		for _, line := range Plain(s) {
			if !strings.Contains(text, line) {
				t.Errorf("the reader does not see %q", line)
			}
		}
	}
}

// htmlOf renders a document as HTML.
func htmlOf(t *testing.T, d *Document, err error) []byte {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := d.HTML(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestHTMLReportHostile renders reports whose every typed text, in the questionnaire and in
// the answers, is hostile (a <script>, a </td>, a javascript: link…), and checks that the
// pages have exactly the elements and attributes of the same report in plain words.
func TestHTMLReportHostile(t *testing.T) {
	t.Parallel()
	pool := hostilePool()
	for round := range pool {
		hostileText := hostileRound(pool, round)
		plainText := func(slot string) string { return reportBenign(hostileText(slot)) }
		render := func(text func(string) string) []byte {
			r := scoring.Score(reportHostileQuestionnaire(t, text), reportHostileAnswers(text))
			d, err := ReportDocument(r, Options{EvidenceDir: t.TempDir()})
			return htmlOf(t, d, err)
		}
		f := reportHostileAnswers(hostileText)
		typed := []string{f.Assessment.Vendor, f.Assessment.Product, f.Answers["pick"].Note, f.Answers["free"].Text}
		t.Run(fmt.Sprint(round), func(t *testing.T) {
			assertHTMLTypedTextStaysText(t, render(plainText), render(hostileText), typed, "https://example.org/a")
		})
	}
}

// TestHTMLDocumentsHostile does the same for the comparison, the diff and the guide.
func TestHTMLDocumentsHostile(t *testing.T) {
	t.Parallel()
	const ref = "https://example.org/ref"
	results := func(text string) []*scoring.Result {
		qn := hostileQuestionnaire(t, text, ref)
		var rs []*scoring.Result
		for i, with := range []string{"x", "y", "x"} {
			f := hostileAnswers(t, text, fmt.Sprintf(" %c", 'A'+i), with, fmt.Sprintf("2026-11-2%d", i))
			rs = append(rs, scoring.Score(qn, f))
		}
		return rs
	}
	documents := []struct {
		name   string
		render func(text string) (*Document, error)
	}{
		{"compare", func(text string) (*Document, error) { return CompareDocument(results(text)) }},
		{"diff", func(text string) (*Document, error) { rs := results(text); return DiffDocument(rs[1], rs[0]) }},
		{"guide", func(text string) (*Document, error) { return GuideDocument(hostileQuestionnaire(t, text, ref)), nil }},
	}
	for _, doc := range documents {
		t.Run(doc.name, func(t *testing.T) {
			bd, err := doc.render(plainStandIn(allHostile))
			benign := htmlOf(t, bd, err)
			hd, err := doc.render(allHostile)
			hostile := htmlOf(t, hd, err)
			assertHTMLTypedTextStaysText(t, benign, hostile, hostileTexts, ref)
		})
	}
}

// TestHTMLSaysWhatMarkdownSays checks, for every golden report and the example comparison, diff
// and guides, that the HTML page has the elements and the words of the Markdown as goldmark
// renders it to HTML.
func TestHTMLSaysWhatMarkdownSays(t *testing.T) {
	t.Parallel()
	type document struct {
		name string
		make func(t *testing.T) (*Document, error)
	}
	var docs []document
	for _, tc := range reportCases {
		docs = append(docs, document{"report " + tc.name, func(t *testing.T) (*Document, error) {
			r, _ := scoreCase(t, tc.questionnaire, tc.answers)
			return ReportDocument(r, Options{EvidenceDir: filepath.Join("testdata", "report")})
		}})
	}
	examples := func(t *testing.T, lang string) []*scoring.Result {
		return []*scoring.Result{exampleResult(t, "mainland-provider-keys", lang),
			exampleResult(t, "singapore-byok", lang), exampleResult(t, "selfhosted-macao", lang)}
	}
	docs = append(docs,
		document{"compare", func(t *testing.T) (*Document, error) { return CompareDocument(examples(t, "en")) }},
		document{"diff", func(t *testing.T) (*Document, error) { rs := examples(t, "pt"); return DiffDocument(rs[0], rs[1]) }},
	)
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		docs = append(docs, document{"guide " + lang, func(t *testing.T) (*Document, error) {
			qn, err := questionnaire.Find(questionnaire.DefaultID, lang)
			if err != nil {
				return nil, err
			}
			return GuideDocument(qn), nil
		}})
	}
	// The guide's boxes to tick, "[ ] Yes", are text in the HTML: GitHub's task lists aside,
	// goldmark reads the Markdown as GitHub does.
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify))
	for _, doc := range docs {
		t.Run(doc.name, func(t *testing.T) {
			d, err := doc.make(t)
			ours := parseHTML(t, htmlOf(t, d, err))
			var src, theirs bytes.Buffer
			if err := d.Markdown(&src); err != nil {
				t.Fatal(err)
			}
			if err := md.Convert(src.Bytes(), &theirs); err != nil {
				t.Fatal(err)
			}
			gm := parseHTML(t, theirs.Bytes())
			if got, want := bodyElements(ours), bodyElements(gm); !slices.Equal(got, want) {
				t.Errorf("the HTML and the Markdown have different elements: %s",
					firstDifference(strings.Join(want, "\n"), strings.Join(got, "\n")))
			}
			if got, want := strings.Fields(htmlText(ours)), strings.Fields(htmlText(gm)); !slices.Equal(got, want) {
				t.Errorf("the HTML and the Markdown say different things: %s",
					firstDifference(strings.Join(want, "\n"), strings.Join(got, "\n")))
			}
		})
	}
}

// bodyElements lists the names of the elements in the body of a page, in document order.
func bodyElements(n *html.Node) []string {
	var out []string
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode && inBody {
			out = append(out, n.Data)
		}
		inBody = inBody || n.DataAtom == atom.Body
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(n, false)
	return out
}

// TestHTMLGolden keeps the HTML of a report as a golden file, and checks that it is
// reproducible and self-contained: no script, nothing fetched, in the document's language.
func TestHTMLGolden(t *testing.T) {
	r, _ := scoreCase(t, "../../docs/examples/questionnaire-minimal.yaml", "minimal.answers.yaml")
	d, err := ReportDocument(r, Options{EvidenceDir: filepath.Join("testdata", "report")})
	page := htmlOf(t, d, err)
	if again := htmlOf(t, d, nil); !bytes.Equal(page, again) {
		t.Error("two renderings differ")
	}
	assertGolden(t, filepath.Join("testdata", "report", "minimal.html"), page)
	root := parseHTML(t, page)
	checkHTMLPage(t, root, "https://www.dspdp.gov.mo/")
	s := string(page)
	for _, want := range []string{`<html lang="en">`, "<style>", "Content-Security-Policy", "<title>"} {
		if !strings.Contains(s, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	for _, bad := range []string{"<script", "<link", "<img", "@import", "url(", "http://", "<iframe"} {
		if strings.Contains(s, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
}

// TestHTMLModel draws every kind of block and inline span.
func TestHTMLModel(t *testing.T) {
	t.Parallel()
	d := &Document{Lang: "zh-Hant", Blocks: []Block{
		{Kind: KindHeading, Level: 1, Text: `標題 \<b>`},
		{Kind: KindHeading, Level: 2, Text: "One"},
		{Kind: KindParagraph, Text: "**Draft:** line one\\\nline two `abc` <https://example.org/x>"},
		{Kind: KindList, Items: []Item{{Text: "a", Items: []Item{{Text: "a.1"}}}, {Text: "b"}}},
		{Kind: KindTable, Header: []string{"h1", "h2"}, Rows: [][]string{{"1", "x \\| y"}}},
		{Kind: KindHeading, Level: 2, Text: "Two", NewPage: true},
		{Kind: KindRule, Text: "___"},
		{Kind: KindRule, Text: "---"},
	}}
	page := string(htmlOf(t, d, nil))
	for _, want := range []string{
		`<html lang="zh-Hant">`,
		"<title>標題 &lt;b&gt;</title>",
		"<h1>標題 &lt;b&gt;</h1>",
		"<h2>One</h2>",
		`<h2 class="new-page">Two</h2>`,
		"<p><strong>Draft:</strong> line one<br>\nline two <code>abc</code> <a href=\"https://example.org/x\">https://example.org/x</a></p>",
		"<ul>\n<li>a\n<ul>\n<li>a.1</li>\n</ul></li>\n<li>b</li>\n</ul>",
		"<thead><tr><th>h1</th><th>h2</th></tr></thead>",
		"<tr><td>1</td><td>x | y</td></tr>",
		`<hr class="write">`,
		"<hr>\n",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}
