package workbook

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// TestLargeQuestionnaire writes and reads back the workbook of a questionnaire of 2,000
// questions: it must stay within the import's limits, and take seconds, not minutes.
func TestLargeQuestionnaire(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 questions")
	}
	qn, err := questionnaire.Parse("large.yaml", testgen.Questionnaire(2000))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var buf bytes.Buffer
	if err := Write(&buf, qn, Options{Date: "2026-12-02"}); err != nil {
		t.Fatal(err)
	}
	written := time.Since(start)
	path := filepath.Join(t.TempDir(), "large.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	want := fillLikeVendor(t, qn, "", path)
	start = time.Now()
	wb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	got, err := wb.Read(qn)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("2,000 questions: %d KB, written in %v, read in %v", buf.Len()>>10, written, time.Since(start))
	compareAnswers(t, want, got.Answers)
}
