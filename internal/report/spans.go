package report

import (
	"strconv"
	"strings"
)

// Span is a run of text of one look, read from the inline text of a Block.
type Span struct {
	Text   string // the text as a reader sees it; a hard line break is "\n"
	Strong bool   // strong emphasis (**…**)
	Em     bool   // emphasis (*…*)
	Code   bool   // a code span (`…`)
	Link   bool   // an autolink (<…>); Text is the address
}

// Spans reads inline Markdown as the report writes it: backslash escapes, hard line breaks,
// numeric character references, strong emphasis, emphasis, code spans and autolinks. Anything else is
// text, so that typed text comes back exactly as it was typed.
func Spans(s string) []Span {
	var out []Span
	var b strings.Builder
	strong, em := false, false
	flush := func() {
		if b.Len() > 0 {
			out = append(out, Span{Text: b.String(), Strong: strong, Em: em})
			b.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '\n':
			b.WriteByte('\n')
			i++
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i++
		case c == '&':
			r, n := charRef(s[i:])
			if n == 0 {
				b.WriteByte(c)
				continue
			}
			b.WriteRune(r)
			i += n - 1
		case c == '*' && strings.HasPrefix(s[i:], "**"):
			flush()
			strong = !strong
			i++
		case c == '*':
			flush()
			em = !em
		case c == '`':
			end := strings.IndexByte(s[i+1:], '`')
			if end < 0 {
				b.WriteByte(c)
				continue
			}
			flush()
			out = append(out, Span{Text: s[i+1 : i+1+end], Strong: strong, Em: em, Code: true})
			i += end + 1
		case c == '<':
			end := strings.IndexByte(s[i+1:], '>')
			if end < 0 || !strings.Contains(s[i+1:i+1+end], "://") {
				b.WriteByte(c)
				continue
			}
			flush()
			out = append(out, Span{Text: s[i+1 : i+1+end], Strong: strong, Em: em, Link: true})
			i += end + 1
		case c == '\n':
			b.WriteByte(' ') // a soft line break reads as a space
		default:
			b.WriteByte(c)
		}
	}
	flush()
	return out
}

// isASCIIPunct reports whether c is ASCII punctuation, which a backslash escapes.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// charRef reads a numeric character reference (&#92; or &#x5C;) at the start of s, and returns
// the character and the reference's length, or a length of 0.
func charRef(s string) (rune, int) {
	if !strings.HasPrefix(s, "&#") {
		return 0, 0
	}
	end := strings.IndexByte(s, ';')
	if end < 3 || end > 10 {
		return 0, 0
	}
	num, base := s[2:end], 10
	if num[0] == 'x' || num[0] == 'X' {
		num, base = num[1:], 16
	}
	n, err := strconv.ParseUint(num, base, 32)
	if err != nil || n == 0 || n > 0x10FFFF {
		return 0, 0
	}
	return rune(n), end + 1
}
