package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// reportCases are the golden reports: each scores an answers file under testdata/report with a
// questionnaire and writes testdata/report/<name>.md and .json.
var reportCases = []struct {
	name, questionnaire, answers string
}{
	// Every kind of answer: findings, N/A, unknown, a choice the question lacks, a file as
	// evidence, a text answer, an answer not in this version, answers of an older version.
	{"minimal", "../../docs/examples/questionnaire-minimal.yaml", "minimal.answers.yaml"},
	// Hidden questions, one with a recorded answer; a high sensitivity.
	{"hidden", "../../docs/examples/questionnaire-minimal.yaml", "hidden.answers.yaml"},
	// A score in the best band, capped by a critical finding; a web reference; prose in
	// paragraphs; an evidence path that does not exist.
	{"capped", "testdata/report/capped.yaml", "capped.answers.yaml"},
	// Nothing applies: no section and no overall score.
	{"na-only", "testdata/report/na-only.yaml", "na-only.answers.yaml"},
	// The second format: a draft with compound conditions, an N/A that the condition allows, an
	// exclusive option left alone, a certificate expiring within 90 days, a hidden question
	// with a recorded answer; the next review is not due (the entry chosen sets none).
	{"verdict-draft", "../../docs/examples/questionnaire-verdict.yaml", "verdict-draft.answers.yaml"},
	// A complete assessment whose rules raise findings (one critical, capping the rating),
	// an exclusive option alone, and a next review at a month's end (2026-08-31 + 3 months).
	{"verdict-complete", "../../docs/examples/questionnaire-verdict.yaml", "verdict-complete.answers.yaml"},
	// Accepted risks (one holding, one expired, one ending on the assessment date) and answers
	// carried over from an earlier assessment.
	{"accepted", "../../docs/examples/questionnaire-minimal.yaml", "accepted.answers.yaml"},
}

// scoreCase loads the questionnaire and the answers of a case and scores them.
func scoreCase(t *testing.T, qnPath, answers string) (*scoring.Result, []byte) {
	t.Helper()
	qn, err := questionnaire.Load(qnPath)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("testdata", "report", answers))
	if err != nil {
		t.Fatal(err)
	}
	f, err := assessment.Parse(answers, data)
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Score(qn, f), data
}

// TestReportGolden renders each case as Markdown and JSON and compares with the golden files;
// go test ./internal/report -update rewrites them. The Markdown goldens must pass markdownlint.
func TestReportGolden(t *testing.T) {
	var mdFiles []string
	for _, tc := range reportCases {
		t.Run(tc.name, func(t *testing.T) {
			r, data := scoreCase(t, tc.questionnaire, tc.answers)
			opt := Options{EvidenceDir: filepath.Join("testdata", "report")}
			var md, again, js bytes.Buffer
			if err := Markdown(&md, r, opt); err != nil {
				t.Fatal(err)
			}
			if err := Markdown(&again, r, opt); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(md.Bytes(), again.Bytes()) {
				t.Error("two renderings of the same result differ")
			}
			sum := sha256.Sum256(data)
			if last := lastLine(md.String()); last != hex.EncodeToString(sum[:]) {
				t.Errorf("the report ends with %q, want the SHA-256 of the answers file", last)
			}
			if err := JSON(&js, r); err != nil {
				t.Fatal(err)
			}
			base := filepath.Join("testdata", "report", tc.name)
			assertGolden(t, base+".md", md.Bytes())
			assertGolden(t, base+".json", js.Bytes())
		})
		mdFiles = append(mdFiles, filepath.Join("testdata", "report", tc.name+".md"))
	}
	t.Run("markdownlint", func(t *testing.T) { lintMarkdown(t, mdFiles...) })
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestMarkdownDigest checks the last line of the report: the digest given in the options, else
// the answers file's, and a plain sentence when there is none.
func TestMarkdownDigest(t *testing.T) {
	t.Parallel()
	r, _ := scoreCase(t, "testdata/report/na-only.yaml", "na-only.answers.yaml")
	given := strings.Repeat("ab", 32)
	tests := []struct {
		name, fileDigest, optDigest, want string
	}{
		{"from the file", given, "", given},
		{"from the options", strings.Repeat("0", 64), given, given},
		{"upper case", "", strings.ToUpper(given), given},
		{"none", "", "", "The SHA-256 of the answers file is not known: these answers were not read from a file."},
		{"not a digest", "", "<script>", "The SHA-256 of the answers file is not known: these answers were not read from a file."},
	}
	for _, tt := range tests {
		f := *r.File
		f.Digest = tt.fileDigest
		rr := *r
		rr.File = &f
		var buf bytes.Buffer
		if err := Markdown(&buf, &rr, Options{AnswersDigest: tt.optDigest}); err != nil {
			t.Fatal(err)
		}
		if got := lastLine(buf.String()); got != tt.want {
			t.Errorf("%s: last line %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNoResult checks that rendering nothing is an error, not a panic.
func TestNoResult(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := Markdown(&buf, nil, Options{}); err == nil {
		t.Error("Markdown(nil) gave no error")
	}
	if err := JSON(&buf, &scoring.Result{}); err == nil {
		t.Error("JSON of an empty result gave no error")
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %q", buf.String())
	}
}
