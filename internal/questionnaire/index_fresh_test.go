package questionnaire

import (
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/questionnaires"
)

// TestIndexFresh checks that the generated index of the built-in questionnaires, which `list`
// prints without parsing them, says what the files say.
func TestIndexFresh(t *testing.T) {
	t.Parallel()
	all, err := Builtins()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]questionnaires.Entry, len(all))
	for i, qn := range all {
		want[i] = questionnaires.Entry{File: strings.TrimPrefix(qn.Source, "builtin:"), ID: qn.ID, Version: qn.Version,
			Language: qn.Language, Title: qn.Title, Questions: qn.ScoredCount()}
	}
	got := questionnaires.Index
	if len(got) != len(want) {
		t.Fatalf("the index lists %d questionnaires, the files are %d: run go generate ./questionnaires", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("the index is stale (run go generate ./questionnaires):\n got %+v\nwant %+v", got[i], want[i])
		}
	}
}
