package scoring

import (
	"reflect"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

func TestAcceptedRisks(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	answers := map[string]*assessment.Answer{"c": choice("bad"), "good-no": choice("yes"), "m-min": choices("z")}
	plain := Score(qn, file(answers))
	f := file(answers)
	f.Accepted = []assessment.Acceptance{
		{Finding: "good-no", By: "DPO", On: "2025-11-28", Until: "2026-11-27", Reason: "r"}, // ran out the day before
		{Finding: "c", By: "DPO", On: "2026-11-28", Until: "2026-11-28", Reason: "r"},       // holds on its last day
		{Finding: "cond", By: "DPO", On: "2026-11-28", Until: "2027-11-28", Reason: "r"},    // raises nothing
	}
	r := Score(qn, f)
	if r.Overall != plain.Overall || r.Rating != plain.Rating || r.Capped != plain.Capped || !reflect.DeepEqual(r.Findings, plain.Findings) {
		t.Errorf("accepting risks changed the result: %v %q %v -> %v %q %v", plain.Overall, plain.Rating, plain.Capped, r.Overall, r.Rating, r.Capped)
	}
	if len(r.Accepted) != 3 {
		t.Fatalf("%d accepted risks, want 3", len(r.Accepted))
	}
	for i, want := range []struct {
		id       string
		expired  bool
		findings int
	}{{"good-no", true, 1}, {"c", false, 1}, {"cond", false, 0}} {
		got := r.Accepted[i]
		if got.Finding != want.id || got.Expired != want.expired || len(got.Findings) != want.findings {
			t.Errorf("accepted %d = %s expired %v with %d findings, want %+v", i, got.Finding, got.Expired, len(got.Findings), want)
		}
	}
	if a := r.Acceptance(r.Findings[0]); a == nil || a.Finding != "c" {
		t.Errorf("the critical finding of c is not covered: %+v", a)
	}
	for _, fd := range r.Findings {
		if fd.FindingID() == "m-min" && r.Acceptance(fd) != nil {
			t.Error("a finding nobody accepted is covered")
		}
	}
}
