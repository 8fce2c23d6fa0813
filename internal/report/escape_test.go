package report

import (
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/visible"
)

// hostile holds typed text that would be Markdown syntax if it were written out as it is.
var hostile = []string{
	"a | b | c",
	"line one\nline two\r\nline three\rline four",
	"# heading",
	"  ## indented heading",
	"title #",
	"<script>alert(1)</script>",
	"<!-- comment -->",
	"[x](https://evil.example)",
	"![x](https://evil.example/x.png)",
	"[x][1]\n\n[1]: https://evil.example",
	"`code` and ``more``",
	"```\nfenced\n```",
	"*emphasis* and **strong** and _under_ and __score__",
	"snake_case_name and 2*3*4",
	"> quoted",
	"https://evil.example",
	"see http://evil.example/path?q=1.",
	"HTTPS://EVIL.EXAMPLE",
	"ftp://evil.example/file",
	"www.evil.example",
	"(www.evil.example)",
	"WWW.Evil.Example",
	"mail a.chan@evil.example today",
	"mailto:a@evil.example",
	"<https://evil.example>",
	"&amp; &lt;b&gt; &#60; &#x3C; &copy",
	"R&D & co",
	"- item\n+ item\n* item\n1. item\n2) item",
	"intro\n- a list that interrupts\n10. ten",
	"Setext\n===",
	"Setext\n---",
	"---",
	"***",
	"_ _ _",
	"    indented code",
	"\tTabbed\ttext\t",
	"- [ ] task\n- [x] done",
	"~~struck~~ and ~single~",
	"back\\slash\\",
	"trailing backslash \\\nnext",
	"two trailing spaces  \nnext",
	"$x^2$ and $$y$$",
	"{#id .class}",
	"term\n: definition",
	"a\x00b\x1b[31mred\x1b[0m\x7f\u0085",
	"bad \xff\xfe utf-8",
	"\n\n  \n",
	"",
	"| a | b |\n| --- | --- |\n| c | d |",
	"a \\| b",
	"a\\\\|b",
	"<div>\nblock\n</div>",
	"1986. A great year",
	"12345678901) big",
	"+",
	"-",
	"[^1]\n\n[^1]: footnote",
	"Ünïcödé — 澳門 “quotes” ‘single’",
	"\u00a0# nbsp heading",
	"a\u2028b",
	"===\n###\n>>>",
}

// TestPlain checks the normalisation that every helper applies first.
func TestPlain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  \n\t\n", nil},
		{"one", []string{"one"}},
		{"  one  \n\n  two\t", []string{"one", "two"}},
		{"a\r\nb\rc", []string{"a", "b", "c"}},
		{"a\x00b\x1bc\u0085", []string{"a\uFFFDb\uFFFDc\uFFFD"}},
		{"a\tb", []string{"a b"}},
		{"bad\xffbyte", []string{"bad\uFFFDbyte"}},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEscapeExamples pins the escaped form of a few values, so that a change in readability is
