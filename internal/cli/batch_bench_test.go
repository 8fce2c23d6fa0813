package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// BenchmarkReportBatch measures `vendorcheck report` on 1,000 answers files made with the
// default questionnaire, writing one Markdown report each into a folder.
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
	b.ResetTimer()
	for b.Loop() {
		out, err := os.MkdirTemp(b.TempDir(), "reports")
		if err != nil {
			b.Fatal(err)
		}
		if err := reportRun(std, reportOptions{output: out, format: "markdown"}, paths); err != nil {
			b.Fatal(err)
		}
	}
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
