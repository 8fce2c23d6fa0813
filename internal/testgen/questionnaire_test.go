package testgen_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// TestQuestionnaire checks that generated questionnaires load, hold exactly the asked number of
// scored questions, mix every kind, and are deterministic.
func TestQuestionnaire(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 1, 8, 9, 26, 2000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			t.Parallel()
			data := testgen.Questionnaire(n)
			if !bytes.Equal(data, testgen.Questionnaire(n)) {
				t.Fatal("two calls gave different bytes")
			}
			qn, err := questionnaire.Parse("generated.yaml", data)
			if err != nil {
				t.Fatalf("generated questionnaire does not load:\n%v", err)
			}
			if want := max(n, 1); qn.ScoredCount() != want {
				t.Errorf("ScoredCount = %d, want %d", qn.ScoredCount(), want)
			}
			if wantSections := (max(n, 1) + 24) / 25; len(qn.Sections) != wantSections {
				t.Errorf("%d sections, want %d", len(qn.Sections), wantSections)
			}
			if n < 8 {
				return
			}
			kinds := map[questionnaire.Kind]int{}
			var whens, na int
			aggregates := map[questionnaire.Aggregate]bool{}
			for _, q := range qn.Questions() {
				kinds[q.Kind]++
				if q.When != nil {
					whens++
				}
				if q.AllowNA {
					na++
				}
				if q.Kind == questionnaire.KindMulti && !q.IsProfile() {
					aggregates[q.Aggregate] = true
				}
			}
			for _, k := range []questionnaire.Kind{questionnaire.KindChoice, questionnaire.KindMulti, questionnaire.KindYesNo, questionnaire.KindDate, questionnaire.KindText} {
				if kinds[k] == 0 {
					t.Errorf("no %s question", k)
				}
			}
			if whens == 0 || na == 0 {
				t.Errorf("%d conditional and %d N/A questions, want some of each", whens, na)
			}
			if n >= 2000 && len(aggregates) != 4 {
				t.Errorf("aggregates used: %v, want all four", aggregates)
			}
		})
	}
}
