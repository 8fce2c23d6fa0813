package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// TestVerdictCompareAndDiff checks that rule findings and drafts reach compare and diff: the
// complete assessment's critical rule finding is a knock-out in the comparison, the draft is
// named at the top, and the diff from the draft lists the rule findings as new, by section.
func TestVerdictCompareAndDiff(t *testing.T) {
	t.Parallel()
	const qn = "../../docs/examples/questionnaire-verdict.yaml"
	draft, _ := scoreCase(t, qn, "verdict-draft.answers.yaml")
	done, _ := scoreCase(t, qn, "verdict-complete.answers.yaml")

	var cmp bytes.Buffer
	if err := Compare(&cmp, []*scoring.Result{draft, done}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"- Draft for Draft Chat: 1 question unanswered; its rating and recommendation are provisional.\n",
		"Section 1, combination of answers — The provider holds the keys to data stored under another jurisdiction.",
	} {
		if !strings.Contains(cmp.String(), want) {
			t.Errorf("the comparison lacks %q:\n%s", want, cmp.String())
		}
	}
	if strings.Contains(cmp.String(), "Draft for Complete Chat") {
		t.Error("the comparison calls the complete assessment a draft")
	}

	var diff bytes.Buffer
	if err := Diff(&diff, draft, done); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"- **Critical** Section 1, combination of answers — The provider holds the keys",
		"- **High** Section 1, combination of answers — Data is stored outside the MSAR",
		"- **Low** 2.2 When does the ISO/IEC 27001 certificate expire? — The document expires on 2026-10-15",
	} {
		if !strings.Contains(diff.String(), want) {
			t.Errorf("the diff lacks %q:\n%s", want, diff.String())
		}
	}
}
