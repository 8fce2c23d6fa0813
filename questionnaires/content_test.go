package questionnaires_test

import (
	"fmt"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// minScored is the number of scored questions each built-in questionnaire must have at least.
var minScored = map[string]int{
	"collab-vendor-mo":    40,
	"internal-controls-mo": 20,
}

// noRefs lists scored questions allowed to cite no reference, each with the reason.
var noRefs = map[string]string{}

// builtins loads the embedded questionnaires, failing the test if any is invalid.
func builtins(t *testing.T) []*questionnaire.Questionnaire {
	t.Helper()
	list, err := questionnaire.Builtins()
	if err != nil {
		t.Fatalf("built-in questionnaires do not load:\n%v", err)
	}
	return list
}

// TestBuiltinsPresent checks that every expected questionnaire is built in, with enough scored
// questions.
func TestBuiltinsPresent(t *testing.T) {
	t.Parallel()
	got := map[string]int{}
	for _, qn := range builtins(t) {
		got[qn.ID] = qn.ScoredCount()
	}
	for id, min := range minScored {
		n, ok := got[id]
		switch {
		case !ok:
			t.Errorf("questionnaire %s is not built in", id)
		case n < min:
			t.Errorf("questionnaire %s has %d scored questions, want at least %d", id, n, min)
		}
	}
}

// TestScoredQuestionsGuideTheInterviewer checks that every scored question tells the interviewer
// what to ask for and why: help, evidence and at least one reference.
func TestScoredQuestionsGuideTheInterviewer(t *testing.T) {
	t.Parallel()
	for _, qn := range builtins(t) {
		for _, q := range qn.Questions() {
			if !q.Scored() {
				continue
			}
			name := qn.ID + "/" + q.ID
			if q.Help == "" {
				t.Errorf("%s: scored question has no help", name)
			}
			if q.Evidence == "" {
				t.Errorf("%s: scored question names no evidence to request", name)
			}
			if _, excused := noRefs[q.ID]; len(q.Refs) == 0 && !excused {
				t.Errorf("%s: scored question cites no reference", name)
			}
		}
	}
}

// TestPoorAnswersRaiseFindings checks that every poor option (score below 0.5) of a scored
// question raises a finding with a remedy, so the report says what to do about it.
func TestPoorAnswersRaiseFindings(t *testing.T) {
	t.Parallel()
	for _, qn := range builtins(t) {
		for _, q := range qn.Questions() {
			if !q.Scored() || !q.HasOptions() {
				continue
			}
			for _, o := range q.Options {
				if o.Score >= 0.5 {
					continue
				}
				name := fmt.Sprintf("%s/%s=%s", qn.ID, q.ID, o.ID)
				switch {
				case o.Finding == nil:
					t.Errorf("%s: option scores %.2f but raises no finding", name, o.Score)
				case o.Finding.Remedy == "":
					t.Errorf("%s: finding has no remedy", name)
				}
			}
		}
	}
}
