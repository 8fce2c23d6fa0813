package questionnaires_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// minScored is the number of scored questions each built-in questionnaire must have at least.
var minScored = map[string]int{
	"collab-vendor-mo":     40,
	"internal-controls-mo": 20,
}

// noRefs lists scored questions allowed to cite no reference, each with the reason.
var noRefs = map[string]string{
	"liability-law": "liability caps and governing law are contract practice; no cited source sets a standard for them",
}

// partial reports whether an option's score is one part of a total: the options of a multi
// question with the sum aggregate add up, so a low score there is not a poor answer.
func partial(q *questionnaire.Question, o questionnaire.Option) bool {
	return q.Kind == questionnaire.KindMulti && q.Aggregate == questionnaire.AggregateSum && o.Score > 0
}

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
		t.Logf("%s %s: %d scored questions", qn.ID, qn.Version, qn.ScoredCount())
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
				if o.Score >= 0.5 || partial(q, o) {
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

// TestBestAnswerScoresFull checks that every scored question with options offers an answer that
// scores 1 (for a multi question that adds its options up, all of them together), so that a vendor
// with perfect answers can reach 100.
func TestBestAnswerScoresFull(t *testing.T) {
	t.Parallel()
	for _, qn := range builtins(t) {
		for _, q := range qn.Questions() {
			if !q.Scored() || !q.HasOptions() {
				continue
			}
			best, total := 0.0, 0.0
			for _, o := range q.Options {
				best = max(best, o.Score)
				if partial(q, o) {
					total += o.Score
				}
			}
			best = max(best, min(total, 1))
			if best != 1 {
				t.Errorf("%s/%s: the best option scores %.2f, want 1", qn.ID, q.ID, best)
			}
		}
	}
}

// TestKnockOuts checks that the default questionnaire raises a critical finding, which caps the
// rating, for each knock-out condition: no written processor contract, storage locations or
// sub-processors not disclosed, a transfer with no legal route, highly sensitive data sent abroad
// with no legal basis or processed before its authorisation, and own use of customer data by the
// vendor. Critical findings are reserved for knock-outs.
func TestKnockOuts(t *testing.T) {
	t.Parallel()
	qn, err := questionnaire.Find(questionnaire.DefaultID, "en")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{ // question=option; "unknown" for finding_unknown
		"dpa-signed=none":                 true,
		"storage-location=not-disclosed":  true,
		"storage-location=unknown":        true,
		"subprocessor-list=not-disclosed": true,
		"sensitive-transfer=no-basis":     true,
		"sensitive-transfer=applied":      true,
		"transfer-basis=none":             true,
		"own-purpose-use=allowed":         true,
		"rule stored-abroad-no-transfer":  true,
	}
	got := map[string]bool{}
	for _, q := range qn.Questions() {
		if f := q.FindingUnknown; f != nil && f.Severity == questionnaire.SeverityCritical {
			got[q.ID+"=unknown"] = true
		}
		for _, o := range q.Options {
			if o.Finding != nil && o.Finding.Severity == questionnaire.SeverityCritical {
				got[q.ID+"="+o.ID] = true
			}
		}
	}
	for _, r := range qn.Rules() {
		if r.Finding.Severity == questionnaire.SeverityCritical {
			got["rule "+r.ID] = true
		}
	}
	for k := range want {
		if !got[k] {
			t.Errorf("knock-out %s raises no critical finding", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("%s raises a critical finding but is not a knock-out condition", k)
		}
	}
	if qn.Scoring.CriticalCap == "" {
		t.Error("the default questionnaire sets no critical_cap, so knock-outs do not cap the rating")
	}
}

// example is one example assessment in docs/examples and what it must come to.
type example struct {
	file           string
	recommendation string
	capped         bool // a critical finding lowered the rating
}

// examples lists the example assessments from the strongest to the weakest.
var examples = []example{
	{file: "selfhosted-macao.answers.yaml", recommendation: "Keep as is"},
	{file: "singapore-byok.answers.yaml", recommendation: "Keep as is"},
	{file: "candidate-tokyo-procurement.answers.yaml", recommendation: "Adopt with conditions"},
	{file: "mainland-provider-keys.answers.yaml", recommendation: "Suspend and remedy", capped: true},
}

// TestExamples scores the example assessments with the built-in questionnaire and checks that
// they load without warnings, rank self-hosted above Singapore above the Tokyo candidate above
// mainland, get the
// recommendation the decision matrix gives them, and that the mainland example's knock-out caps
// its rating.
func TestExamples(t *testing.T) {
	t.Parallel()
	prev := 101.0
	for _, ex := range examples {
		f, err := assessment.Load(filepath.Join("..", "docs", "examples", ex.file))
		if err != nil {
			t.Fatal(err)
		}
		qn, err := questionnaire.Find(f.Questionnaire.ID, f.Questionnaire.Language)
		if err != nil {
			t.Fatal(err)
		}
		warnings, err := assessment.Check(f, qn)
		if err != nil {
			t.Fatalf("%s: %v", ex.file, err)
		}
		for _, w := range warnings {
			t.Errorf("%s: warning: %s", ex.file, w)
		}
		r := scoring.Score(qn, f)
		t.Logf("%s: overall %.1f, band %s, rating %s, sensitivity %s, coverage %.2f", ex.file, r.Overall, r.Band, r.Rating, r.Sensitivity, r.Coverage)
		for _, qr := range r.Questions {
			if qr.Problem != nil {
				t.Errorf("%s: %s: %s", ex.file, qr.Question.ID, qr.Problem.String())
			}
		}
		if !r.Scored || r.Overall >= prev {
			t.Errorf("%s: overall %.1f, want below the previous example's %.1f", ex.file, r.Overall, prev)
		}
		prev = r.Overall
		if r.Recommendation == nil || r.Recommendation.Title != ex.recommendation {
			t.Errorf("%s: recommendation %v, want %q", ex.file, r.Recommendation, ex.recommendation)
		}
		critical := slices.ContainsFunc(r.Findings, func(f scoring.Finding) bool {
			return f.Severity == questionnaire.SeverityCritical
		})
		if critical != ex.capped || r.Capped != ex.capped {
			t.Errorf("%s: critical finding %v, capped %v, want both %v", ex.file, critical, r.Capped, ex.capped)
		}
		if ex.capped && r.Rating != qn.Scoring.CriticalCap {
			t.Errorf("%s: rating %q, want the cap %q", ex.file, r.Rating, qn.Scoring.CriticalCap)
		}
	}
}
