package workbook

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// FuzzCell reads arbitrary cell contents as the answer, note and evidence of every question of
// the default questionnaire (a drop-down, a tick, a date, a text): the parsing must never panic,
// and whatever it accepts must fit the question and survive an answers file's Marshal and Parse
// unchanged. Seeds are in testdata/fuzz/FuzzCell.
func FuzzCell(f *testing.F) {
	qn, err := questionnaire.Find("collab-vendor-mo", "en")
	if err != nil {
		f.Fatal(err)
	}
	l := layoutFor(qn, "")
	f.Add("Yes", false, false)
	f.Fuzz(func(t *testing.T, text string, number, formula bool) {
		v := value{text: text, number: number, formula: formula}
		file := &assessment.File{Questionnaire: assessment.Ref{ID: qn.ID, Version: qn.Version, Language: qn.Language},
			Assessment: assessment.Details{Date: "2026-12-02"}, Answers: make(map[string]*assessment.Answer)}
		for _, q := range qn.Questions() {
			a := &assessment.Answer{Note: cleanText(text), Evidence: splitEvidence(text), Source: assessment.SourceStated, By: cleanText(text)}
			for _, e := range a.Evidence {
				if e == "" || strings.ContainsAny(e, ";\n") || e != strings.TrimSpace(e) {
					t.Fatalf("evidence entry %q of %q", e, text)
				}
			}
			if c, ok := matchChoice(l.lists[q.ID], v); ok {
				a.Choice, a.Unknown, a.NA = c.option, c.unknown, c.na
			}
			switch q.Kind {
			case questionnaire.KindText:
				a.Text = cleanText(text)
			case questionnaire.KindMulti:
				if ticked, err := parseTick(l.msg, v); err == nil && ticked && !a.Unknown && !a.NA {
					a.Choices = []string{q.Options[0].ID}
				}
			case questionnaire.KindDate:
				if d, err := parseDate(v, number); err == nil && !a.Unknown && !a.NA {
					if _, err := time.Parse(time.DateOnly, d); err != nil {
						t.Fatalf("parseDate(%q) = %q, not a date", text, d)
					}
					a.Date = d
				}
			}
			if why := assessment.Misfit(q, a); why != "" {
				t.Fatalf("%s: the answer read from %q does not fit: %s", q.ID, text, why)
			}
			file.Answers[q.ID] = a
		}
		data, err := assessment.Marshal(file, qn)
		if err != nil {
			t.Fatalf("answers read from %q do not marshal: %v", text, err)
		}
		back, err := assessment.Parse("f.yaml", data)
		if err != nil {
			t.Fatalf("answers read from %q do not parse back: %v\n%s", text, err, data)
		}
		for id, a := range file.Answers {
			b := *back.Answers[id]
			b.Pos = a.Pos
			if !reflect.DeepEqual(*a, b) {
				t.Fatalf("%s: wrote %+v, read back %+v", id, *a, b)
			}
		}
	})
}
