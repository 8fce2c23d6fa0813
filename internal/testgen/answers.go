package testgen

import (
	"fmt"
	"math/rand/v2"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// awkward are notes that exercise escaping in reports and quoting in answers files.
var awkward = []string{
	"plain note",
	"pipes | and *stars* and _underscores_",
	"line one\nline two",
	"<script>alert(1)</script> [x](https://example.org) ![y](z.png)",
	"yes",
	"# not a heading",
	"`code` > quote & amp",
}

// Answers returns a plausible, complete answers file for the questionnaire: every question
// answered with a value, some unknown, some N/A where allowed. The same seed gives the same file.
func Answers(qn *questionnaire.Questionnaire, seed int64) *assessment.File {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	f := assessment.NewFile(qn, assessment.Details{
		Vendor:       fmt.Sprintf("Vendor %d", seed),
		Product:      "Collaboration suite",
		Organisation: "Example Trading Ltd.",
		Assessor:     "A. Chan",
		Interviewees: []string{"IT manager", "vendor account manager"},
		Date:         "2026-11-28",
	})
	sources := []string{"", assessment.SourceStated, assessment.SourceDocumented, assessment.SourceVerified}
	for _, q := range qn.Questions() {
		a := &assessment.Answer{Source: sources[rng.IntN(len(sources))]}
		switch roll := rng.IntN(20); {
		case roll == 0 && q.Scored():
			a.Unknown = true
		case roll == 1 && q.AllowNA:
			a.NA = true
		default:
			fill(a, q, rng)
		}
		if rng.IntN(3) == 0 {
			a.Note = awkward[rng.IntN(len(awkward))]
			a.Evidence = []string{"contract annex " + q.ID}
		}
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
		for _, o := range q.Options {
			if rng.IntN(2) == 0 || len(a.Choices) == 0 && o.ID == q.Options[len(q.Options)-1].ID {
				a.Choices = append(a.Choices, o.ID)
			}
		}
	case questionnaire.KindDate:
		a.Date = fmt.Sprintf("20%02d-%02d-15", 25+rng.IntN(4), 1+rng.IntN(12))
	case questionnaire.KindText:
		a.Text = awkward[rng.IntN(len(awkward))]
	}
}
