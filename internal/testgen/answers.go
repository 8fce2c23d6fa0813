package testgen

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// awkward are texts that exercise quoting in answers files and escaping in reports: YAML words
// and numbers, Markdown and HTML, line breaks, padding, quotes, backslashes and other scripts.
var awkward = []string{
	"Per the vendor's sales call",
	"yes",
	"off",
	"null",
	"1.0",
	"2026-11-28",
	"- starts like a list item",
	"# not a heading",
	"pipes | in a *table* cell_with_underscores",
	"<script>alert(1)</script> [link](https://example.org) ![image](x.png)",
	"line one\nline two\n",
	"windows\r\nline end",
	"  padded with spaces  ",
	"tab\tseparated",
	`say "quoted" and 'single' and back\slash`,
	"key: value # comment",
	"釘釘 data centre in 杭州; café São Paulo",
	"`code` > quote & amp; &lt;",
}

// Answers returns a plausible, complete answers file for the questionnaire: every question
// answered with a value of its kind, about one in twenty unknown, N/A now and then where the
// question allows it, and notes, evidence, sources, names and times on about a third of them,
// with awkward text among them. The same questionnaire and seed always give the same file.
func Answers(qn *questionnaire.Questionnaire, seed int64) *assessment.File {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	f := assessment.NewFile(qn, assessment.Details{
		Vendor:       fmt.Sprintf("Vendor %d", seed),
		Product:      "Collaboration suite, " + pick(rng, awkward),
		Organisation: "Example Trading Ltd.",
		Assessor:     "A. Chan",
		Interviewees: []string{"IT manager", "vendor account manager", pick(rng, awkward)},
		Date:         "2026-11-28",
	})
	at := time.Date(2026, 11, 28, 9, 0, 0, 0, time.FixedZone("", 8*3600))
	sources := []string{"", assessment.SourceStated, assessment.SourceDocumented, assessment.SourceVerified}
	for _, q := range qn.Questions() {
		a := &assessment.Answer{Source: pick(rng, sources)}
		switch roll := rng.IntN(20); {
		case roll == 0 && !q.IsProfile():
			a.Unknown = true
		case roll <= 2 && q.AllowNA:
			a.NA = true
		default:
			fill(a, q, rng)
		}
		if rng.IntN(3) == 0 {
			a.Note = pick(rng, awkward)
			a.Evidence = []string{"Contract annex for " + q.ID, pick(rng, awkward)}
			a.By = pick(rng, []string{"IT manager", "vendor account manager", "legal counsel"})
		}
		at = at.Add(time.Duration(30+rng.IntN(300)) * time.Second)
		a.At = at.Format(time.RFC3339)
		f.Answers[q.ID] = a
	}
	return f
}

// fill gives the answer a value of the question's kind.
func fill(a *assessment.Answer, q *questionnaire.Question, rng *rand.Rand) {
	switch q.Kind {
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		a.Choice = q.Options[rng.IntN(len(q.Options))].ID
	case questionnaire.KindMulti:
		// An exclusive option ("none of these") is ticked only alone.
		for _, o := range q.Options {
			if !o.Exclusive && rng.IntN(2) == 0 {
				a.Choices = append(a.Choices, o.ID)
			}
		}
		if len(a.Choices) == 0 {
			a.Choices = []string{q.Options[rng.IntN(len(q.Options))].ID}
		}
		if id := q.ExclusiveConflict(a.Choices); id != "" {
			a.Choices = []string{id} // "none of these" is ticked alone
		}
	case questionnaire.KindDate:
		// From a year before the assessment date to two years after: some expired, some
		// within 90 days, most later.
		a.Date = time.Date(2025, 11, 28, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(3*365)).Format(time.DateOnly)
	case questionnaire.KindText:
		a.Text = pick(rng, awkward)
	}
}

// pick returns one of the items at random.
func pick[T any](rng *rand.Rand, items []T) T {
	return items[rng.IntN(len(items))]
}
