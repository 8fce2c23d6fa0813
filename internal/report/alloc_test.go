package report

import (
	"bytes"
	"io"
	"runtime"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// maxRenderAlloc is how many bytes rendering a report may allocate for each byte of the report.
const maxRenderAlloc = 3

// renderAllocRatio returns the bytes that writing the Markdown report of r allocates, divided by
// the length of the report: the mean of a few renderings, measured with the runtime's counter of
// allocated bytes (so no other test may run alongside).
func renderAllocRatio(tb testing.TB, r *scoring.Result, opt Options) float64 {
	tb.Helper()
	var out bytes.Buffer
	if err := Markdown(&out, r, opt); err != nil {
		tb.Fatal(err)
	}
	const runs = 5
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		if err := Markdown(io.Discard, r, opt); err != nil {
			tb.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / runs / float64(out.Len())
}

// TestRenderAllocations checks that writing a report allocates at most maxRenderAlloc bytes per
// byte of the report, for the default questionnaire and a generated one of 500 questions whose
// answers carry notes, evidence and sources. It does not run in parallel: the counter it reads
// counts every allocation of the process.
func TestRenderAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation sizes")
	}
	gen, err := questionnaire.Parse("generated.yaml", testgen.Questionnaire(500))
	if err != nil {
		t.Fatal(err)
	}
	def, err := questionnaire.Find(questionnaire.DefaultID, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, qn := range []*questionnaire.Questionnaire{def, gen} {
		r := scoring.Score(qn, testgen.Answers(qn, 1))
		if ratio := renderAllocRatio(t, r, Options{EvidenceDir: t.TempDir()}); ratio > maxRenderAlloc {
			t.Errorf("%s: rendering allocates %.2f bytes per byte of the report, want at most %d", qn.ID, ratio, maxRenderAlloc)
		}
	}
}
