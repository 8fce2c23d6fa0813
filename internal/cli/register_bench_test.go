package cli

import (
	"io"
	"os"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/benchpair"
)

// BenchmarkRegister measures `vendorcheck register` over a folder of 1,000 answers files made
// with the default questionnaire, in turn with `vendorcheck report` of the same files into a
// folder: x-report is the register's time over the reports' (the target: at most 1.5); see
// benchpair.Run for the other metrics.
func BenchmarkRegister(b *testing.B) {
	dir := b.TempDir()
	paths := benchAnswers(b, dir)
	std := &streams{out: io.Discard, say: io.Discard, err: io.Discard}
	outs := b.TempDir()
	b.ResetTimer()
	benchpair.Run(b, "report", benchpair.Self, func() {
		out, err := os.MkdirTemp(outs, "reports")
		if err != nil {
			b.Fatal(err)
		}
		if err := reportRun(std, reportOptions{output: out, format: "markdown"}, paths); err != nil {
			b.Fatal(err)
		}
	}, func() {
		if err := registerRun(std, registerOptions{format: "markdown", asOf: "2026-12-02"}, []string{dir}); err != nil {
			b.Fatal(err)
		}
	})
}
