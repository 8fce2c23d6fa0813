package preview

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

// FuzzWrap wraps typed text, escaped as the report escapes it, and checks that no line is
// wider than the width (but for a single character wider than it) and that the lines hold the
// text's characters in order, none lost or added but spaces.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{
		"one two three", "中文字句，再來「引號」內容。", "supercalifragilisticexpialidocious",
		"a\nb\r\nc", "**not bold** `no code` <https://x.example>", "tab\there", "e\u0301 combining",
		"emoji 👩‍👩‍👧 family", "Ａ全角", "", "   ", "a|b\\c&#92;",
	} {
		f.Add(s, uint8(10))
	}
	f.Fuzz(func(t *testing.T, s string, w uint8) {
		width := int(w%120) + 1
		d := &drawer{st: newStyles(Options{Plain: true}), w: width}
		lines := d.text(report.Text(s), width, nil)
		var got strings.Builder
		for _, l := range lines {
			l = ansi.Strip(l)
			if lw := ansi.StringWidth(l); lw > width && ansi.StringWidth(strings.TrimSpace(l)) > 2 {
				t.Fatalf("width %d: line %q is %d cells wide", width, l, lw)
			}
			got.WriteString(l)
		}
		want := strings.Join(report.Plain(s), "")
		if strip(got.String()) != strip(want) {
			t.Fatalf("width %d: lines %q hold %q, want %q", width, lines, strip(got.String()), strip(want))
		}
	})
}

// strip removes the spaces of s.
func strip(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
}
