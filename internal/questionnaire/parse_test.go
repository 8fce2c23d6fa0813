package questionnaire_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// minimalPath is the example questionnaire that exercises every field of the format.
const minimalPath = "../../docs/examples/questionnaire-minimal.yaml"

func loadMinimal(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load(minimalPath)
	if err != nil {
		t.Fatalf("Load(%s): %v", minimalPath, err)
	}
	return qn
}

// TestParseMinimal checks the model decoded from the minimal example: header, references,
// sorted ratings, recommendations, the profile, and the defaults and implied options that
// loading fills in.
func TestParseMinimal(t *testing.T) {
	t.Parallel()
	qn := loadMinimal(t)

	if qn.ID != "minimal-example" || qn.Version != "1.0.0" || qn.Language != "en" ||
		qn.Title != "Minimal vendor assessment" || qn.Source != minimalPath {
		t.Errorf("header = %q %q %q %q %q", qn.ID, qn.Version, qn.Language, qn.Title, qn.Source)
	}
	if want := "A short example questionnaire that shows every feature of the format.\n"; len(qn.Description) < len(want) || qn.Description[:len(want)] != want {
		t.Errorf("Description = %q", qn.Description)
	}
	if r := qn.Reference("pdpa-15"); r == nil || r.URL != "https://www.dspdp.gov.mo/" || r.Pos != (questionnaire.Pos{Line: 19, Col: 5}) {
		t.Errorf("Reference(pdpa-15) = %+v", r)
	}
	if qn.Reference("absent") != nil {
		t.Error("Reference(absent) is not nil")
	}

	wantRatings := []questionnaire.Rating{{Min: 80, Label: "Low risk"}, {Min: 50, Label: "Moderate risk"}, {Min: 0, Label: "High risk"}}
	if !reflect.DeepEqual(qn.Scoring.Ratings, wantRatings) || qn.Scoring.CriticalCap != "Moderate risk" {
		t.Errorf("Scoring = %+v", qn.Scoring)
	}

	if len(qn.Recommendations) != 3 {
		t.Fatalf("%d recommendations, want 3", len(qn.Recommendations))
	}
	first := qn.Recommendations[0]
	if first.Title != "Replace the platform" || first.Pos != (questionnaire.Pos{Line: 44, Col: 5}) || first.When == nil ||
		!reflect.DeepEqual(first.When.Sensitivity, []questionnaire.Sensitivity{questionnaire.SensitivityHigh}) ||
		!reflect.DeepEqual(first.When.Rating, []string{"High risk"}) {
		t.Errorf("first recommendation = %+v (when %+v)", first, first.When)
	}
	if last := qn.Recommendations[2]; last.When != nil || last.Title != "Keep with standard controls" {
		t.Errorf("last recommendation = %+v", last)
	}

	if len(qn.Profile) != 2 || len(qn.Sections) != 2 {
		t.Fatalf("%d profile questions and %d sections, want 2 and 2", len(qn.Profile), len(qn.Sections))
	}
	kinds := qn.Question("data-kinds")
	if kinds == nil || !kinds.IsProfile() || kinds.Scored() || kinds.Weight != 0 || kinds.Pos != (questionnaire.Pos{Line: 31, Col: 5}) {
		t.Fatalf("data-kinds = %+v", kinds)
	}
	if o := kinds.Option("sensitive-data"); o == nil || o.Sensitivity != questionnaire.SensitivityHigh || o.Pos != (questionnaire.Pos{Line: 38, Col: 9}) {
		t.Errorf("data-kinds option sensitive-data = %+v", o)
	}

	for _, s := range qn.Sections {
		for _, q := range s.Questions {
			if q.Section != s {
				t.Errorf("question %s: Section = %v, want %s", q.ID, q.Section, s.ID)
			}
		}
	}
	if qn.Sections[0].Weight != 2 || qn.Sections[0].Pos != (questionnaire.Pos{Line: 54, Col: 5}) || qn.Sections[1].ID != "security" {
		t.Errorf("sections = %+v, %+v", qn.Sections[0], qn.Sections[1])
	}
	if got := qn.ScoredCount(); got != 8 {
		t.Errorf("ScoredCount = %d, want 8", got)
	}
	if len(qn.Questions()) != 11 || qn.Index("data-kinds") != 0 || qn.Index("storage-location") != 2 || qn.Index("absent") != -1 {
		t.Errorf("order: %d questions, Index(data-kinds)=%d Index(storage-location)=%d", len(qn.Questions()), qn.Index("data-kinds"), qn.Index("storage-location"))
	}
}

