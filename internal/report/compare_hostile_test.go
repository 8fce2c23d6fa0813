package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/yuin/goldmark/ast"
)

// hostileTexts are things a person might type (by mistake or not) that Markdown would read as
// syntax. Each must come out of a document as the same text, and change nothing else.
var hostileTexts = []string{
	"<script>alert(1)</script>",
	"[click me](javascript:alert(1))",
	"![pixel](https://evil.example/p.png)",
	"# not a heading",
	"| a | b |",
	"*stars* _under_ **bold** ~~strike~~",
	"`code` and ``more``",
	"https://evil.example/login",
	"www.evil.example",
	"1. not a list",
	"- not a bullet",
	"> not a quote",
	"&amp; &#60; &copy;",
	"mail@evil.example",
	"$x^2$ {#id} <!-- comment -->",
	"trailing backslash \\",
	"line one\n\n---\n===\n    indented code\nline two",
}

// allHostile is every hostile text in one value, one after the other on lines of their own.
var allHostile = strings.Join(hostileTexts, "\n")

// plainStandIn is what a benign document has where the hostile one has the text s: a word for
// each line of s, blank lines kept, and the marker of a line that makes a list item of
// questionnaire prose, so that both documents have the same Markdown structure when escaping
// works.
func plainStandIn(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = listMarker(l) + fmt.Sprintf("plain%d", i)
		}
	}
	return strings.Join(lines, "\n")
}

// shape lists the nodes of a Markdown document other than text, with their depth: two documents
// with the same shape differ only in their words.
func shape(md string) []string {
	doc, _ := parseGFM(md)
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindText, ast.KindString:
			return ast.WalkContinue, nil
		}
		depth := 0
		for p := n.Parent(); p != nil; p = p.Parent() {
			depth++
		}
		out = append(out, fmt.Sprintf("%s%s", strings.Repeat(" ", depth), n.Kind()))
		return ast.WalkContinue, nil
	})
	return out
}

// renderedText returns the text a reader sees in a Markdown document: the rendered text of
// every text node, with a line break at each line break and block.
func renderedText(md string) string {
	doc, src := parseGFM(md)
	var b strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock {
				b.WriteByte('\n')
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.WriteString(rendered(n.Value(src)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.WriteString(rendered(n.Value))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// assertTypedTextStaysText checks that the hostile document has the shape of the benign one
// and that every line of every hostile text can be read in it.
func assertTypedTextStaysText(t *testing.T, benign, hostile string) {
	t.Helper()
	bs, hs := shape(benign), shape(hostile)
	for i := 0; i < len(bs) || i < len(hs); i++ {
		var b, h string
		if i < len(bs) {
			b = bs[i]
		}
		if i < len(hs) {
			h = hs[i]
		}
		if b != h {
			t.Errorf("typed text changed the document's structure at node %d: %q with plain text, %q with hostile text\n%s",
				i, b, h, context(hostile, i))
			break
		}
	}
	text := renderedText(hostile)
	for _, s := range hostileTexts {
		for _, line := range Plain(s) {
			if !strings.Contains(text, line) {
				t.Errorf("the reader does not see %q", line)
			}
		}
	}
}

// context shows the hostile document's nodes around the i-th, for a failure message.
func context(md string, i int) string {
	s := shape(md)
	lo, hi := max(0, i-5), min(len(s), i+5)
	return strings.Join(s[lo:hi], "\n")
}

// hostileAnswers is an answers file for hostileQuestionnaire whose every typed field holds text
// (the vendor name followed by suffix, so that vendors stay apart). with picks the answers:
// "x" gives the option with no finding and a visible yes/no question, "y" the one with a
// critical finding.
func hostileAnswers(t *testing.T, text, suffix, with, date string) *assessment.File {
	t.Helper()
	src := fmt.Sprintf(`questionnaire: {id: hostile, version: 1.0.0, language: en}
assessment:
  vendor: %[1]s
  product: %[1]s
  organisation: %[1]s
  assessor: %[1]s
  interviewees: [%[1]s]
  date: %[3]s
answers:
  p1: {choice: a, note: %[1]s}
  q1: {choices: [%[2]s], note: %[1]s, evidence: [%[1]s, %[1]s], source: documented}
  q2: {choice: "yes", note: %[1]s}
  q3: {text: %[4]s}
  gone: {text: %[1]s, note: %[1]s}
`, strconv.Quote(text+suffix), with, date, strconv.Quote(text))
	f, err := assessment.Parse("hostile.answers.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestCompareAndDiffTypedTextStays renders a comparison and a diff of assessments whose
// questionnaire and answers hold Markdown syntax in every typed field, and checks that they
// have the structure of the same documents with plain words.
func TestCompareAndDiffTypedTextStaysText(t *testing.T) {
	t.Parallel()
	results := func(text string) []*scoring.Result {
		qn := hostileQuestionnaire(t, text, "https://example.org/ref")
		var rs []*scoring.Result
		for i, with := range []string{"x", "y", "x"} {
			f := hostileAnswers(t, text, fmt.Sprintf(" %c", 'A'+i), with, fmt.Sprintf("2026-11-2%d", i))
			rs = append(rs, scoring.Score(qn, f))
		}
		return rs
	}
	documents := []struct {
		name   string
		render func(*bytes.Buffer, []*scoring.Result) error
	}{
		{"compare", func(b *bytes.Buffer, rs []*scoring.Result) error { return Compare(b, rs) }},
		{"compare six", func(b *bytes.Buffer, rs []*scoring.Result) error { return Compare(b, append(rs, rs...)) }},
		{"diff", func(b *bytes.Buffer, rs []*scoring.Result) error { return Diff(b, rs[1], rs[0]) }},
	}
	dir := t.TempDir()
	var files []string
	for _, doc := range documents {
		t.Run(doc.name, func(t *testing.T) {
			var benign, hostile bytes.Buffer
			if err := doc.render(&benign, results(plainStandIn(allHostile))); err != nil {
				t.Fatal(err)
			}
			if err := doc.render(&hostile, results(allHostile)); err != nil {
				t.Fatal(err)
			}
			assertTypedTextStaysText(t, benign.String(), hostile.String())
			path := filepath.Join(dir, strings.ReplaceAll(doc.name, " ", "-")+".md")
			if err := os.WriteFile(path, hostile.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
		})
	}
	t.Run("markdownlint", func(t *testing.T) { lintMarkdown(t, files...) })
}
