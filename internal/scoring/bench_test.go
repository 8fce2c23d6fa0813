package scoring

import (
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// BenchmarkScore scores a complete answers file for a generated questionnaire of 500 scored
// questions; the interview scores after every answer to show progress.
func BenchmarkScore(b *testing.B) {
	qn, err := questionnaire.Parse("gen.yaml", testgen.Questionnaire(500))
	if err != nil {
		b.Fatal(err)
	}
	f := testgen.Answers(qn, 1)
	for b.Loop() {
		Score(qn, f)
	}
}
