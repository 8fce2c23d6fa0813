package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// diffFixtures scores the earlier and the later assessment of testdata/diff with qns.
func diffFixtures(t *testing.T, qns []*questionnaire.Questionnaire, earlier, later string) (*scoring.Result, *scoring.Result) {
	t.Helper()
	dir := filepath.Join("testdata", "diff")
	return scoreFixture(t, filepath.Join(dir, earlier+".answers.yaml"), qns),
		scoreFixture(t, filepath.Join(dir, later+".answers.yaml"), qns)
}

// TestDiffGolden renders diffs and compares them with their golden files: across a
// questionnaire version change with both versions at hand, the same with only the newest (so
// the earlier answers the newest lacks are listed), the same assessment against itself, and a
// re-assessment the other way round (things getting worse).
func TestDiffGolden(t *testing.T) {
	both := teamChat(t, "1.0.0", "1.1.0")
	newest := teamChat(t, "1.1.0")
	tests := []struct {
		name           string
		qns            []*questionnaire.Questionnaire
		earlier, later string
	}{
		{"version-change", both, "lark-2025", "lark-2026"},
		{"version-change-one-version", newest, "lark-2025", "lark-2026"},
		{"no-change", both, "lark-2026", "lark-2026"},
		{"worse", both, "lark-2026", "lark-2025"},
		{"accepted", both, "accepted-2025", "accepted-2026"},
	}
	var files []string
	for _, tt := range tests {
		e, l := diffFixtures(t, tt.qns, tt.earlier, tt.later)
		var buf bytes.Buffer
		if err := Diff(&buf, e, l); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		path := filepath.Join("testdata", "diff", tt.name+".md")
		assertGolden(t, path, buf.Bytes())
		files = append(files, path)
	}
	t.Run("markdownlint", func(t *testing.T) { lintMarkdown(t, files...) })
}

func TestDiffRefusesAnotherQuestionnaire(t *testing.T) {
	t.Parallel()
	e, l := diffFixtures(t, teamChat(t, "1.0.0", "1.1.0"), "lark-2025", "lark-2026")
	other := *l
	qn := *l.Questionnaire
	qn.ID = "another-questionnaire"
	other.Questionnaire = &qn
	var buf bytes.Buffer
	err := Diff(&buf, e, &other)
	if err == nil || !strings.Contains(err.Error(), "another-questionnaire") {
		t.Errorf("Diff = %v, want an error naming the other questionnaire", err)
	}
	if buf.Len() > 0 {
		t.Errorf("wrote %d bytes before refusing", buf.Len())
	}
	if err := Diff(&buf, e, nil); err == nil || buf.Len() > 0 {
		t.Errorf("Diff with a missing result = %v after %d bytes, want an error and nothing written", err, buf.Len())
	}
}

func TestScoreChange(t *testing.T) {
	t.Parallel()
	tests := []struct {
		e, l     float64
		eok, lok bool
		want     string
	}{
		{42.5, 55, true, true, "+12.5"},
		{55, 42.5, true, true, "-12.5"},
		{50, 50, true, true, "0.0"},
		// The change is that of the scores as shown: 45.04 and 60.06 show as 45.0 and 60.1.
		{45.04, 60.06, true, true, "+15.1"},
		{60.04, 60.0, true, true, "0.0"},
		{0.04, 0.0, true, true, "0.0"},
		{10, 9.96, true, true, "0.0"},
		{10, 9.94, true, true, "-0.1"},
		{50, 50, false, true, "—"},
		{50, 50, true, false, "—"},
	}
	for _, tt := range tests {
		if got := scoreChange(tt.eok, tt.e, tt.lok, tt.l); got != tt.want {
			t.Errorf("scoreChange(%v, %v, %v, %v) = %q, want %q", tt.eok, tt.e, tt.lok, tt.l, got, tt.want)
		}
	}
}
