package report

import (
	"io"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// BenchmarkScoreAndRender measures scoring a set of answers and writing its Markdown report:
// the built-in default questionnaire, and a generated one of 2000 scored questions. It also
// reports render-B/report-B, the bytes that writing the report allocates for each byte of the
// report (scoring left out), and fails above maxRenderAlloc.
func BenchmarkScoreAndRender(b *testing.B) {
	b.Run("default", func(b *testing.B) {
		qn, err := questionnaire.Find(questionnaire.DefaultID, "en")
		if err != nil {
			b.Skipf("no built-in %s questionnaire: %v", questionnaire.DefaultID, err)
		}
		benchScoreAndRender(b, qn)
	})
	b.Run("questions=2000", func(b *testing.B) {
		qn, err := questionnaire.Parse("generated.yaml", testgen.Questionnaire(2000))
		if err != nil {
			b.Fatal(err)
		}
		benchScoreAndRender(b, qn)
	})
}

// benchScoreAndRender scores generated answers to qn and renders the report, b.N times.
func benchScoreAndRender(b *testing.B, qn *questionnaire.Questionnaire) {
	f := testgen.Answers(qn, 1)
	opt := Options{EvidenceDir: b.TempDir()}
	ratio := renderAllocRatio(b, scoring.Score(qn, f), opt)
	b.ReportAllocs()
	for b.Loop() {
		if err := Markdown(io.Discard, scoring.Score(qn, f), opt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(ratio, "render-B/report-B")
	if ratio > maxRenderAlloc && !raceEnabled {
		b.Errorf("rendering allocates %.2f bytes per byte of the report, want at most %d", ratio, maxRenderAlloc)
	}
}
