package report

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/vendorcheck/vendorcheck/internal/visible"
)

// The escaping helpers turn text that a person typed (in an answers file or in a user's own
// questionnaire) into Markdown that renders as exactly that text: never a link, an image, raw
// HTML, emphasis, a code span, a heading, a list, a quote or an extra table cell.
//
// Every helper first normalises the text the same way (see Plain): invalid UTF-8 and control
// characters become U+FFFD, characters a reader could not see (bidirectional overrides,
// zero-width and other format characters) are shown as a code such as <U+202E>, tabs become spaces, each line is trimmed of spaces and blank lines
// are dropped (Markdown would strip or split on them anyway). The lines are then escaped and
// joined: by a hard line break in Text, by " / " in Cell, by a space in Heading.

// CellSeparator joins the lines of a multi-line value inside a table cell, where a line break
// would end the row.
const CellSeparator = " / "

// Text escapes s for a paragraph or a list item. Each line of s stays a line of its own, ended
// by a hard line break (a backslash at the end of the line), so a multi-line note reads the same
// as plain text and rendered. Inside a list item, indent the lines after the first (see
// indentLines). It returns "" when s holds no visible text.
func Text(s string) string {
	return escape(s, hardBreak, false)
}

// Cell escapes s for a cell of a GFM table: pipes are escaped and the lines of s are joined by
// CellSeparator. It returns "" when s holds no visible text.
func Cell(s string) string {
	return escape(s, CellSeparator, false)
}

// Heading escapes s for the text of an ATX heading: the lines are joined by a space and every
// '#' is escaped, so none can close the heading early.
func Heading(s string) string {
	return escape(s, " ", true)
}

// escape normalises s, escapes its lines and joins them with sep. Most texts of a report (the
// prompts and labels of the questionnaire, most answers) are one line with nothing to escape:
// they are returned as they are, with no allocation.
func escape(s, sep string, heading bool) string {
	if line, ok := plainLine(s); ok && !needsEscape(line, heading) {
		return line
	}
	return join(Plain(s), sep, heading)
}

// Plain returns the lines of s as Markdown shows them once escaped: invalid UTF-8 and control
// characters (other than tab and line breaks) replaced by U+FFFD, format characters (bidi
// overrides, zero-width spaces and joiners, see visible.Hidden) and line separators written as
// visible codes, tabs turned into spaces, CRLF
// and CR read as line breaks, each line trimmed of spaces, and blank lines dropped.
func Plain(s string) []string {
	if line, ok := plainLine(s); ok {
		if line == "" {
			return nil
		}
		return []string{line}
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			b.WriteRune(utf8.RuneError)
		case visible.Hidden(r):
			b.WriteString(visible.Code(r))
		default:
			b.WriteRune(r)
		}
	}
	var lines []string
	for line := range strings.SplitSeq(b.String(), "\n") {
		if line = strings.Trim(line, " "); line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

// plainLine is the fast path of Plain for the common case: one line of valid UTF-8 without
// control characters (no tab, no line break, no C0 or C1 control) or hidden format characters,
// which only needs trimming. Reports render every prompt and label of the questionnaire, much of
// it not ASCII (dashes, Chinese), so this path must not stop at the first non-ASCII byte: it
// decodes only the characters whose first byte a hidden character may have.
func plainLine(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			return "", false
		}
		if mayHide[c] {
			if r, _ := utf8.DecodeRuneInString(s[i:]); visible.Hidden(r) {
				return "", false
			}
		}
	}
	if !utf8.ValidString(s) {
		return "", false
	}
	return strings.Trim(s, " "), true
}

// mayHide marks the first bytes of the UTF-8 encodings of the characters visible.Hidden holds
// above U+007F: C1 controls and the soft hyphen (0xC2), the Arabic and Syriac format characters
// (0xD8, 0xDB, 0xDC), U+0890..U+08E2 (0xE0), U+180E (0xE1), the zero-width, bidi and separator
// characters of U+2000..U+206F (0xE2), U+FEFF and U+FFF9..U+FFFB (0xEF), and the format
// characters above U+FFFF (0xF0, 0xF3).
var mayHide = func() (set [256]bool) {
	for _, c := range []byte{0xc2, 0xd8, 0xdb, 0xdc, 0xe0, 0xe1, 0xe2, 0xef, 0xf0, 0xf3} {
		set[c] = true
	}
	return set
}()

// hardBreak ends a line of Text: a backslash at the end of a line.
const hardBreak = "\\\n"

