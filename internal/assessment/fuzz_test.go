package assessment

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// FuzzParse feeds arbitrary bytes to the answers loader: it must never panic, must fail only
// with positioned problems, and whatever it accepts must survive Marshal and Parse unchanged.
// Seeds are in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add([]byte(goodFile))
	f.Add([]byte(acceptedFile))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("f.yaml", data)
		if err != nil {
			var probs questionnaire.Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("error is not a list of problems: %v", err)
			}
			return
		}
		out, err := Marshal(file, nil)
		if err != nil {
			t.Fatalf("a file Parse accepts does not marshal: %v", err)
		}
		again, err := Parse("g.yaml", out)
		if err != nil {
			t.Fatalf("marshalled file does not parse: %v\n%s", err, out)
		}
		assertSame(t, file, again)
	})
}

// FuzzMarshal writes answers files with arbitrary text in every free-text field and option id:
// Marshal must refuse text that is not UTF-8 and otherwise write a file that Parse reads back
// exactly. Seeds are in testdata/fuzz/FuzzMarshal.
func FuzzMarshal(f *testing.F) {
	f.Add("DingTalk", "storage-location", "mainland", "Per sales call", "annex.pdf", "vendor", uint8(0))
	f.Fuzz(func(t *testing.T, vendor, id, option, note, evidence, by string, kind uint8) {
		a := &Answer{Note: note, Evidence: []string{evidence, note}, By: by,
			Source: sources[int(kind)%len(sources)], At: "2026-11-28T10:42:00+08:00"}
		switch kind % 4 {
		case 0:
			a.Choice = option
		case 1:
			a.Choices = []string{option, option + "-2"}
		case 2:
			a.Text = note + by
		default:
			a.Unknown = true
		}
		file := &File{
			Questionnaire: Ref{ID: id, Version: option, Language: by},
			Assessment:    Details{Vendor: vendor, Product: note, Assessor: by, Interviewees: []string{vendor, by}, Date: "2026-11-28"},
			Answers:       map[string]*Answer{id: a, "other": {Note: vendor}},
			Accepted:      []Acceptance{{Finding: "f" + id, By: "x" + by, On: "2026-11-28", Until: "2027-11-28", Reason: "r" + note}},
		}
		out, err := Marshal(file, nil)
		valid := id != "" && option != ""
		for _, s := range []string{vendor, id, option, note, evidence, by} {
			valid = valid && utf8.ValidString(s)
		}
		switch {
		case !valid && err == nil:
			t.Fatalf("Marshal accepted text that cannot be written:\n%s", out)
		case !valid:
			return
		case err != nil:
			t.Fatalf("Marshal refused a valid file: %v", err)
		}
		again, err := Parse("m.yaml", out)
		if err != nil {
			t.Fatalf("marshalled file does not parse: %v\n%s", err, out)
		}
		assertSame(t, file, again)
	})
}
