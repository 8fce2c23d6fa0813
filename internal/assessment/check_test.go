package assessment

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

func TestCheck(t *testing.T) {
	t.Parallel()
	qn := mustLoadMinimal(t) // minimal-example 1.0.0
	const name = "v.answers.yaml"
	tests := []struct {
		name     string
		id       string
		version  string
		answers  map[string]*Answer
		warnings []string
		err      string
	}{
		{name: "same version, every answer fits", id: "minimal-example", version: "1.0.0", answers: map[string]*Answer{
			"storage-location": {Choice: "abroad"}, "uses-files": {Choice: "no"}, "certifications": {Choices: []string{"soc2", "none"}},
			"cert-expiry": {Date: "2027-01-01"}, "security-contact": {Text: "x"}, "shared-files-region": {NA: true},
			"controls": {Unknown: true}, "past-breach": {Note: "no value yet"},
		}},
		{name: "another questionnaire", id: "collab-vendor-mo", version: "1.0.0",
			err: `v.answers.yaml was made for questionnaire "collab-vendor-mo", not "minimal-example"`},
		{name: "another version, every answer fits", id: "minimal-example", version: "0.9.0",
			answers:  map[string]*Answer{"storage-location": {Choice: "macao"}},
			warnings: []string{"v.answers.yaml was made with minimal-example version 0.9.0 and is scored with version 1.0.0; every answer still fits"}},
		{name: "another version, answers that no longer fit", id: "minimal-example", version: "0.9.0", answers: map[string]*Answer{
			"zz-removed":       {Choice: "x"},
			"aa-removed":       {Unknown: true},
			"storage-location": {Choice: "mainland"},
			"certifications":   {Choices: []string{"iso27001", "soc1"}},
			"past-breach":      {Choices: []string{"yes"}},
			"data-kinds":       {NA: true},
			"cert-expiry":      {Text: "next year"},
			"uses-files":       {Choice: "yes"},
		}, warnings: []string{"v.answers.yaml was made with minimal-example version 0.9.0 and is scored with version 1.0.0; " +
			"these answers no longer fit, are kept in the file and count as unanswered: " +
			"data-kinds (answered not applicable, which this question does not allow); " +
			`storage-location (option "mainland" is not offered by this version); ` +
			`certifications (option "soc1" is not offered by this version); ` +
			"past-breach (answered with a list of options, but this question takes one option); " +
			"cert-expiry (answered with a text, but this question takes a date); " +
			"aa-removed (not in this version); zz-removed (not in this version)"}},
		{name: "same version, answers that do not fit", id: "minimal-example", version: "1.0.0", answers: map[string]*Answer{
			"security-contact": {Choice: "someone"}, "old": {Note: "kept"},
		}, warnings: []string{"v.answers.yaml holds answers that minimal-example version 1.0.0 cannot use; they are kept in the file " +
			"and count as unanswered: security-contact (answered with one option, but this question takes a text); old (not in this version)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := &File{Name: name, Questionnaire: Ref{ID: tt.id, Version: tt.version}, Answers: tt.answers}
			before := len(f.Answers)
			warnings, err := Check(f, qn)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(warnings, tt.warnings) {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(tt.warnings, "\n"))
			}
			if len(f.Answers) != before {
				t.Errorf("Check dropped answers: %d of %d left", len(f.Answers), before)
			}
		})
	}
}

func TestCheckUnnamedFile(t *testing.T) {
	t.Parallel()
	f := NewFile(mustLoadMinimal(t), Details{Date: "2026-11-28"})
	f.Questionnaire.ID = "other"
	_, err := Check(f, mustLoadMinimal(t))
	if want := `the answers file was made for questionnaire "other", not "minimal-example"`; err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
}