// join escapes each line and joins them with sep.
func join(lines []string, sep string, heading bool) string {
	if len(lines) == 1 && !needsEscape(lines[0], heading) {
		return lines[0]
	}
	var b strings.Builder
	n := len(sep) * len(lines)
	for _, line := range lines {
		n += len(line) + len(line)/8 // room for a few backslashes
	}
	b.Grow(n)
	for i, line := range lines {
		if i > 0 {
			b.WriteString(sep)
		}
		if sep == hardBreak && i < len(lines)-1 && strings.HasSuffix(line, "\\") {
			// An escaped backslash right before the hard break reads as "\\\" to goldmark,
			// which then misses the break: write the last backslash as a character reference.
			escapeLine(&b, strings.TrimSuffix(line, "\\"), heading)
			b.WriteString("&#92;")
			continue
		}
		escapeLine(&b, line, heading)
	}
	return b.String()
}

// alwaysEscaped lists the ASCII punctuation escaped wherever it appears: each can open or close
// inline syntax in CommonMark, GFM or a common dialect (pandoc, GitHub math):
// escapes, code spans, emphasis, links and images, autolinks and raw HTML, table cells,
// strikethrough, attributes, math, superscript and e-mail autolinks.
const alwaysEscaped = "\\`*_[]<|~{}$^@"

// lineStartEscaped lists the characters escaped when they open a line, where they could start a
// block: a heading, a quote, a setext underline, a pandoc definition or fenced div.
const lineStartEscaped = "#>=:"

// markerEscaped lists the characters escaped when they open a line and are followed by a space
// or end the line: list markers and thematic breaks. "+853" and "-5%" stay as they are.
const markerEscaped = "-+"

// escapeLine writes one normalised line, escaped, to b: the runs between escaped bytes are
// written whole.
func escapeLine(b *strings.Builder, line string, heading bool) {
	start := 0 // line[start:i] is still to be written
	for i := range escapes(line, heading) {
		b.WriteString(line[start:i])
		b.WriteByte('\\')
		start = i
	}
	b.WriteString(line[start:])
}

// needsEscape reports whether escapeLine would change the line.
func needsEscape(line string, heading bool) bool {
	for range escapes(line, heading) {
		return true
	}
	return false
}

// escapes yields, in order, the index of each byte of line that takes a backslash before it.
func escapes(line string, heading bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		digits := 0 // the length of the run of digits that opens the line, while it lasts
		for i := 0; i < len(line); i++ {
			if escapeAt(line, i, digits, heading) && !yield(i) {
				return
			}
			if digits == i && line[i] >= '0' && line[i] <= '9' {
				digits++
			}
		}
	}
}

// escapeAt reports whether byte i of line takes a backslash before it. digits is the length of
// the run of digits that opens the line, counted up to i.
func escapeAt(line string, i, digits int, heading bool) bool {
	c := line[i]
	if i > 0 && !mayEscape[c] {
		return false // one lookup for most bytes of a line: letters, digits, spaces
	}
	switch {
	case escapedEverywhere[c],
		i == 0 && strings.IndexByte(lineStartEscaped, c) >= 0,
		i == 0 && strings.IndexByte(markerEscaped, c) >= 0 && markerEnd(line[1:]),
		heading && c == '#',
		c == '&' && entityFollows(line[i+1:]),
		c == ':' && strings.HasPrefix(line[i+1:], "/"),
		c == '.' && i >= 3 && strings.EqualFold(line[i-3:i], "www"),
		(c == '.' || c == ')') && digits == i && i > 0 && markerEnd(line[i+1:]):
		return true
	}
	return false
}

// escapedEverywhere marks the bytes of alwaysEscaped, for a lookup per byte.
var escapedEverywhere = func() (set [256]bool) {
	for i := 0; i < len(alwaysEscaped); i++ {
		set[alwaysEscaped[i]] = true
	}
	return set
}()

// mayEscape marks the bytes that escapeAt may escape past the start of a line: those of
// alwaysEscaped, and those escaped depending on what surrounds them.
var mayEscape = func() (set [256]bool) {
	set = escapedEverywhere
	for _, c := range []byte("#&:.)") {
		set[c] = true
	}
	return set
}()

// markerEnd reports whether rest, the text after a list marker, lets it be one: a space, or
// nothing. A '-' also makes a thematic break or a setext underline with more of them.
func markerEnd(rest string) bool {
	return rest == "" || rest[0] == ' ' || rest[0] == '-'
}

// entityFollows reports whether the text after an '&' could make it an entity or a numeric
// character reference.
func entityFollows(rest string) bool {
	if rest == "" {
		return false
	}
	c := rest[0]
	return c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// indentLines indents every line of s after the first by prefix, so that a multi-line value
// stays inside its list item.
func indentLines(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}