// seen in review.
func TestEscapeExamples(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
		escape         func(string) string
	}{
		{"text plain", "Example Trading Ltd.", "Example Trading Ltd.", Text},
		{"text date", "2026-11-28", "2026-11-28", Text},
		{"text lines", "one\ntwo", "one\\\ntwo", Text},
		{"text list", "- a", "\\- a", Text},
		{"text ordered", "1. a", "1\\. a", Text},
		{"text url", "https://x.example", "https\\://x.example", Text},
		{"text www", "www.x.example", "www\\.x.example", Text},
		{"text email", "a@x.example", "a\\@x.example", Text},
		{"text entity", "&amp; & b", "\\&amp; & b", Text},
		{"text html", "<b>", "\\<b>", Text},
		{"text link", "[x](y)", "\\[x\\](y)", Text},
		{"cell pipe", "a | b", "a \\| b", Cell},
		{"cell lines", "one\ntwo", "one / two", Cell},
		{"heading hash", "C# #1", "C\\# \\#1", Heading},
		{"heading lines", "one\ntwo", "one two", Heading},
	}
	for _, tt := range tests {
		if got := tt.escape(tt.in); got != tt.want {
			t.Errorf("%s: escaped %q = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// checkEscape checks the escaping property for s: in a paragraph, in a list item, in a table
// cell, in a heading and as prose paragraphs, goldmark (GFM) sees exactly the plain text of s and nothing else.
func checkEscape(t *testing.T, s string) {
	t.Helper()
	lines := Plain(s)
	if got, err := paragraphText(Text(s)); err != nil {
		t.Errorf("paragraph of %q: %v\nMarkdown:\n%s", s, err, Text(s))
	} else if want := strings.Join(lines, "\n"); got != want {
		t.Errorf("paragraph of %q reads %q, want %q\nMarkdown:\n%s", s, got, want, Text(s))
	}

	item := "- Note: " + indentLines(Text(s), "  ")
	if got, err := listItemText(item); err != nil {
		t.Errorf("list item of %q: %v\nMarkdown:\n%s", s, err, item)
	} else if want := strings.TrimSuffix("Note: "+strings.Join(lines, "\n"), " "); got != want {
		t.Errorf("list item of %q reads %q, want %q\nMarkdown:\n%s", s, got, want, item)
	}

	table := "| a | b |\n| --- | --- |\n| " + Cell(s) + " | end |\n"
	if rows, err := cellTexts(table); err != nil {
		t.Errorf("cell of %q: %v\nMarkdown:\n%s", s, err, table)
	} else if want := strings.Join(lines, CellSeparator); len(rows) != 2 || rows[1][0] != want || rows[1][1] != "end" {
		t.Errorf("cell of %q reads %q, want [%q end]\nMarkdown:\n%s", s, rows, want, table)
	}

	// As questionnaire prose: paragraphs and list items read the lines of s, without the
	// bullets of the lines that start list items.
	var stripped strings.Builder
	for line := range strings.Lines(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")) {
		if rest, ok := listItem(line); ok {
			line = rest
		}
		stripped.WriteString(line)
	}
	var read []string
	for _, b := range Prose(s) {
		if b.Items == nil {
			got, err := paragraphText(b.Para)
			if err != nil {
				t.Errorf("prose paragraph of %q: %v\nMarkdown:\n%s", s, err, b.Para)
			}
			read = append(read, strings.ReplaceAll(got, "\n", " "))
		}
		for _, it := range b.Items {
			got, err := listItemText("- " + it)
			if err != nil {
				t.Errorf("prose list item of %q: %v\nMarkdown:\n- %s", s, err, it)
			}
			read = append(read, strings.ReplaceAll(got, "\n", " "))
		}
	}
	if want := strings.Join(Plain(stripped.String()), " "); strings.Join(read, " ") != want {
		t.Errorf("prose of %q reads %q, want %q", s, read, want)
	}

	heading := "## " + Heading(s) + " #"
	if got, err := headingText(heading); err != nil {
		t.Errorf("heading of %q: %v\nMarkdown:\n%s", s, err, heading)
	} else if want := strings.Join(lines, " "); got != want {
		t.Errorf("heading of %q reads %q, want %q\nMarkdown:\n%s", s, got, want, heading)
	}
}

// TestEscapeHostile checks the escaping property on text written to break Markdown.
func TestEscapeHostile(t *testing.T) {
	t.Parallel()
	for _, s := range hostile {
		checkEscape(t, s)
	}
}

// FuzzEscape checks the escaping property on any text.
func FuzzEscape(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(checkEscape)
}

// TestMayHide checks that plainLine's fast path decodes every character it must: each hidden
// character above U+007F starts with a byte marked in mayHide.
func TestMayHide(t *testing.T) {
	for r := rune(0x80); r <= 0x10ffff; r++ {
		if visible.Hidden(r) && !mayHide[string(r)[0]] {
			t.Errorf("%U is hidden and starts with byte %#x, which mayHide misses", r, string(r)[0])
		}
	}
}

// TestHiddenShown checks that bidi overrides and zero-width characters in typed text are shown
// as codes, in every escaping helper.
func TestHiddenShown(t *testing.T) {
	in := "Evil\u202egpj.exe\u200b \u2066x\u2069\ufeff"
	want := `Evil\<U+202E>gpj.exe\<U+200B> \<U+2066>x\<U+2069>\<U+FEFF>`
	for name, got := range map[string]string{"Text": Text(in), "Cell": Cell(in), "Heading": Heading(in)} {
		if got != want {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, want)
		}
	}
}
