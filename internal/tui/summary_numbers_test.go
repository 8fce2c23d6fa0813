package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// TestSummaryNumbersByLanguage scores an example in each language: the summary writes the score
// and the coverage with the language's decimal separator, as the report does.
func TestSummaryNumbersByLanguage(t *testing.T) {
	data, err := os.ReadFile("../../docs/examples/singapore-byok.answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, score, coverage string }{
		{"en", "87.6 / 100", "97.0%"},
		{"pt", "87,6 / 100", "97,0%"},
		{"zh-Hant", "87.6 / 100", "97.0%"},
	} {
		qn, err := questionnaire.Find(questionnaire.DefaultID, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		f, err := assessment.Parse("singapore-byok.answers.yaml", data)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(SummaryLines(scoring.Score(qn, f)), "\n")
		if !strings.Contains(text, c.score) || !strings.Contains(text, c.coverage) {
			t.Errorf("%s: want %q and %q in the summary:\n%s", c.lang, c.score, c.coverage, text)
		}
	}
}
