package assessment

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// acceptedFile holds accepted risks and a carried answer.
const acceptedFile = `questionnaire: {id: minimal-example, version: 1.0.0, language: en}
assessment: {vendor: DingTalk, date: 2026-11-28}
answers:
  storage-location: {choice: abroad, carried: true, at: 2025-11-20T09:00:00+08:00}
  certifications: {choices: [none], carried: false}
accepted:
  - {finding: storage-location, by: B. Lei (DPO), on: 2026-11-28, until: 2027-05-31, reason: "Migration to the MSAR region is contracted for Q2 2027."}
  - finding: certifications
    by: B. Lei
    on: 2026-12-01
    until: 2026-12-01
    reason: One day only
`

func TestParseAccepted(t *testing.T) {
	t.Parallel()
	f := mustParse(t, acceptedFile)
	want := []Acceptance{
		{Finding: "storage-location", By: "B. Lei (DPO)", On: "2026-11-28", Until: "2027-05-31",
			Reason: "Migration to the MSAR region is contracted for Q2 2027.", Pos: questionnaire.Pos{Line: 7, Col: 5}},
		{Finding: "certifications", By: "B. Lei", On: "2026-12-01", Until: "2026-12-01", Reason: "One day only",
			Pos: questionnaire.Pos{Line: 8, Col: 5}},
	}
	if !reflect.DeepEqual(f.Accepted, want) {
		t.Errorf("accepted = %+v\nwant %+v", f.Accepted, want)
	}
	if !f.Answers["storage-location"].Carried || f.Answers["certifications"].Carried {
		t.Errorf("carried: %v, %v", f.Answers["storage-location"].Carried, f.Answers["certifications"].Carried)
	}
}

func TestAcceptanceExpiredOn(t *testing.T) {
	t.Parallel()
	a := Acceptance{On: "2024-02-29", Until: "2025-02-28"}
	for day, want := range map[string]bool{"2024-02-29": false, "2025-02-28": false, "2025-03-01": true, "2026-01-01": true} {
		if got := a.ExpiredOn(day); got != want {
			t.Errorf("ExpiredOn(%s) = %v, want %v", day, got, want)
		}
	}
}

