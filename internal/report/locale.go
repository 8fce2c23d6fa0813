package report

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// locale writes numbers and counts the way a language does, by golang.org/x/text: "58,8" and
// "1 declarada" in Portuguese, "58.8" and "1 stated" in English. The JSON keeps its own numbers.
type locale struct {
	tag language.Tag
	// decimal is the language's decimal separator, as golang.org/x/text writes it. Numbers are
	// written with strconv and given this separator: the documents print thousands of them,
	// and x/text's formatter allocates several times more for each.
	decimal string
}

// newLocale returns the locale of a BCP 47 tag. Portuguese is Portugal's, as written in Macao.
func newLocale(tag string) locale {
	t := language.Make(tag)
	if base, _ := t.Base(); base.String() == "pt" {
		t = language.EuropeanPortuguese
	}
	s := message.NewPrinter(t).Sprint(number.Decimal(1.5, number.Scale(1), number.NoSeparator()))
	return locale{tag: t, decimal: strings.TrimSuffix(strings.TrimPrefix(s, "1"), "5")}
}

// Score writes a score or a percentage 0..100 with one decimal in the way of a language tag
// (58.8 in English, 58,8 in Portuguese), as the documents write it, for the interview's summary.
func Score(tag string, x float64) string {
	return newLocale(tag).score(x)
}

// Count writes a phrase with a count, one in the singular and many in the plural (each with
// one %d), in the form the plural rules of a language tag choose for n, as the documents count:
// "1 respondida", "0 respondidas". For the interview's summary.
func Count(tag, one, many string, n int) string {
	return newLocale(tag).count(counted{one: one, many: many}, n)
}

// score writes a score 0..100 with one decimal: 58.8, 58,8.
func (l locale) score(x float64) string {
	return l.decimals(strconv.FormatFloat(round(x, 1), 'f', 1, 64))
}

// num writes a weight, a question score or a sum with at most two decimals, no trailing zeros
// and no thousands separator: 3, 0.5, 0,67, 1527,56.
func (l locale) num(x float64) string {
	return l.decimals(strconv.FormatFloat(round(x, 2), 'f', -1, 64))
}

// percent writes a share 0..1 as a percentage with one decimal: 94.2%, 94,2%.
func (l locale) percent(x float64) string {
	return l.score(x*100) + "%"
}

// decimals gives a number written with '.' as its decimal point, such as "+1.5", the
// language's decimal separator.
func (l locale) decimals(s string) string {
	if l.decimal == "." {
		return s
	}
	return strings.Replace(s, ".", l.decimal, 1)
}

// count writes a phrase with a count in the singular or the plural, as the language's plural
// rules choose for the count. The count is written with fmt, with no thousands separator, like
// every other integer of the documents.
func (l locale) count(c counted, n int) string {
	return fmt.Sprintf(l.form(c, n), n)
}

// form returns the singular or the plural of a phrase, as the language's plural rules choose
// for the count n.
func (l locale) form(c counted, n int) string {
	if plural.Cardinal.MatchPlural(l.tag, n, 0, 0, 0, 0) == plural.One {
		return c.one
	}
	return c.many
}
