package preview

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/report"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// update rewrites the golden files instead of comparing with them:
// go test ./internal/tui/preview -update
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// example is the answers file the goldens draw, in every language of its questionnaire.
const example = "../../../docs/examples/singapore-byok.answers.yaml"

// exampleBlocks returns the blocks of the example report in a language.
func exampleBlocks(t *testing.T, lang string) []report.Block {
	t.Helper()
	f, err := assessment.Load(example)
	if err != nil {
		t.Fatal(err)
	}
	qn, err := questionnaire.Find(f.Questionnaire.ID, lang)
	if err != nil {
		t.Fatal(err)
	}
	if qn.Language != lang {
		t.Fatalf("no %s questionnaire for %s", lang, f.Questionnaire.ID)
	}
	blocks, err := report.Blocks(scoring.Score(qn, f), report.Options{EvidenceDir: filepath.Dir(example)})
	if err != nil {
		t.Fatal(err)
	}
	return blocks
}

// TestGolden draws the example report in each language at 80 and 120 columns and compares the
// text (colours stripped) with the golden files.
func TestGolden(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		blocks := exampleBlocks(t, lang)
		for _, w := range []int{80, 120} {
			got := ansi.Strip(Render(blocks, Options{Width: w, Dark: true})) + "\n"
			path := filepath.Join("testdata", lang+"-"+strconv.Itoa(w)+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal([]byte(got), want) {
				t.Errorf("%s differs (run go test -update and read the diff)", path)
			}
		}
	}
}

// TestFitsAndKeepsWords draws the example in every language at many widths and checks that no
// line is wider than the screen and that every word of the report that fits on a line shows
// whole on one line.
func TestFitsAndKeepsWords(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		blocks := exampleBlocks(t, lang)
		want := wordsOf(blocks)
		for _, w := range []int{20, 33, 47, 60, 80, 101, 120, 160} {
			out := ansi.Strip(Render(blocks, Options{Width: w, Plain: true}))
			lines := strings.Split(out, "\n")
			for i, l := range lines {
				if lw := ansi.StringWidth(l); lw > w {
					t.Errorf("%s at %d: line %d is %d cells wide: %q", lang, w, i+1, lw, l)
				}
			}
			whole := func(word string) bool {
				return slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, word) })
			}
			for _, word := range want {
				if ansi.StringWidth(word) <= w-6 && !whole(word) {
					t.Errorf("%s at %d: the word %q is not whole on any line", lang, w, word)
				}
			}
		}
	}
}

// isSeparator reports whether r separates words in the checks: spaces and the marks the
// preview draws around text.
func isSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("│•◦▪▍·", r)
}

// wordsOf returns the Latin words of the blocks' text (no wide character in them), but for
// table headers, which a table too wide for the screen draws only in part.
func wordsOf(blocks []report.Block) []string {
	var text []string
	add := func(s string) {
		for _, sp := range report.Spans(s) {
			text = append(text, sp.Text)
		}
	}
	var items func([]report.Item)
	items = func(its []report.Item) {
		for _, it := range its {
			add(it.Text)
			items(it.Items)
		}
	}
	for _, b := range blocks {
		add(b.Text)
		items(b.Items)
		for _, row := range b.Rows {
			for _, c := range row {
				add(c)
			}
		}
	}
	var out []string
	for _, f := range strings.FieldsFunc(strings.Join(text, " "), isSeparator) {
		if ansi.StringWidth(f) == len([]rune(f)) {
			out = append(out, f)
		}
	}
	return out
}

// TestLooks checks the three looks: colours differ between a dark and a light background,
// NO_COLOR draws no colour at all but keeps bold, and the text is the same in all three.
func TestLooks(t *testing.T) {
	t.Parallel()
	blocks := exampleBlocks(t, "en")
	dark := Render(blocks, Options{Width: 80, Dark: true})
	light := Render(blocks, Options{Width: 80})
	plain := Render(blocks, Options{Width: 80, Plain: true})
	if dark == light {
		t.Error("dark and light backgrounds are drawn alike")
	}
	for name, s := range map[string]string{"dark": dark, "light": light} {
		if !strings.Contains(s, "38;2;") {
			t.Errorf("%s: no colour drawn", name)
		}
	}
	if strings.Contains(plain, "38;") || strings.Contains(plain, "48;") {
		t.Error("NO_COLOR: colours drawn")
	}
	if !strings.Contains(plain, "\x1b[1m") {
		t.Error("NO_COLOR: headings are not bold")
	}
	em := Render([]report.Block{{Kind: report.KindParagraph, Text: "*emphasis*"}}, Options{Width: 80, Plain: true})
	if !strings.Contains(em, "\x1b[3m") {
		t.Errorf("NO_COLOR: emphasis is not italic: %q", em)
	}
	if ansi.Strip(dark) != ansi.Strip(light) || ansi.Strip(dark) != ansi.Strip(plain) {
		t.Error("the text differs between looks")
	}
}

// TestTables checks the layouts of a table: whole lines when they fit, words kept whole when
// they must wrap, and a record per row when even the widest words do not fit.
func TestTables(t *testing.T) {
	t.Parallel()
	tbl := []report.Block{{Kind: report.KindTable, Header: []string{"Name", "Comment"},
		Rows: [][]string{{"Alpha", "a fairly long comment that must wrap somewhere"}, {"Beta", "short"}}}}
	tests := []struct {
		width int
		want  []string
	}{
		{80, []string{"│ Alpha │ a fairly long comment that must wrap somewhere │"}},
		{30, []string{"│ Alpha │ a fairly long      │", "│       │ comment that must  │"}},
		{20, []string{"Alpha", "  Comment: a fairly", "Beta", "  Comment: short"}},
	}
	for _, tt := range tests {
		got := strings.Split(ansi.Strip(Render(tbl, Options{Width: tt.width})), "\n")
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("at %d, no line %q in:\n%s", tt.width, w, strings.Join(got, "\n"))
			}
		}
	}
}

// TestWrap checks the line breaks: between words, between Chinese characters but never before
// closing punctuation, at hard breaks, and inside a word only when it is wider than the line.
func TestWrap(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		w    int
		want []string
	}{
		{"one two three", 7, []string{"one two", "three"}},
		{"one\\\ntwo", 20, []string{"one", "two"}},
		{"中文字句，再來", 6, []string{"中文字", "句，再", "來"}},
		{"中文字，再", 6, []string{"中文", "字，再"}},
		{"「引號」內容", 4, []string{"「引", "號」", "內容"}},
		{"supercalifragilistic", 8, []string{"supercal", "ifragili", "stic"}},
		{"see <https://x.example/a>", 30, []string{"see https://x.example/a"}},
		{"**bold**, *emphasis* and `code`", 40, []string{"bold, emphasis and code"}},
	}
	for _, tt := range tests {
		lines := (&drawer{st: newStyles(Options{Plain: true}), w: tt.w}).text(tt.in, tt.w, nil)
		for i := range lines {
			lines[i] = ansi.Strip(lines[i])
		}
		if !slices.Equal(lines, tt.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.w, lines, tt.want)
		}
	}
}