func TestMisfit(t *testing.T) {
	t.Parallel()
	qn := mustLoadMinimal(t)
	tests := []struct {
		question string
		answer   *Answer
		want     string
	}{
		{"storage-location", nil, ""},
		{"storage-location", &Answer{Note: "only a note"}, ""},
		{"storage-location", &Answer{Unknown: true}, ""},
		{"storage-location", &Answer{Choice: "macao"}, ""},
		{"storage-location", &Answer{Choice: "Macao"}, `option "Macao" is not offered by this version`},
		{"storage-location", &Answer{NA: true}, "answered not applicable, which this question does not allow"},
		{"storage-location", &Answer{Date: "2027-01-01"}, "answered with a date, but this question takes one option"},
		{"shared-files-region", &Answer{NA: true}, ""},
		{"shared-files-region", &Answer{Choice: "no"}, ""},
		{"shared-files-region", &Answer{Choice: "false"}, `option "false" is not offered by this version`},
		{"certifications", &Answer{Choices: []string{"iso27001", "none"}}, ""},
		{"certifications", &Answer{Choice: "iso27001"}, "answered with one option, but this question takes a list of options"},
		{"certifications", &Answer{Choices: []string{"iso27001", "pci"}}, `option "pci" is not offered by this version`},
		{"cert-expiry", &Answer{Date: "2027-01-01"}, ""},
		{"cert-expiry", &Answer{Date: "01/01/2027"}, `date "01/01/2027" is not a date (YYYY-MM-DD)`},
		{"security-contact", &Answer{Text: "Ms. Wong"}, ""},
		{"security-contact", &Answer{Unknown: true}, ""},
		{"security-contact", &Answer{Choices: []string{"x"}}, "answered with a list of options, but this question takes a text"},
	}
	for _, tt := range tests {
		if got := Misfit(qn.Question(tt.question), tt.answer); got != tt.want {
			t.Errorf("Misfit(%s, %+v) = %q, want %q", tt.question, tt.answer, got, tt.want)
		}
	}
}

// TestCheckExclusive checks that an answer ticking an exclusive option with another is refused
// at its line, and that the exclusive option alone is accepted.
func TestCheckExclusive(t *testing.T) {
	t.Parallel()
	qn, err := questionnaire.Load("../../docs/examples/questionnaire-verdict.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const head = "questionnaire: {id: verdict-example, version: 2.0.0, language: en}\nassessment: {vendor: V, date: 2026-11-28}\nanswers:\n"
	f := mustParse(t, head+"  certifications: {choices: [none]}\n")
	if _, err := Check(f, qn); err != nil {
		t.Errorf("the exclusive option alone: %v", err)
	}
	f = mustParse(t, head+"  storage-location: {choice: macao}\n  certifications: {choices: [soc2, none]}\n")
	_, err = Check(f, qn)
	const want = `a.yaml:5:3: answer to "certifications" ticks "none" together with other options, but "none" excludes every other option`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Check = %v, want %s…", err, want)
	}
}

// TestCheckCapsNames checks that a warning about many unusable answers names the first 50 and
// counts the others, so that a file of a million unknown ids gives one short line.
func TestCheckCapsNames(t *testing.T) {
	t.Parallel()
	qn := mustLoadMinimal(t)
	var b strings.Builder
	b.WriteString("questionnaire: {id: minimal-example, version: 1.0.0, language: en}\nassessment: {vendor: V, date: 2026-11-28}\nanswers:\n")
	for i := range 120 {
		fmt.Fprintf(&b, "  gone-%d: {text: x}\n", i)
	}
	warnings, err := Check(mustParse(t, b.String()), qn)
	if err != nil || len(warnings) != 1 {
		t.Fatalf("warnings %q, %v", warnings, err)
	}
	if n := strings.Count(warnings[0], "(not in this version)"); n != 50 {
		t.Errorf("names %d answers, want 50", n)
	}
	if !strings.HasSuffix(warnings[0], "; and 70 more") {
		t.Errorf("warning ends %q", warnings[0][max(len(warnings[0])-40, 0):])
	}
}
