package questionnaire_test

import (
	"errors"
	"os"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

func TestShapeOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		want      questionnaire.Shape
	}{
		{"answers file", "questionnaire: {id: x, version: 1.0.0, language: en}\nassessment: {date: 2026-11-28}\nanswers: {}\n", questionnaire.ShapeAnswers},
		{"answers alone", "answers:\n  q: {choice: yes}\n", questionnaire.ShapeAnswers},
		{"questionnaire reference alone", "questionnaire: {id: x}\n", questionnaire.ShapeAnswers},
		{"answers as a list is not the format", "answers: [a, b]\n", questionnaire.ShapeUnknown},
		{"answers beside a questionnaire's id", "id: x\nanswers: {q: {choice: yes}}\n", questionnaire.ShapeUnknown},
		{"answers beside sections", "answers: {}\nsections: []\n", questionnaire.ShapeUnknown},
		{"questionnaire", "id: x\nversion: 1.0.0\nlanguage: en\ntitle: X\nscoring: {}\nrecommendations: []\nsections: []\n", questionnaire.ShapeQuestionnaire},
		{"questionnaire draft with sections only", "sections:\n  - id: s\n", questionnaire.ShapeQuestionnaire},
		{"questionnaire with profile only", "profile: []\n", questionnaire.ShapeQuestionnaire},
		{"sections beside accepted risks", "sections: []\naccepted: []\n", questionnaire.ShapeUnknown},
		{"header keys only", "id: x\nversion: 1.0.0\ntitle: X\n", questionnaire.ShapeUnknown},
		{"neither", "name: x\n", questionnaire.ShapeUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root, err := questionnaire.ParseMapping("f.yaml", []byte(tt.src), "empty")
			if err != nil {
				t.Fatal(err)
			}
			if got := questionnaire.ShapeOf(root); got != tt.want {
				t.Errorf("ShapeOf = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWrongFile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		got  questionnaire.Shape
		want string
	}{
		{"a.answers.yaml", questionnaire.ShapeAnswers,
			"a.answers.yaml: this is an answers file, not a questionnaire; to check it, run vendorcheck report a.answers.yaml"},
		{"my answers.yaml", questionnaire.ShapeAnswers,
			"my answers.yaml: this is an answers file, not a questionnaire; to check it, run vendorcheck report 'my answers.yaml'"},
		{"dir/q.yaml", questionnaire.ShapeQuestionnaire,
			"dir/q.yaml: this is a questionnaire, not an answers file; to answer it, run vendorcheck interview --questionnaire dir/q.yaml"},
		{"it's.yaml", questionnaire.ShapeQuestionnaire,
			`it's.yaml: this is a questionnaire, not an answers file; to answer it, run vendorcheck interview --questionnaire 'it'\''s.yaml'`},
	}
	for _, tt := range tests {
		if got := questionnaire.WrongFile(tt.name, tt.got).Error(); got != tt.want {
			t.Errorf("WrongFile(%q, %v) =\n%s\nwant\n%s", tt.name, tt.got, got, tt.want)
		}
	}
	if got := questionnaire.WrongFile("x.yaml", questionnaire.ShapeUnknown); got != nil {
		t.Errorf("WrongFile(ShapeUnknown) = %v, want nil", got)
	}
}

// TestParseAnswersFile checks that an answers file given as a questionnaire is one problem that
// says so, instead of a problem for each of its keys.
func TestParseAnswersFile(t *testing.T) {
	t.Parallel()
	const path = "../../docs/examples/singapore-byok.answers.yaml"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = questionnaire.Parse(path, data)
	var probs questionnaire.Problems
	if !errors.As(err, &probs) || len(probs) != 1 {
		t.Fatalf("Parse(answers file) = %v, want one problem", err)
	}
	if want := questionnaire.WrongFile(path, questionnaire.ShapeAnswers)[0]; probs[0] != want {
		t.Errorf("problem = %v, want %v", probs[0], want)
	}
}
