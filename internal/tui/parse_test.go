package tui

import (
	"slices"
	"testing"
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
		if got := splitList(joinEvidence(tt.want), evidenceSeps); !slices.Equal(got, tt.want) {
			t.Errorf("%s: joinEvidence(%q) = %q does not split back: %q", tt.name, tt.want, joinEvidence(tt.want), got)
		}
	}
}
