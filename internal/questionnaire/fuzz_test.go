package questionnaire_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// FuzzParse feeds arbitrary bytes to Parse: it must never panic, every failure must be a
// Problems list naming the file, and every success must be a questionnaire that holds together.
// The seed corpus under testdata/fuzz/FuzzParse holds real files, valid and broken.
func FuzzParse(f *testing.F) {
	f.Add([]byte("id: x\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add(testgen.Questionnaire(9))
	f.Fuzz(func(t *testing.T, data []byte) {
		qn, err := questionnaire.Parse("fuzz.yaml", data)
		if err != nil {
			var probs questionnaire.Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("error %T %v is not a Problems list", err, err)
			}
			if n := strings.Count(err.Error(), "\n") + 1; n < len(probs) {
				t.Fatalf("%d problems printed on %d lines", len(probs), n)
			}
			for _, p := range probs {
				if p.File != "fuzz.yaml" || p.Msg == "" {
					t.Fatalf("problem %+v lacks a file or a message", p)
				}
			}
			return
		}
		checkInvariants(t, qn)
	})
}

// checkInvariants checks what every loaded questionnaire promises its consumers.
func checkInvariants(t *testing.T, qn *questionnaire.Questionnaire) {
	t.Helper()
	if qn.ScoredCount() == 0 {
		t.Fatal("loaded a questionnaire with nothing to score")
	}
	rs := qn.Scoring.Ratings
	if len(rs) == 0 || rs[len(rs)-1].Min != 0 {
		t.Fatalf("ratings %v do not end with a band at 0", rs)
	}
	for i := 1; i < len(rs); i++ {
		if rs[i].Min >= rs[i-1].Min {
			t.Fatalf("ratings %v not sorted highest first", rs)
		}
	}
	recs := qn.Recommendations
	if len(recs) == 0 || (recs[len(recs)-1].When != nil && (len(recs[len(recs)-1].When.Rating) > 0 || len(recs[len(recs)-1].When.Sensitivity) > 0)) {
		t.Fatal("the last recommendation does not always hold")
	}
	for i, q := range qn.Questions() {
		if qn.Question(q.ID) != q || qn.Index(q.ID) != i {
			t.Fatalf("question %q is not indexed at %d", q.ID, i)
		}
		if q.Kind == questionnaire.KindYesNo && (len(q.Options) != 2 || q.Options[0].ID != "yes" || q.Options[1].ID != "no") {
			t.Fatalf("yesno question %q has options %+v", q.ID, q.Options)
		}
		if q.When != nil {
			target := qn.Question(q.When.Question)
			if target == nil || qn.Index(target.ID) >= i || len(q.When.In) == 0 {
				t.Fatalf("question %q has a condition that cannot hold: %+v", q.ID, q.When)
			}
			for _, id := range q.When.In {
				if target.Option(id) == nil {
					t.Fatalf("question %q: %q is not an option of %q", q.ID, id, target.ID)
				}
			}
		}
		for _, r := range q.Refs {
			if qn.Reference(r) == nil {
				t.Fatalf("question %q cites unknown reference %q", q.ID, r)
			}
		}
		for _, o := range q.Options {
			if o.Score < 0 || o.Score > 1 {
				t.Fatalf("option %q of %q scores %v", o.ID, q.ID, o.Score)
			}
		}
	}
	for _, s := range qn.Sections {
		if s.Weight <= 0 {
			t.Fatalf("section %q has weight %v", s.ID, s.Weight)
		}
		for _, q := range s.Questions {
			if q.Section != s || q.Weight < 0 {
				t.Fatalf("question %q: section %v, weight %v", q.ID, q.Section, q.Weight)
			}
		}
	}
}
