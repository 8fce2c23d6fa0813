package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/benchpair"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// BenchmarkReportBatch measures `vendorcheck report` on 1,000 answers files made with the
// default questionnaire, writing one Markdown report each into a folder, in turn with the same
// work but for writing the files (scoring and rendering them all, concurrently): see
// benchpair.Run for the metrics (ms is the batch; x-nowrite is what writing the files costs).
func BenchmarkReportBatch(b *testing.B) {
	qn, err := questionnaire.Find(questionnaire.DefaultID, "en")
	if err != nil {
		b.Fatal(err)
	}
	in := b.TempDir()
	paths := make([]string, 1000)
	for i := range paths {
		f := testgen.Answers(qn, int64(i))
		f.Assessment.Vendor = fmt.Sprintf("Vendor %04d", i)
		paths[i] = filepath.Join(in, assessment.DefaultName(f))
		if err := assessment.Save(paths[i], f, qn); err != nil {
			b.Fatal(err)
		}
	}
	std := &streams{out: io.Discard, say: io.Discard, err: io.Discard}
	render, _, err := reportRenderer("markdown", nil)
	if err != nil {
		b.Fatal(err)
	}
	noWrite := func() {
		parallel(len(paths), func(i int) {
			sf, err := scoreFile(paths[i], "", "")
			if err == nil {
				_, err = render(sf)
			}
			if err != nil {
				b.Error(err)
			}
		})
	}
	outs := b.TempDir()
	b.ResetTimer()
	benchpair.Run(b, "nowrite", benchpair.Self, noWrite, func() {
		out, err := os.MkdirTemp(outs, "reports")
		if err != nil {
			b.Fatal(err)
		}
		if err := reportRun(std, reportOptions{output: out, format: "markdown"}, paths); err != nil {
			b.Fatal(err)
		}
	})
}

// benchAnswers writes 1,000 answers files made with the default questionnaire into dir, each of
// another vendor, and returns their paths.
func benchAnswers(b *testing.B, dir string) []string {
	b.Helper()
	qn, err := questionnaire.Find(questionnaire.DefaultID, "en")
	if err != nil {
		b.Fatal(err)
	}
	paths := make([]string, 1000)
	for i := range paths {
		f := testgen.Answers(qn, int64(i))
		f.Assessment.Vendor = fmt.Sprintf("Vendor %04d", i)
		paths[i] = filepath.Join(dir, assessment.DefaultName(f))
		if err := assessment.Save(paths[i], f, qn); err != nil {
			b.Fatal(err)
		}
	}
	return paths
}