func TestParseAcceptedProblems(t *testing.T) {
	t.Parallel()
	const head = "questionnaire: {id: q, version: 1.0.0}\nassessment: {date: 2026-11-28}\n"
	const ok = "by: A, on: 2026-11-28, until: 2027-11-28, reason: R"
	tests := []struct {
		name, data string
		want       []string
	}{
		{"empty list", head + "accepted: []\n", nil},
		{"null", head + "accepted:\n", nil},
		{"not a list", head + "accepted: {finding: q}\n", []string{
			"a.yaml:3:11: accepted must be a list of entries such as - {finding: QUESTION-OR-RULE-ID, by: NAME, on: YYYY-MM-DD, until: YYYY-MM-DD, reason: WHY}, not a mapping"}},
		{"entry not a mapping", head + "accepted: [q]\n", []string{
			`a.yaml:3:12: an accepted entry must be a mapping of keys to values, not "q" (allowed keys: finding, by, on, until, reason)`}},
		{"unknown key", head + "accepted:\n  - {finding: q, " + ok + ", expires: 2027-01-01}\n", []string{
			`a.yaml:4:71: unknown key "expires" in an accepted entry (allowed keys: finding, by, on, until, reason)`}},
		{"missing fields", head + "accepted:\n  - {finding: q, on: 2026-11-28}\n", []string{
			"a.yaml:4:5: accepted entry has no by, until, reason (write - {finding: QUESTION-OR-RULE-ID, by: NAME, on: YYYY-MM-DD, until: YYYY-MM-DD, reason: WHY})"}},
		{"blank reason", head + "accepted:\n  - {finding: q, by: A, on: 2026-11-28, until: 2027-11-28, reason: \"  \"}\n", []string{
			"a.yaml:4:5: accepted entry has no reason (write - {finding: QUESTION-OR-RULE-ID, by: NAME, on: YYYY-MM-DD, until: YYYY-MM-DD, reason: WHY})"}},
		{"bad date", head + "accepted:\n  - {finding: q, by: A, on: 2026-11-28, until: 2027-02-29, reason: R}\n", []string{
			`a.yaml:4:48: accepted until "2027-02-29" is not a date (write YYYY-MM-DD, such as 2026-11-28)`}},
		{"until before on", head + "accepted:\n  - {finding: q, by: A, on: 2026-11-28, until: 2026-11-27, reason: R}\n", []string{
			"a.yaml:4:48: accepted until 2026-11-27 is before on 2026-11-28 (an acceptance ends on or after the day it is given)"}},
		{"twice", head + "accepted:\n  - {finding: q, " + ok + "}\n  - {finding: q, " + ok + "}\n", []string{
			"a.yaml:5:5: accepted finding \"q\" is listed twice (first at 4:5; keep one entry per finding)"}},
		{"finding a list", head + "accepted:\n  - {finding: [q], " + ok + "}\n", []string{
			"a.yaml:4:5: accepted entry has no finding (write - {finding: QUESTION-OR-RULE-ID, by: NAME, on: YYYY-MM-DD, until: YYYY-MM-DD, reason: WHY})",
			"a.yaml:4:15: accepted finding must be text, not a list"}},
		{"carried without an answer", head + "answers:\n  q: {carried: true, note: x}\n", []string{
			`a.yaml:4:3: answer "q" is marked carried but has no answer (carried marks an answer taken over from an earlier assessment)`}},
		{"carried not a boolean", head + "answers:\n  q: {choice: a, carried: yes}\n", []string{
			`a.yaml:4:27: answer "q" carried must be true or false, not "yes"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse("a.yaml", []byte(tt.data))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			got := strings.Split(err.Error(), "\n")
			if !sameLines(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestMarshalAccepted(t *testing.T) {
	t.Parallel()
	qn := mustLoadMinimal(t)
	f := NewFile(qn, Details{Vendor: "DingTalk", Date: "2026-11-28"})
	f.Answers["storage-location"] = &Answer{Choice: "abroad", Carried: true}
	f.Accepted = []Acceptance{
		{Finding: "zz-rule", By: "A", On: "2026-11-28", Until: "2027-11-28", Reason: "yes"},
		{Finding: "certifications", By: "null", On: "2026-11-28", Until: "2026-11-28", Reason: "# not a comment\nsecond line"},
		{Finding: "storage-location", By: "B. Lei (DPO)", On: "2026-11-28", Until: "2027-05-31", Reason: "Migration: Q2 2027"},
	}
	data, err := Marshal(f, qn)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "accepted.answers.yaml", data)
	assertSame(t, f, mustParse(t, string(data)))
	// The entries in the questionnaire's order, then the others by id; without it, all by id.
	order := func(data []byte) string {
		var ids []string
		for line := range strings.Lines(string(data)) {
			if rest, ok := strings.CutPrefix(line, "- {finding: "); ok {
				id, _, _ := strings.Cut(rest, ",")
				ids = append(ids, id)
			}
		}
		return strings.Join(ids, " ")
	}
	if got, want := order(data), "storage-location certifications zz-rule"; got != want {
		t.Errorf("order with the questionnaire %q, want %q", got, want)
	}
	data, _ = Marshal(f, nil)
	if got, want := order(data), "certifications storage-location zz-rule"; got != want {
		t.Errorf("order without the questionnaire %q, want %q", got, want)
	}
}

func TestMarshalRefusesAccepted(t *testing.T) {
	t.Parallel()
	good := Acceptance{Finding: "q", By: "A", On: "2026-11-28", Until: "2027-11-28", Reason: "R"}
	tests := []struct {
		name   string
		change func(f *File)
		want   string
	}{
		{"no reason", func(f *File) { f.Accepted[0].Reason = "" }, `write answers: accepted entry for "q" has no reason`},
		{"until before on", func(f *File) { f.Accepted[0].Until = "2026-01-01" },
			`write answers: accepted entry for "q" until 2026-01-01 is before on 2026-11-28 (an acceptance ends on or after the day it is given)`},
		{"bad on", func(f *File) { f.Accepted[0].On = "today" },
			`write answers: accepted entry for "q" on "today" is not a date (write YYYY-MM-DD, such as 2026-11-28)`},
		{"not UTF-8", func(f *File) { f.Accepted[0].By = "\xff" }, `write answers: accepted entry for "q" holds text that is not UTF-8`},
		{"twice", func(f *File) { f.Accepted = append(f.Accepted, good) }, `write answers: accepted finding "q" is listed twice`},
		{"carried without answer", func(f *File) { f.Answers["q"] = &Answer{Carried: true} },
			`write answers: answer "q" is marked carried but has no answer (carried marks an answer taken over from an earlier assessment)`},
	}
	for _, tt := range tests {
		f := &File{Questionnaire: Ref{ID: "q", Version: "1"}, Assessment: Details{Date: "2026-11-28"},
			Answers: map[string]*Answer{}, Accepted: []Acceptance{good}}
		tt.change(f)
		if _, err := Marshal(f, nil); err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestCheckAccepted(t *testing.T) {
	t.Parallel()
	qn := mustLoadMinimal(t)
	accepted := []Acceptance{
		{Finding: "storage-location", Pos: questionnaire.Pos{Line: 7, Col: 5}},
		{Finding: "no-such-question", Pos: questionnaire.Pos{Line: 8, Col: 5}},
	}
	f := &File{Name: "a.yaml", Questionnaire: Ref{ID: qn.ID, Version: qn.Version}, Accepted: accepted}
	_, err := Check(f, qn)
	var probs questionnaire.Problems
	want := `a.yaml:8:5: accepted finding "no-such-question" is neither a question nor a rule of minimal-example version 1.0.0 (name the question or rule that raises the finding)`
	if !errors.As(err, &probs) || err.Error() != want {
		t.Errorf("same version: error %v, want %q", err, want)
	}
	f.Questionnaire.Version = "0.9.0"
	warnings, err := Check(f, qn)
	if err != nil || len(warnings) != 2 || warnings[1] !=
		`a.yaml accepts a risk for "no-such-question", which minimal-example version 1.0.0 does not have; the entry is kept` {
		t.Errorf("another version: warnings %q, error %v", warnings, err)
	}
	if len(f.Accepted) != 2 {
		t.Error("Check dropped an accepted entry")
	}
}
