// Package visible shows untrusted text on a terminal as text: every character that a terminal
// would act on or that a reader could not see (control characters, which start escape
// sequences; bidirectional overrides and isolates, which reorder what is shown; zero-width and
// other format characters, which hide text) is written as a visible code such as <U+001B>.
//
// Everything the program prints about a file (its name, its content in warnings and errors, a
// questionnaire's text in the line-by-line interview) goes through String or Writer, so that no
// file can set the terminal's title, clear it, write to its clipboard (OSC 52) or disguise text.
package visible

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hidden reports whether r is shown as a code: a control character (C0, DEL or C1) other than
// tab and line feed, a format character (Unicode category Cf: bidirectional controls, zero-width
// spaces and joiners, the byte order mark, tag characters, the soft hyphen), or a line or
// paragraph separator.
func Hidden(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r < 0x80:
		return false
	}
	return r < 0xa0 || r == 0xad || r >= 0x600 && (unicode.Is(unicode.Cf, r) || r == 0x2028 || r == 0x2029)
}

// Code is how a hidden character is shown: <U+202E>.
func Code(r rune) string { return fmt.Sprintf("<U+%04X>", r) }

// String returns s with every hidden character written as its Code and invalid UTF-8 as U+FFFD.
// Tabs and line feeds are kept. It returns s itself when there is nothing to change.
func String(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if Hidden(r) {
			b.WriteString(Code(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// clean reports whether String would return s unchanged.
func clean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || Hidden(r) {
			return false
		}
		i += size
	}
	return true
}

// Writer returns a writer that passes what is written to w through String. Each Write is
// converted on its own, so a character must not be split across writes (fmt's functions write
// once per call). It reports len(p) written when w took everything.
func Writer(w io.Writer) io.Writer { return writer{w} }

type writer struct{ w io.Writer }

func (v writer) Write(p []byte) (int, error) {
	s := string(p)
	if clean(s) {
		return v.w.Write(p)
	}
	if _, err := io.WriteString(v.w, String(s)); err != nil {
		return 0, err
	}
	return len(p), nil
}