// TestParseQuestions checks per-question defaults: weights, aggregates, implied yes/no options
// with their scores and findings, conditions, expiry and findings.
func TestParseQuestions(t *testing.T) {
	t.Parallel()
	qn := loadMinimal(t)
	tests := []struct {
		id        string
		kind      questionnaire.Kind
		weight    float64
		scored    bool
		aggregate questionnaire.Aggregate
		good      string
		options   []string
		scores    []float64
	}{
		{"storage-location", questionnaire.KindChoice, 3, true, "", "", []string{"macao", "abroad"}, []float64{1, 0}},
		{"shared-files-region", questionnaire.KindYesNo, 1, true, "", "yes", []string{"yes", "no"}, []float64{1, 0}},
		{"certifications", questionnaire.KindMulti, 1, true, questionnaire.AggregateMax, "", []string{"iso27001", "soc2", "none"}, []float64{1, 0.8, 0}},
		{"controls", questionnaire.KindMulti, 1, true, questionnaire.AggregateMean, "", []string{"sso", "audit-log", "dlp"}, []float64{1, 1, 1}},
		{"extra-protections", questionnaire.KindMulti, 1, true, questionnaire.AggregateSum, "", []string{"customer-keys", "legal-hold"}, []float64{0.5, 0.5}},
		{"weakest-control", questionnaire.KindMulti, 1, true, questionnaire.AggregateMin, "", []string{"mfa", "password-only"}, []float64{1, 0}},
		{"past-breach", questionnaire.KindYesNo, 1, true, "", "no", []string{"yes", "no"}, []float64{0, 1}},
		{"cert-expiry", questionnaire.KindDate, 1, true, "", "", nil, nil},
		{"security-contact", questionnaire.KindText, 0, false, "", "", nil, nil},
		{"uses-files", questionnaire.KindYesNo, 0, false, "", "yes", []string{"yes", "no"}, []float64{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			t.Parallel()
			q := qn.Question(tt.id)
			if q == nil {
				t.Fatalf("no question %s", tt.id)
			}
			if q.Kind != tt.kind || q.Weight != tt.weight || q.Scored() != tt.scored || q.Aggregate != tt.aggregate || q.Good != tt.good {
				t.Errorf("got kind %s weight %v scored %v aggregate %q good %q", q.Kind, q.Weight, q.Scored(), q.Aggregate, q.Good)
			}
			var ids []string
			var scores []float64
			for _, o := range q.Options {
				ids = append(ids, o.ID)
				scores = append(scores, o.Score)
			}
			if !reflect.DeepEqual(ids, tt.options) || !reflect.DeepEqual(scores, tt.scores) {
				t.Errorf("options %v scores %v, want %v %v", ids, scores, tt.options, tt.scores)
			}
		})
	}

	sl := qn.Question("storage-location")
	if sl.FindingUnknown == nil || sl.FindingUnknown.Severity != questionnaire.SeverityHigh ||
		sl.Option("abroad").Finding == nil || sl.Option("abroad").Finding.Severity != questionnaire.SeverityCritical ||
		sl.Option("abroad").Finding.Remedy == "" || !reflect.DeepEqual(sl.Refs, []string{"pdpa-19"}) || sl.Evidence == "" || sl.Help == "" {
		t.Errorf("storage-location findings, refs or texts = %+v", sl)
	}
	sfr := qn.Question("shared-files-region")
	if !sfr.AllowNA || sfr.When == nil || sfr.When.Question != "uses-files" || !reflect.DeepEqual(sfr.When.In, []string{"yes"}) ||
		sfr.When.Pos != (questionnaire.Pos{Line: 82, Col: 15}) {
		t.Errorf("shared-files-region allow_na %v when %+v", sfr.AllowNA, sfr.When)
	}
	if sfr.Option("no").Finding != sfr.FindingNo || sfr.FindingNo == nil || sfr.Option("yes").Finding != nil {
		t.Error("shared-files-region: implied options do not carry finding_no")
	}
	pb := qn.Question("past-breach")
	if pb.FindingYes == nil || pb.Option("yes").Finding != pb.FindingYes || pb.Pos != (questionnaire.Pos{Line: 124, Col: 9}) {
		t.Errorf("past-breach = %+v", pb)
	}
	if !qn.Question("cert-expiry").Expiry {
		t.Error("cert-expiry: Expiry is false")
	}
}

// TestParseKeepsWords checks that values YAML 1.1 would read as booleans stay the words they are.
func TestParseKeepsWords(t *testing.T) {
	t.Parallel()
	src := `id: words
version: 0.1.0-draft+2
language: zh-Hant-MO
title: yes
scoring:
  ratings: [{min: 0, label: off}]
recommendations: [{title: no}]
sections:
  - id: s
    title: on
    questions:
      - id: q
        prompt: y
        kind: choice
        options:
          - {id: yes, label: n, score: 1}
          - {id: off, label: true, score: 0}
      - {id: r, prompt: p, kind: yesno, good: off, when: {question: q, in: [yes, off]}}
`
	_, err := questionnaire.Parse("words.yaml", []byte(src))
	if err == nil || err.Error() != `words.yaml:18:47: good must be yes or no, not "off" (it names the answer that scores 1)` {
		t.Fatalf("Parse error = %v, want only the good: off problem", err)
	}
	qn, err := questionnaire.Parse("words.yaml", []byte(strings.Replace(src, "good: off", "good: no", 1)))
	if err != nil {
		t.Fatal(err)
	}
	q := qn.Question("q")
	if qn.Title != "yes" || qn.Sections[0].Title != "on" || qn.Scoring.Ratings[0].Label != "off" || qn.Recommendations[0].Title != "no" ||
		q.Options[0].ID != "yes" || q.Options[1].ID != "off" || q.Options[0].Label != "n" || q.Options[1].Label != "true" {
		t.Errorf("words changed: %q %q %q %q %+v", qn.Title, qn.Sections[0].Title, qn.Scoring.Ratings[0].Label, qn.Recommendations[0].Title, q.Options)
	}
	if r := qn.Question("r"); r.Good != "no" || !reflect.DeepEqual(r.When.In, []string{"yes", "off"}) {
		t.Errorf("r = good %q when %+v", r.Good, r.When)
	}
}
