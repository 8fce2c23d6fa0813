package cli

import (
	"io"
	"testing"
)

// BenchmarkRegister measures `vendorcheck register` over a folder of 1,000 answers files made
// with the default questionnaire (compare with BenchmarkReportBatch, which reports on the same
// files).
func BenchmarkRegister(b *testing.B) {
	dir := b.TempDir()
	benchAnswers(b, dir)
	std := &streams{out: io.Discard, err: io.Discard}
	b.ResetTimer()
	for b.Loop() {
		if err := registerRun(std, registerOptions{format: "markdown", asOf: "2026-12-02"}, []string{dir}); err != nil {
			b.Fatal(err)
		}
	}
}
