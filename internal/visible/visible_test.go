package visible

import (
	"bytes"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, 中文, é — ok", "plain text, 中文, é — ok"},
		{"tab\tand\nline", "tab\tand\nline"},
		{"\x1b[2J", "<U+001B>[2J"},
		{"\x1b]52;c;cHduZWQ=\a", "<U+001B>]52;c;cHduZWQ=<U+0007>"},
		{"\u009b31m", "<U+009B>31m"},
		{"raw \x9b31m", "raw \uFFFD31m"},
		{"del\x7f", "del<U+007F>"},
		{"cr\r", "cr<U+000D>"},
		{"Evil\u202egpj.exe", "Evil<U+202E>gpj.exe"},
		{"\u2066iso\u2069", "<U+2066>iso<U+2069>"},
		{"zero\u200bwidth\u200d\ufeff", "zero<U+200B>width<U+200D><U+FEFF>"},
		{"soft\u00adhyphen", "soft<U+00AD>hyphen"},
		{"tag\U000E0041", "tag<U+E0041>"},
		{"line\u2028sep", "line<U+2028>sep"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriter(t *testing.T) {
	var buf bytes.Buffer
	w := Writer(&buf)
	in := "warning: \x1b]0;title\a version\u202e\n"
	n, err := w.Write([]byte(in))
	if err != nil || n != len(in) {
		t.Fatalf("Write = %d, %v; want %d, nil", n, err, len(in))
	}
	if got, want := buf.String(), "warning: <U+001B>]0;title<U+0007> version<U+202E>\n"; got != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
}

func FuzzString(f *testing.F) {
	f.Add("\x1b[31m\u202e\u200b")
	f.Fuzz(func(t *testing.T, s string) {
		out := String(s)
		for _, r := range out {
			if Hidden(r) {
				t.Fatalf("String(%q) = %q keeps hidden %U", s, out, r)
			}
		}
		if String(out) != out {
			t.Fatalf("String is not idempotent on %q", s)
		}
	})
}
