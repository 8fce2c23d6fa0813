package tui

import (
	"slices"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// TestSplitList checks how a typed list is split into items, as the interviewees of the
// assessment details and the evidence of an answer are: at commas and semicolons, ASCII,
// full-width and the Chinese enumeration comma, but not inside a quoted item.
func TestSplitList(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, seps string
		want           []string
	}{
		{"commas", "IT manager, legal counsel", evidenceSeps, []string{"IT manager", "legal counsel"}},
		{"semicolons", "IT manager; legal counsel;", evidenceSeps, []string{"IT manager", "legal counsel"}},
		{"enumeration comma", "陳大文、李小明", evidenceSeps, []string{"陳大文", "李小明"}},
		{"full-width comma and semicolon", "陳大文，李小明；黃美玲", evidenceSeps, []string{"陳大文", "李小明", "黃美玲"}},
		{"only separators and spaces", " ; ,, 、 ", evidenceSeps, nil},
		{"a name with a comma in straight quotes", `"Chan, Tai Man", IT manager`, evidenceSeps,
			[]string{"Chan, Tai Man", "IT manager"}},
		{"in English quotes", "legal counsel; “Wong, K. M.”", evidenceSeps, []string{"legal counsel", "Wong, K. M."}},
		{"in Portuguese quotes", "«Silva, João», gestor de TI", evidenceSeps, []string{"Silva, João", "gestor de TI"}},
		{"in corner brackets", "「陳，大文」、李小明", evidenceSeps, []string{"陳，大文", "李小明"}},
		{"in full-width quotes", "＂Chan, Tai Man＂，IT", evidenceSeps, []string{"Chan, Tai Man", "IT"}},
		{"a quote never closed is a plain character", `"Chan, Tai Man; IT`, evidenceSeps,
			[]string{`"Chan`, "Tai Man", "IT"}},
		{"a quote inside an item does not quote", `IT manager "Bob, Jr", legal`, evidenceSeps,
			[]string{`IT manager "Bob`, `Jr"`, "legal"}},
		{"text after a quoted part stays in the item", `"Chan, Tai" Man, IT`, evidenceSeps,
			[]string{`"Chan, Tai" Man`, "IT"}},
		{"apostrophes are not quotes", "O'Brien, D'Souza", evidenceSeps, []string{"O'Brien", "D'Souza"}},
		{"only the separators given", "a; b, c", listSeps, []string{"a; b", "c"}},
	}
	for _, tt := range tests {
		if got := splitList(tt.in, tt.seps); !slices.Equal(got, tt.want) {
			t.Errorf("%s: splitList(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
		if tt.seps != evidenceSeps {
			continue
		}
		if got := splitList(joinList(tt.want), evidenceSeps); !slices.Equal(got, tt.want) {
			t.Errorf("%s: joinList(%q) = %q does not split back: %q", tt.name, tt.want, joinList(tt.want), got)
		}
	}
}

// TestDetailsKeepInterviewees checks that the details screen shows the interviewees so that
// confirming it unchanged gives back the same names, commas inside a name included.
func TestDetailsKeepInterviewees(t *testing.T) {
	names := []string{"Chan, Tai Man", "IT manager", "李小明"}
	d := assessment.Details{Vendor: "Acme", Date: "2026-11-28", Interviewees: names}
	f := newDetailsForm(&d, &messagesEn, "2026-12-01", 60, true, true)
	var got assessment.Details
	if err := f.apply(&got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Interviewees, names) {
		t.Errorf("interviewees %q after confirming the details, want %q (shown as %q)", got.Interviewees, names, f.interviewees)
	}
}
