package questionnaire_test

import (
	"slices"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// loadVerdict loads the test questionnaire that uses every construct of the second format.
func loadVerdict(t *testing.T) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load("../../docs/examples/questionnaire-verdict.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

// TestVerdictModel checks what the loader makes of the new constructs.
func TestVerdictModel(t *testing.T) {
	t.Parallel()
	qn := loadVerdict(t)
	route := qn.Question("transfer-route")
	if w := route.When; w == nil || len(w.All) != 2 || w.All[1].Not == nil || w.All[1].Not.Is[0] != questionnaire.StateUnknown {
		t.Errorf("transfer-route when = %+v, want all of an in and a not is", w)
	}
	if got := route.When.Questions(); !slices.Equal(got, []string{"storage-location"}) {
		t.Errorf("Questions() = %v, want the one question named twice, once", got)
	}
	rules := qn.Rules()
	if len(rules) != 4 || rules[0].ID != "transfer-contradiction" || rules[0].Section.ID != "residency" ||
		rules[0].Finding.Severity != questionnaire.SeverityHigh || !slices.Equal(rules[0].Refs, []string{"pdpa-19", "pdpa-20"}) {
		t.Errorf("rules = %+v", rules)
	}
	if qn.Rule("draft-with-knock-out") != rules[2] || qn.Rule("storage-location") != nil {
		t.Error("Rule looks up rules by id, and only rules")
	}
	if w := rules[2].When; len(w.Worst) != 1 || w.Complete == nil || *w.Complete {
		t.Errorf("draft-with-knock-out when = %+v", w)
	}
	recs := qn.Recommendations
	if recs[0].ReviewMonths != 3 || recs[1].ReviewMonths != 0 || !recs[len(recs)-1].When.Always() || recs[0].When.Always() {
		t.Errorf("recommendations = %+v", recs)
	}
	if o := qn.Question("data-kinds").Option("other"); o.Sensitivity != "" {
		t.Errorf("an option without sensitivity has %q", o.Sensitivity)
	}
}

// TestAudience checks who each question is for.
func TestAudience(t *testing.T) {
	t.Parallel()
	qn := loadVerdict(t)
	tests := []struct {
		id   string
		want []questionnaire.Audience
	}{
		{"stage", []questionnaire.Audience{"business"}},
		{"storage-location", []questionnaire.Audience{"vendor", "legal"}},
		{"health-controls", questionnaire.Audiences}, // no audience: everyone
		{"contact", []questionnaire.Audience{"vendor"}},
	}
	for _, tt := range tests {
		var got []questionnaire.Audience
		for _, a := range questionnaire.Audiences {
			if qn.Question(tt.id).ForAudience(a) {
				got = append(got, a)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s is for %v, want %v", tt.id, got, tt.want)
		}
	}
	profile := &questionnaire.Question{ID: "p"}
	if profile.ForAudience(questionnaire.AudienceVendor) || !profile.ForAudience(questionnaire.AudienceIT) {
		t.Error("a profile question without audience must go to everyone but the vendor")
	}
}

// TestExclusive checks ticking options of a multi question with an exclusive option, and the
// conflicts an answers file may hold.
func TestExclusive(t *testing.T) {
	t.Parallel()
	q := loadVerdict(t).Question("certifications")
	if !q.Exclusive() || loadVerdict(t).Question("data-kinds").Exclusive() {
		t.Error("Exclusive() is wrong")
	}
	ticks := []struct {
		from []string
		tick string
		want []string
	}{
		{nil, "iso27001", []string{"iso27001"}},
		{[]string{"iso27001"}, "soc2", []string{"iso27001", "soc2"}},
		{[]string{"iso27001", "soc2"}, "none", []string{"none"}},
		{[]string{"none"}, "soc2", []string{"soc2"}},
		{[]string{"soc2"}, "soc2", []string{"soc2"}},
	}
	for _, tt := range ticks {
		from := slices.Clone(tt.from)
		if got := q.Tick(tt.from, tt.tick); !slices.Equal(got, tt.want) || !slices.Equal(tt.from, from) {
			t.Errorf("Tick(%v, %s) = %v, want %v (and the input unchanged)", tt.from, tt.tick, got, tt.want)
		}
	}
	conflicts := []struct {
		choices []string
		want    string
	}{
		{[]string{"none"}, ""},
		{[]string{"iso27001", "soc2"}, ""},
		{[]string{"soc2", "none"}, "none"},
		{[]string{"none", "iso27001"}, "none"},
	}
	for _, tt := range conflicts {
		if got := q.ExclusiveConflict(tt.choices); got != tt.want {
			t.Errorf("ExclusiveConflict(%v) = %q, want %q", tt.choices, got, tt.want)
		}
	}
}
