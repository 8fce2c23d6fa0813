package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// i18nQuestionnaire loads the minimal example questionnaire in a language from testdata/i18n.
func i18nQuestionnaire(t *testing.T, lang string) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load(filepath.Join("testdata", "i18n", "minimal-example."+lang+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

// i18nResult scores an answers file of testdata/i18n with the minimal example in a language.
func i18nResult(t *testing.T, lang, answers string) *scoring.Result {
	t.Helper()
	return scoreFixture(t, filepath.Join("testdata", "i18n", answers+".answers.yaml"),
		[]*questionnaire.Questionnaire{i18nQuestionnaire(t, lang)})
}

// englishWords are fixed words of the English documents that must not appear in a document
// written in another language (the answers and questionnaires of testdata/i18n hold none).
var englishWords = []string{
	"Answer:", "Answers", "Summary", "Overall", "Not answered", "Unknown", "unknown", "Section", "Finding", "Remedy",
	"Score", "Rating", "Coverage", "Not applicable", "not applicable", "Hidden", "Questionnaire", "Evidence", "Note:",
	"Source:", "References", "Yes", "No ", "Vendor", "Recommendation", "Sign-off", "Reviewed", "version", "none",
	"stated", "documented", "verified", "Critical", "High", "sensitivity", "Earlier", "Later", "Change", "Tick",
	"Write", "Asked", "Interview", "Profile", "Ranking", "Knock-out", " out of ", " and ", " or ", " the ",
}

// TestI18nGolden renders the documents in Portuguese and Traditional Chinese and compares them
// with their golden files: a report and a guide in each language, a diff in Portuguese and a
// comparison in Traditional Chinese. None may hold a fixed English word, and all must pass
// markdownlint.
func TestI18nGolden(t *testing.T) {
	opt := Options{EvidenceDir: filepath.Join("testdata", "report")}
	tests := []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"report.pt", func(b *bytes.Buffer) error { return Markdown(b, i18nResult(t, "pt", "chat.pt"), opt) }},
		{"report.zh-Hant", func(b *bytes.Buffer) error { return Markdown(b, i18nResult(t, "zh-Hant", "chat.zh-Hant"), opt) }},
		{"accepted.pt", func(b *bytes.Buffer) error { return Markdown(b, i18nResult(t, "pt", "accepted.pt"), opt) }},
		{"accepted.zh-Hant", func(b *bytes.Buffer) error {
			return Markdown(b, i18nResult(t, "zh-Hant", "accepted.zh-Hant"), opt)
		}},
		{"guide.pt", func(b *bytes.Buffer) error { return Guide(b, i18nQuestionnaire(t, "pt")) }},
		{"guide.zh-Hant", func(b *bytes.Buffer) error { return Guide(b, i18nQuestionnaire(t, "zh-Hant")) }},
		{"diff.pt", func(b *bytes.Buffer) error {
			return Diff(b, i18nResult(t, "pt", "chat.pt"), i18nResult(t, "pt", "chat-2027.pt"))
		}},
		{"diff-accepted.pt", func(b *bytes.Buffer) error {
			return Diff(b, i18nResult(t, "pt", "chat.pt"), i18nResult(t, "pt", "accepted.pt"))
		}},
		{"compare.zh-Hant", func(b *bytes.Buffer) error {
			return Compare(b, []*scoring.Result{i18nResult(t, "zh-Hant", "chat.zh-Hant"), i18nResult(t, "zh-Hant", "other.zh-Hant")})
		}},
	}
	var files []string
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := tt.render(&buf); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		out := buf.String()
		for _, w := range englishWords {
			if i := strings.Index(out, w); i >= 0 {
				line := out[strings.LastIndexByte(out[:i], '\n')+1:]
				line, _, _ = strings.Cut(line, "\n")
				t.Errorf("%s holds the English %q: %s", tt.name, w, line)
			}
		}
		path := filepath.Join("testdata", "i18n", tt.name+".md")
		assertGolden(t, path, buf.Bytes())
		files = append(files, path)
	}
	t.Run("markdownlint", func(t *testing.T) { lintMarkdown(t, files...) })
}

// TestYesNoLabels checks that the implied options of a yesno question read in the document's
// language.
func TestYesNoLabels(t *testing.T) {
	t.Parallel()
	tests := []struct{ lang, yes, no string }{
		{"pt", "Sim", "Não"},
		{"zh-Hant", "是", "否"},
	}
	for _, tt := range tests {
		qn := i18nQuestionnaire(t, tt.lang)
		q := qn.Question("past-breach")
		m := messagesFor(qn.Language)
		if got := m.plainLabel(q, "yes"); got != tt.yes {
			t.Errorf("%s: yes reads %q, want %q", tt.lang, got, tt.yes)
		}
		if got := m.optionLabel(q, "no"); got != tt.no {
			t.Errorf("%s: no reads %q, want %q", tt.lang, got, tt.no)
		}
	}
}
