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

// checkCondition checks a loaded condition at a depth (1 for a when): it nests at most
// MaxConditionDepth deep, names only questions before the index before, lists only their
// options, and lists at least one option, state, alternative or severity where it lists any.
func checkCondition(t *testing.T, qn *questionnaire.Questionnaire, c *questionnaire.Condition, before, depth int) {
	t.Helper()
	if c == nil {
		return
	}
	if depth > questionnaire.MaxConditionDepth {
		t.Fatalf("a condition nests %d deep", depth)
	}
	if c.Question != "" {
		target := qn.Question(c.Question)
		if target == nil || (before < len(qn.Questions()) && qn.Index(target.ID) >= before) {
			t.Fatalf("a condition names %q, which is missing or not earlier", c.Question)
		}
		if (c.In == nil && c.Is == nil) || (c.In != nil && len(c.In) == 0) || (c.Is != nil && len(c.Is) == 0) {
			t.Fatalf("a condition on %q lists nothing: %+v", c.Question, c)
		}
		for _, id := range c.In {
			if target.Option(id) == nil {
				t.Fatalf("%q is not an option of %q", id, target.ID)
			}
		}
	} else if c.In != nil || c.Is != nil {
		t.Fatalf("a condition lists options or states of no question: %+v", c)
	}
	if (c.Any != nil && len(c.Any) == 0) || (c.Worst != nil && len(c.Worst) == 0) {
		t.Fatalf("a condition that can never hold: %+v", c)
	}
	for _, k := range append(append([]*questionnaire.Condition{c.Not}, c.All...), c.Any...) {
		checkCondition(t, qn, k, before, depth+1)
	}
}

// hasOutcome reports whether a condition tests the verdict at any depth.
func hasOutcome(c *questionnaire.Condition) bool {
	if c == nil {
		return false
	}
	if len(c.Sensitivity) > 0 || len(c.Rating) > 0 || c.Worst != nil || c.Complete != nil || hasOutcome(c.Not) {
		return true
	}
	for _, k := range append(append([]*questionnaire.Condition{}, c.All...), c.Any...) {
		if hasOutcome(k) {
			return true
		}
	}
	return false
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
	if len(recs) == 0 || !recs[len(recs)-1].When.Always() {
		t.Fatal("the last recommendation does not always hold")
	}
	for _, r := range recs {
		checkCondition(t, qn, r.When, len(qn.Questions()), 1)
	}
	for _, r := range qn.Rules() {
		if r.When == nil || r.Finding.Severity.Rank() < 0 || r.Section == nil || qn.Question(r.ID) != nil {
			t.Fatalf("rule %+v is incomplete or shares a question's id", r)
		}
		checkCondition(t, qn, r.When, len(qn.Questions()), 1)
	}
	for i, q := range qn.Questions() {
		if qn.Question(q.ID) != q || qn.Index(q.ID) != i {
			t.Fatalf("question %q is not indexed at %d", q.ID, i)
		}
		if q.Kind == questionnaire.KindYesNo && (len(q.Options) != 2 || q.Options[0].ID != "yes" || q.Options[1].ID != "no") {
			t.Fatalf("yesno question %q has options %+v", q.ID, q.Options)
		}
		checkCondition(t, qn, q.When, i, 1)
		if q.When != nil && hasOutcome(q.When) {
			t.Fatalf("question %q tests the verdict: %+v", q.ID, q.When)
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
