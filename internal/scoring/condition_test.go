package scoring

import (
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// verdictPath is the test questionnaire that uses every construct of the second format.
const verdictPath = "../../docs/examples/questionnaire-verdict.yaml"

// loadVerdict loads the verdict test questionnaire.
func loadVerdict(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load(verdictPath)
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

// TestConditionGrammar decides each atom of the condition grammar, and their nesting, against
// answers of every kind and state.
func TestConditionGrammar(t *testing.T) {
	t.Parallel()
	qn := loadVerdict(t)
	type C = questionnaire.Condition
	yes, no := true, false
	in := func(q string, ids ...string) *C { return &C{Question: q, In: ids} }
	is := func(q string, st ...questionnaire.AnswerState) *C { return &C{Question: q, Is: st} }
	answers := map[string]*assessment.Answer{
		"storage-location": choice("singapore"),
		"transfer-route":   na(),
		"key-holder":       unknown(),
		"certifications":   choices("iso27001", "soc2"),
		"data-kinds":       choices("contact-only"),
		"health-controls":  choice("no"), // hidden: data-kinds has no health
		"contact":          {Text: "Ms Lee"},
	}
	tests := []struct {
		name string
		c    *C
		want bool
	}{
		{"nil always holds", nil, true},
		{"in: the choice is listed", in("storage-location", "macao", "singapore"), true},
		{"in: the choice is not listed", in("storage-location", "macao"), false},
		{"in: a multi answer with one listed option ticked", in("certifications", "soc2", "none"), true},
		{"in: a multi answer with no listed option ticked", in("certifications", "none"), false},
		{"in: unknown is no option", in("key-holder", "customer", "provider"), false},
		{"in: N/A is no option", in("transfer-route", "consent", "authorisation", "no-transfer"), false},
		{"in: a hidden question has no answer", in("health-controls", "no"), false},
		{"in: a profile multi answer", in("data-kinds", "contact-only"), true},
		{"is answered: a choice", is("storage-location", questionnaire.StateAnswered), true},
		{"is answered: a text", is("contact", questionnaire.StateAnswered), true},
		{"is unknown", is("key-holder", questionnaire.StateUnknown), true},
		{"is answered: not for unknown", is("key-holder", questionnaire.StateAnswered), false},
		{"is na", is("transfer-route", questionnaire.StateNA), true},
		{"is unanswered: no answer", is("cert-expiry", questionnaire.StateUnanswered), true},
		{"is unanswered: a hidden question's answer does not count", is("health-controls", questionnaire.StateUnanswered), true},
		{"is: any of several states", is("key-holder", questionnaire.StateAnswered, questionnaire.StateUnknown), true},
		{"in and is together", &C{Question: "storage-location", In: []string{"singapore"}, Is: []questionnaire.AnswerState{questionnaire.StateAnswered}}, true},
		{"all: every one holds", &C{All: []*C{in("storage-location", "singapore"), is("key-holder", questionnaire.StateUnknown)}}, true},
		{"all: one fails", &C{All: []*C{in("storage-location", "singapore"), in("certifications", "none")}}, false},
		{"any: one holds", &C{Any: []*C{in("storage-location", "macao"), in("certifications", "soc2")}}, true},
		{"any: none holds", &C{Any: []*C{in("storage-location", "macao"), in("certifications", "none")}}, false},
		{"not: of a failing atom", &C{Not: in("storage-location", "mainland")}, true},
		{"not: of a holding atom", &C{Not: in("storage-location", "singapore")}, false},
		{"not of not", &C{Not: &C{Not: in("storage-location", "singapore")}}, true},
		{"nested: all of any and not", &C{All: []*C{
			{Any: []*C{in("certifications", "none"), {Not: is("key-holder", questionnaire.StateAnswered)}}},
			{Not: &C{All: []*C{in("storage-location", "mainland"), in("certifications", "iso27001")}}},
		}}, true},
		{"several keys: all must hold", &C{Question: "storage-location", In: []string{"singapore"}, Not: is("key-holder", questionnaire.StateUnknown)}, false},
		{"sensitivity listed", &C{Sensitivity: []questionnaire.Sensitivity{"low", "mixed"}}, true},
		{"sensitivity not listed", &C{Sensitivity: []questionnaire.Sensitivity{"high"}}, false},
		{"empty sensitivity list (version 1) holds", &C{Sensitivity: []questionnaire.Sensitivity{}}, true},
		{"rating listed", &C{Rating: []string{"Moderate risk"}}, true},
		{"rating not listed", &C{Rating: []string{"Low risk", "High risk"}}, false},
		{"worst listed", &C{Worst: []questionnaire.Severity{"high", "critical"}}, true},
		{"worst not listed", &C{Worst: []questionnaire.Severity{questionnaire.SeverityNone}}, false},
		{"complete: true on a draft", &C{Complete: &yes}, false},
		{"complete: false on a draft", &C{Complete: &no}, true},
	}
	vis := Visibility(qn, answers)
	e := &env{qn: qn, answers: answers, visible: vis, sensitivity: "low", rating: "Moderate risk", worst: "high"}
	for _, tt := range tests {
		if got := e.holds(tt.c); got != tt.want {
			t.Errorf("%s: holds = %v, want %v", tt.name, got, tt.want)
		}
	}
	noFinding := &env{qn: qn, answers: answers, visible: vis, worst: questionnaire.SeverityNone, complete: true}
	if !noFinding.holds(&C{Worst: []questionnaire.Severity{questionnaire.SeverityNone}, Complete: &yes}) {
		t.Error("worst: [none] and complete: true do not hold with no finding on a complete assessment")
	}
}

// TestVisibilityCompound checks compound conditions on questions: transfer-route is asked when
// the data is stored abroad and the location is not unknown; health-controls when the profile
// names health data or is unknown.
func TestVisibilityCompound(t *testing.T) {
	t.Parallel()
	qn := loadVerdict(t)
	tests := []struct {
		name    string
		answers map[string]*assessment.Answer
		id      string
		want    bool
	}{
		{"stored abroad", map[string]*assessment.Answer{"storage-location": choice("mainland")}, "transfer-route", true},
		{"stored in Macao", map[string]*assessment.Answer{"storage-location": choice("macao")}, "transfer-route", false},
		{"location unknown", map[string]*assessment.Answer{"storage-location": unknown()}, "transfer-route", false},
		{"health data", map[string]*assessment.Answer{"data-kinds": choices("other", "health")}, "health-controls", true},
		{"data kinds unknown", map[string]*assessment.Answer{"data-kinds": unknown()}, "health-controls", true},
		{"no health data", map[string]*assessment.Answer{"data-kinds": choices("other")}, "health-controls", false},
		{"data kinds unanswered", nil, "health-controls", false},
	}
	for _, tt := range tests {
		if got := Visible(qn, tt.answers, qn.Question(tt.id)); got != tt.want {
			t.Errorf("%s: Visible(%s) = %v, want %v", tt.name, tt.id, got, tt.want)
		}
	}
}

// TestRulesAndVerdict scores the verdict questionnaire: rule findings under their section, a
// critical rule capping the rating, draft and complete, and the next review date.
func TestRulesAndVerdict(t *testing.T) {
	t.Parallel()
	qn := loadVerdict(t)
	complete := map[string]*assessment.Answer{
		"stage":            choice("candidate"),
		"data-kinds":       choices("contact-only"),
		"storage-location": choice("mainland"),
		"transfer-route":   choice("no-transfer"),
		"key-holder":       choice("provider"),
		"certifications":   choices("none"),
	}
	r := Score(qn, file(complete))
	var ids []string
	for _, f := range r.Findings {
		ids = append(ids, f.FindingID())
	}
	// critical rule, then high (question, then rule, in questionnaire order), then medium; the
	// sensitivity is low, so health-on-risky-platform does not hold.
	want := []string{"provider-keys-abroad", "storage-location", "transfer-contradiction", "certifications"}
	if len(ids) != len(want) {
		t.Fatalf("findings %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Fatalf("findings %v, want %v", ids, want)
		}
	}
	if f := r.Findings[0]; f.Rule == nil || f.Question != nil || f.Section().ID != "residency" {
		t.Errorf("the first finding is not the residency rule's: %+v", f)
	}
	if !r.Complete || r.Unanswered != 0 {
		t.Errorf("complete %v unanswered %d, want a complete assessment", r.Complete, r.Unanswered)
	}
	if r.Recommendation.Title != "Do not adopt" || r.NextReview != "2027-02-28" {
		t.Errorf("recommendation %q next review %q, want Do not adopt and 2027-02-28 (2026-11-28 + 3 months)", r.Recommendation.Title, r.NextReview)
	}

	complete["data-kinds"] = choices("health")
	complete["health-controls"] = choice("yes")
	r = Score(qn, file(complete))
	if f := r.Findings[len(r.Findings)-1]; f.FindingID() != "health-on-risky-platform" {
		t.Errorf("with health data, the last finding is %s, want the rule on sensitivity and rating", f.FindingID())
	}

	delete(complete, "key-holder")
	r = Score(qn, file(complete))
	if r.Complete || r.Unanswered != 1 {
		t.Errorf("without key-holder: complete %v unanswered %d, want a draft with 1 unanswered", r.Complete, r.Unanswered)
	}
	if r.Recommendation.Title != "Finish the assessment" || r.NextReview != "" {
		t.Errorf("draft: recommendation %q next review %q, want Finish the assessment and no review", r.Recommendation.Title, r.NextReview)
	}
}

// TestAddMonths checks the month arithmetic of the next review: the same day, or the last day
// of a shorter month.
func TestAddMonths(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from   string
		months int
		want   string
	}{
		{"2026-11-28", 12, "2027-11-28"},
		{"2026-08-31", 6, "2027-02-28"},
		{"2027-08-31", 6, "2028-02-29"},
		{"2026-01-31", 1, "2026-02-28"},
		{"2026-03-31", 1, "2026-04-30"},
		{"2026-12-15", 1, "2027-01-15"},
		{"2026-10-31", 120, "2036-10-31"},
	}
	for _, tt := range tests {
		d, _ := time.Parse(time.DateOnly, tt.from)
		if got := AddMonths(d, tt.months).Format(time.DateOnly); got != tt.want {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tt.from, tt.months, got, tt.want)
		}
	}
}
