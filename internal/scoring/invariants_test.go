package scoring

import (
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// TestInvariants scores generated answers to a generated questionnaire with every kind and
// rule, and checks that the parts of each result agree with one another.
func TestInvariants(t *testing.T) {
	t.Parallel()
	qn, err := questionnaire.Parse("gen.yaml", testgen.Questionnaire(120))
	if err != nil {
		t.Fatal(err)
	}
	for seed := range int64(25) {
		r := Score(qn, testgen.Answers(qn, seed))
		var weighted, weights float64
		var answered, visible int
		for _, sr := range r.Sections {
			if sr.Answered+sr.Unknown+sr.Unanswered != sr.Questions {
				t.Fatalf("seed %d, section %s: %d + %d + %d != %d", seed, sr.Section.ID, sr.Answered, sr.Unknown, sr.Unanswered, sr.Questions)
			}
			if sr.Scored != (sr.WeightSum > 0) || sr.Scored && !near(sr.Score, 100*sr.WeightedSum/sr.WeightSum) || sr.Score < 0 || sr.Score > 100 {
				t.Fatalf("seed %d, section %s: score %v from %v / %v", seed, sr.Section.ID, sr.Score, sr.WeightedSum, sr.WeightSum)
			}
			if sr.Scored {
				weighted += sr.Section.Weight * sr.Score
				weights += sr.Section.Weight
			}
			answered += sr.Answered
			visible += sr.Questions
		}
		if !near(r.Overall, weighted/weights) || r.Answered != answered || r.Visible != visible {
			t.Fatalf("seed %d: overall %v, want %v; answered %d/%d, want %d/%d", seed, r.Overall, weighted/weights, r.Answered, r.Visible, answered, visible)
		}
		a := r.Assurance
		if a.Stated+a.Documented+a.Verified+a.Unspecified != r.Answered {
			t.Fatalf("seed %d: assurance %+v does not add up to %d", seed, a, r.Answered)
		}
		for i := 1; i < len(r.Findings); i++ {
			prev, cur := r.Findings[i-1], r.Findings[i]
			if prev.Severity.Rank() < cur.Severity.Rank() ||
				prev.Severity == cur.Severity && qn.Index(prev.Question.ID) > qn.Index(cur.Question.ID) {
				t.Fatalf("seed %d: findings out of order at %d", seed, i)
			}
		}
		for _, qr := range r.Questions {
			if qr.Counted && (qr.Score < 0 || qr.Score > 1) {
				t.Fatalf("seed %d: %s scored %v", seed, qr.Question.ID, qr.Score)
			}
		}
	}
}
