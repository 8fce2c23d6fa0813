package report

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSpans reads the inline text the report writes.
func TestSpans(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []Span
	}{
		{"plain text", []Span{{Text: "plain text"}}},
		{`a \| b \*c\*`, []Span{{Text: "a | b *c*"}}},
		{"one\\\ntwo", []Span{{Text: "one\ntwo"}}},
		{"back&#92;\\\nslash", []Span{{Text: "back\\\nslash"}}},
		{"&#x5C; &amp; &#0; &#", []Span{{Text: "\\ &amp; &#0; &#"}}},
		{"**Strong:** rest", []Span{{Text: "Strong:", Strong: true}, {Text: " rest"}}},
		{"run `vendorcheck interview` now", []Span{{Text: "run "}, {Text: "vendorcheck interview", Code: true}, {Text: " now"}}},
		{"see <https://www.gpdp.gov.mo/>.", []Span{{Text: "see "}, {Text: "https://www.gpdp.gov.mo/", Link: true}, {Text: "."}}},
		{"a < b and `open", []Span{{Text: "a < b and `open"}}},
		{"中文，\\*標記\\*", []Span{{Text: "中文，*標記*"}}},
		{"is *Yes*, **not *No***", []Span{{Text: "is "}, {Text: "Yes", Em: true}, {Text: ", "}, {Text: "not ", Strong: true},
			{Text: "No", Strong: true, Em: true}}},
	}
	for _, tt := range tests {
		if got := Spans(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Spans(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}

// spansText joins the texts of the spans.
func spansText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// checkSpans checks that typed text, escaped for each place of a document, reads back as the
// text a reader sees: its normalised lines, joined as that place joins them.
func checkSpans(t *testing.T, s string) {
	lines := Plain(s)
	for _, c := range []struct {
		escaped, sep string
	}{{Text(s), "\n"}, {Cell(s), CellSeparator}, {Heading(s), " "}} {
		spans := Spans(c.escaped)
		if got, want := spansText(spans), strings.Join(lines, c.sep); got != want {
			t.Fatalf("escaped %q reads back as %q, want %q", c.escaped, got, want)
		}
		for _, sp := range spans {
			if sp.Strong || sp.Em || sp.Code || sp.Link {
				t.Fatalf("typed text %q became markup: %#v", s, sp)
			}
		}
	}
}

// TestSpansRoundTrip checks every hostile text through escaping and back.
func TestSpansRoundTrip(t *testing.T) {
	t.Parallel()
	for _, s := range hostile {
		checkSpans(t, s)
	}
}

// FuzzSpans checks that any typed text comes back from escaping as plain text, never as markup.
func FuzzSpans(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(checkSpans)
}

// TestBlocks checks that the blocks of a report hold its structure: the title, the tables and
// the nested lists of evidence, three levels deep in the answers not in this version.
func TestBlocks(t *testing.T) {
	t.Parallel()
	r, _ := scoreCase(t, "../../docs/examples/questionnaire-minimal.yaml", "minimal.answers.yaml")
	blocks, err := Blocks(r, Options{EvidenceDir: filepath.Join("testdata", "report")})
	if err != nil {
		t.Fatal(err)
	}
	if b := blocks[0]; b.Kind != KindHeading || b.Level != 1 || !strings.Contains(b.Text, "Example") {
		t.Errorf("first block = %#v, want the title", b)
	}
	kinds := map[Kind]int{}
	depth := 0
	var walk func(items []Item, d int)
	walk = func(items []Item, d int) {
		depth = max(depth, d)
		for _, it := range items {
			if strings.HasPrefix(it.Text, "- ") || strings.Contains(it.Text, "\n- ") {
				t.Errorf("item %q holds a list marker", it.Text)
			}
			walk(it.Items, d+1)
		}
	}
	for _, b := range blocks {
		kinds[b.Kind]++
		walk(b.Items, 0)
		for _, row := range b.Rows {
			if len(row) != len(b.Header) {
				t.Errorf("row %q has %d cells, the header %d", row, len(row), len(b.Header))
			}
		}
	}
	// The tables: the action plan, the details, the section scores, the arithmetic of the
	// score, the questionnaire and the sign-off.
	if kinds[KindTable] != 6 || kinds[KindList] == 0 || kinds[KindParagraph] == 0 {
		t.Errorf("block kinds = %v, want six tables, lists and paragraphs", kinds)
	}
	if depth != 2 {
		t.Errorf("lists nest %d levels below the top, want 2 (evidence of an answer not in this version)", depth)
	}
}

// TestBlocksNoResult checks that there is nothing to draw without a result.
func TestBlocksNoResult(t *testing.T) {
	t.Parallel()
	if _, err := Blocks(nil, Options{}); err == nil {
		t.Error("Blocks(nil) succeeded")
	}
}

// TestBlocksMatchMarkdown checks that the blocks hold the whole report: written back as
// Markdown, they give the report's bytes.
func TestBlocksMatchMarkdown(t *testing.T) {
	t.Parallel()
	for _, tc := range reportCases {
		r, _ := scoreCase(t, tc.questionnaire, tc.answers)
		opt := Options{EvidenceDir: filepath.Join("testdata", "report")}
		blocks, err := Blocks(r, opt)
		if err != nil {
			t.Fatal(err)
		}
		var md, back bytes.Buffer
		if err := Markdown(&md, r, opt); err != nil {
			t.Fatal(err)
		}
		d := doc{blocks: blocks}
		if err := d.writeTo(&back); err != nil {
			t.Fatal(err)
		}
		if md.String() != back.String() {
			t.Errorf("%s: the blocks written back differ from the report:\n%s", tc.name, firstDifference(md.String(), back.String()))
		}
	}
}
