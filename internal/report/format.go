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
// would join them. Use Text instead for what a person typed in an interview, where a line
// break is meant.
func Paragraphs(s string) []string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var paras []string
	var cur []string
	flush := func() {
		if lines := Plain(strings.Join(cur, "\n")); len(lines) > 0 {
			paras = append(paras, join(lines, " ", false))
		}
		cur = cur[:0]
	}
	for line := range strings.Lines(s) {
		if len(Plain(line)) == 0 {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return paras
}

// trimHeadingEnd drops punctuation that would end a heading (markdownlint MD026) from text
// used in a heading.
func trimHeadingEnd(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ".,;:!。，；：！ ")
}
