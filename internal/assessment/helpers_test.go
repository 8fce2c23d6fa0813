package assessment

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// goodFile is an answers file with every field of the format and the option ids YAML 1.1 would
// read as booleans.
const goodFile = `# saved by the interview
questionnaire: {id: example-mo, version: 1.0.0, language: en}
assessment:
  vendor: DingTalk
  product: DingTalk Standard edition
  organisation: Example Trading Ltd.
  assessor: A. Chan
  interviewees: [IT manager, vendor account manager]
  date: 2026-11-28
answers:
  storage-location: {choice: mainland, note: "Per vendor sales call", evidence: ["contract-annex-2.pdf"],
                     source: documented, by: vendor account manager, at: 2026-11-28T10:42:00+08:00}
  certifications:   {choices: [iso27001, iso27701]}
  dpa-signed:       {choice: yes}
  switch:           {choice: off}
  version-pin:      {choice: 1.0}
  cert-expiry:      {date: 2027-03-01}
  key-holder:       {unknown: true, note: vendor would not say}
  sub-processors:   {na: true}
  vendor-contact:   {text: "Ms. Wong\nsecurity@example.com"}
  note-only:        {note: ask again next week}
  not-yet:
`

// mustParse parses an answers file or stops the test.
func mustParse(t testing.TB, data string) *File {
	t.Helper()
	f, err := Parse("a.yaml", []byte(data))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return f
}

// mustLoadMinimal loads the example questionnaire of the docs.
func mustLoadMinimal(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load("../../docs/examples/questionnaire-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

// normal returns the file's content as Marshal writes it: without name, digest, positions and
// nil answers, and with empty lists as nil, so that two files can be compared after a round trip.
func normal(f *File) File {
	g := *f
	g.Name, g.Digest = "", ""
	g.Assessment.Interviewees = nilIfEmpty(g.Assessment.Interviewees)
	g.Answers = make(map[string]*Answer, len(f.Answers))
	for id, a := range f.Answers {
		if a == nil {
			continue // no answer, which Marshal leaves out
		}
		b := *a
		b.Pos = questionnaire.Pos{}
		b.Choices, b.Evidence = nilIfEmpty(b.Choices), nilIfEmpty(b.Evidence)
		g.Answers[id] = &b
	}
	g.Accepted = nil
	for _, a := range f.Accepted {
		a.Pos = questionnaire.Pos{}
		g.Accepted = append(g.Accepted, a)
	}
	// Marshal writes the entries in its own order.
	slices.SortFunc(g.Accepted, func(a, b Acceptance) int { return strings.Compare(a.Finding, b.Finding) })
	return g
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// assertSame fails the test when two files differ in content.
func assertSame(t testing.TB, want, got *File) {
	t.Helper()
	w, g := normal(want), normal(got)
	if !reflect.DeepEqual(w.Questionnaire, g.Questionnaire) || !reflect.DeepEqual(w.Assessment, g.Assessment) {
		t.Errorf("header changed:\n%#v %#v\n->\n%#v %#v", w.Questionnaire, w.Assessment, g.Questionnaire, g.Assessment)
	}
	if !reflect.DeepEqual(w.Accepted, g.Accepted) {
		t.Errorf("accepted changed:\n%#v\n->\n%#v", w.Accepted, g.Accepted)
	}
	if len(w.Answers) != len(g.Answers) {
		t.Errorf("%d answers became %d", len(w.Answers), len(g.Answers))
	}
	for id, a := range w.Answers {
		if b := g.Answers[id]; b == nil || !reflect.DeepEqual(a, b) {
			t.Errorf("answer %q changed:\n%#v\n->\n%#v", id, a, b)
		}
	}
}
