package assessment

import (
	"errors"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// FuzzParse feeds arbitrary bytes to the answers loader: it must never panic, fail only with
// positioned problems, and whatever it accepts must survive Marshal and Parse unchanged.
func FuzzParse(f *testing.F) {
	f.Add([]byte(goodFile))
	f.Add([]byte("questionnaire: {id: q}\nassessment: {date: 2026-11-28}\nanswers:\n  a: {note: \"x\\ny\"}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("f.yaml", data)
		if err != nil {
			var probs questionnaire.Problems
			if !errors.As(err, &probs) {
				t.Fatalf("error is not a list of problems: %v", err)
			}
			return
		}
		out, err := Marshal(file, nil)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse("g.yaml", out)
		if err != nil {
			t.Fatalf("marshalled file does not parse: %v\n%s", err, out)
		}
		assertSameAnswers(t, file, again)
	})
}
