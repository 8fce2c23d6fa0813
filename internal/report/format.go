package report

import (
	"math"
	"strconv"
	"strings"
)

// round rounds x to the given number of decimals, with halves away from zero.
func round(x float64, decimals int) float64 {
	p := math.Pow10(decimals)
	r := math.Round(x*p) / p
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}

// score1 formats a score 0..100 with one decimal, the way every score is shown.
func score1(x float64) string {
	return strconv.FormatFloat(round(x, 1), 'f', 1, 64)
}

// num formats a weight, a question score or a sum with at most two decimals and no trailing
// zeros: 3, 0.5, 0.67.
func num(x float64) string {
	return strconv.FormatFloat(round(x, 2), 'f', -1, 64)
}

// percent formats a share 0..1 as a percentage with one decimal.
func percent(x float64) string {
	return score1(x*100) + "%"
}

// Paragraphs escapes prose written in a questionnaire (a description, a recommendation): the
// paragraphs of s, split at blank lines, each with its lines joined by a space as Markdown
// would join them; a list item is a paragraph of its own (see Prose). Use Text instead for
// what a person typed in an interview, where a line break is meant.
func Paragraphs(s string) []string {
	var paras []string
	for _, b := range Prose(s) {
		if b.Items == nil {
			paras = append(paras, b.Para)
		}
		paras = append(paras, b.Items...)
	}
	return paras
}

// ProseBlock is a paragraph (Para) or a bullet list (Items) of prose written in a
// questionnaire, escaped.
type ProseBlock struct {
	Para  string
	Items []string
}

// Prose escapes prose written in a questionnaire (help, a description, a recommendation) into
// paragraphs and lists, so that the line breaks its author wrote survive: a blank line ends a
// paragraph; a line starting with "- ", "* " or "• " starts a list item (a numbered line, "1. "
// or "1) ", too, keeping its number), which the lines after it continue up to a blank line or
// the next item; other lines join with a space, as Markdown would join them.
func Prose(s string) []ProseBlock {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var out []ProseBlock
	var cur []string
	item := false // cur is a list item
	flush := func() {
		lines := Plain(strings.Join(cur, "\n"))
		cur = cur[:0]
		if len(lines) == 0 {
			return
		}
		text := join(lines, " ", false)
		switch {
		case !item:
			out = append(out, ProseBlock{Para: text})
		case len(out) > 0 && out[len(out)-1].Items != nil:
			out[len(out)-1].Items = append(out[len(out)-1].Items, text)
		default:
			out = append(out, ProseBlock{Items: []string{text}})
		}
	}
	for line := range strings.Lines(s) {
		if len(Plain(line)) == 0 {
			flush()
			item = false
			continue
		}
		if rest, ok := listItem(line); ok {
			flush()
			item = true
			line = rest
		} else if item && !startsIndented(line) {
			flush() // a line after an item that is not indented ends the list
			item = false
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// listItem reports whether a line of prose starts a list item, and returns its text: without
// the bullet, or with its number.
func listItem(line string) (string, bool) {
	t := strings.TrimLeft(line, " \t")
	for _, bullet := range []string{"- ", "* ", "• "} {
		if strings.HasPrefix(t, bullet) {
			return t[len(bullet):], true
		}
	}
	n := 0
	for n < len(t) && n < 3 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' ' {
		return t, true
	}
	return "", false
}

// startsIndented reports whether a line starts with a space or a tab: it continues a list item.
func startsIndented(line string) bool {
	return line != "" && (line[0] == ' ' || line[0] == '\t')
}

// trimHeadingEnd drops punctuation that would end a heading (markdownlint MD026) from text
// used in a heading.
func trimHeadingEnd(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ".,;:!。，；：！ ")
}
