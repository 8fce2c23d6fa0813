package report

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// locale writes numbers and counts the way a language does, with golang.org/x/text: "58,8" and
// "1 declarada" in Portuguese, "58.8" and "1 stated" in English. The JSON keeps its own numbers.
type locale struct {
	tag     language.Tag
	printer *message.Printer
}

// newLocale returns the locale of a BCP 47 tag. Portuguese is Portugal's, as written in Macao.
func newLocale(tag string) locale {
	t := language.Make(tag)
	if base, _ := t.Base(); base.String() == "pt" {
		t = language.EuropeanPortuguese
	}
	return locale{tag: t, printer: message.NewPrinter(t)}
}

// score writes a score 0..100 with one decimal: 58.8, 58,8.
func (l locale) score(x float64) string {
	return l.printer.Sprint(number.Decimal(round(x, 1), number.Scale(1), number.NoSeparator()))
}

// num writes a weight, a question score or a sum with at most two decimals and no trailing
// zeros and no thousands separator: 3, 0.5, 0,67, 1527,56.
func (l locale) num(x float64) string {
	return l.printer.Sprint(number.Decimal(round(x, 2), number.MaxFractionDigits(2), number.NoSeparator()))
}

// percent writes a share 0..1 as a percentage with one decimal: 94.2%, 94,2%.
func (l locale) percent(x float64) string {
	return l.score(x*100) + "%"
}

// count writes a phrase with a count in the singular or the plural, as the language's plural
// rules choose for the count.
func (l locale) count(c counted, n int) string {
	form := c.many
	if plural.Cardinal.MatchPlural(l.tag, n, 0, 0, 0, 0) == plural.One {
		form = c.one
	}
	return l.printer.Sprintf(form, n)
}
