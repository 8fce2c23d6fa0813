package testgen

import (
	"reflect"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

func TestAnswers(t *testing.T) {
	t.Parallel()
	qn, err := questionnaire.Parse("gen.yaml", Questionnaire(200))
	if err != nil {
		t.Fatal(err)
	}
	f := Answers(qn, 7)
	if len(f.Answers) != len(qn.Questions()) {
		t.Errorf("%d answers for %d questions", len(f.Answers), len(qn.Questions()))
	}
	warnings, err := assessment.Check(f, qn)
	if err != nil || len(warnings) != 0 {
		t.Errorf("generated answers do not fit: %v %v", warnings, err)
	}
	var unknown, na int
	for _, a := range f.Answers {
		if a.Unknown {
			unknown++
		}
		if a.NA {
			na++
		}
	}
	if unknown == 0 || na == 0 {
		t.Errorf("want some unknown and N/A answers, got %d and %d", unknown, na)
	}
	if !reflect.DeepEqual(f, Answers(qn, 7)) {
		t.Error("same seed gave different answers")
	}
	if reflect.DeepEqual(f, Answers(qn, 8)) {
		t.Error("different seeds gave the same answers")
	}
}
