package testgen

import (
	"reflect"
	"strings"
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
	kinds := map[string]int{}
	for _, q := range qn.Questions() {
		a := f.Answers[q.ID]
		switch {
		case a.Unknown:
			kinds["unknown"]++
		case a.NA:
			kinds["na"]++
			if !q.AllowNA {
				t.Errorf("%s answered N/A, which it does not allow", q.ID)
			}
		case !a.Answered():
			t.Errorf("%s has no answer", q.ID)
		default:
			kinds[string(q.Kind)]++
		}
		if strings.ContainsAny(a.Note, "\n|<#") {
			kinds["awkward note"]++
		}
	}
	for _, k := range []string{"unknown", "na", "choice", "multi", "yesno", "date", "text", "awkward note"} {
		if kinds[k] == 0 {
			t.Errorf("no %s answers: %v", k, kinds)
		}
	}

	// The file survives the answers file format, awkward text and all.
	data, err := assessment.Marshal(f, qn)
	if err != nil {
		t.Fatal(err)
	}
	back, err := assessment.Parse("gen.answers.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	for id, a := range f.Answers {
		b := *back.Answers[id]
		b.Pos = questionnaire.Pos{}
		if !reflect.DeepEqual(*a, b) {
			t.Errorf("answer %s changed on the way through the file: %+v -> %+v", id, a, b)
		}
	}

	if !reflect.DeepEqual(f, Answers(qn, 7)) {
		t.Error("the same seed gave different answers")
	}
	if reflect.DeepEqual(f, Answers(qn, 8)) {
		t.Error("different seeds gave the same answers")
	}
}

// TestAnswersBuiltin checks that answers made for the built-in questionnaires load back: an
// exclusive option ("none of these") is never ticked with another.
func TestAnswersBuiltin(t *testing.T) {
	t.Parallel()
	qns, err := questionnaire.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	for _, qn := range qns {
		for seed := range int64(20) {
			data, err := assessment.Marshal(Answers(qn, seed), qn)
			if err != nil {
				t.Fatal(err)
			}
			f, err := assessment.Parse(qn.ID+".answers.yaml", data)
			if err == nil {
				_, err = assessment.Check(f, qn)
			}
			if err != nil {
				t.Errorf("%s %s, seed %d: %v", qn.ID, qn.Language, seed, err)
			}
		}
	}
}
