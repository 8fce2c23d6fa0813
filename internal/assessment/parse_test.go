package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

func TestParse(t *testing.T) {
	t.Parallel()
	f := mustParse(t, goodFile)
	if want := (Ref{ID: "example-mo", Version: "1.0.0", Language: "en"}); f.Questionnaire != want {
		t.Errorf("questionnaire = %+v, want %+v", f.Questionnaire, want)
	}
	wantDetails := Details{Vendor: "DingTalk", Product: "DingTalk Standard edition", Organisation: "Example Trading Ltd.",
		Assessor: "A. Chan", Interviewees: []string{"IT manager", "vendor account manager"}, Date: "2026-11-28"}
	if !reflect.DeepEqual(f.Assessment, wantDetails) {
		t.Errorf("assessment = %+v, want %+v", f.Assessment, wantDetails)
	}
	sum := sha256.Sum256([]byte(goodFile))
	if f.Digest != hex.EncodeToString(sum[:]) || f.Name != "a.yaml" {
		t.Errorf("digest %q name %q", f.Digest, f.Name)
	}
	pos := func(line, col int) questionnaire.Pos { return questionnaire.Pos{Line: line, Col: col} }
	want := map[string]*Answer{
		"storage-location": {Choice: "mainland", Note: "Per vendor sales call", Evidence: []string{"contract-annex-2.pdf"},
			Source: SourceDocumented, By: "vendor account manager", At: "2026-11-28T10:42:00+08:00", Pos: pos(11, 3)},
		"certifications": {Choices: []string{"iso27001", "iso27701"}, Pos: pos(13, 3)},
		"dpa-signed":     {Choice: "yes", Pos: pos(14, 3)}, // a YAML 1.1 boolean stays the option id
		"switch":         {Choice: "off", Pos: pos(15, 3)},
		"version-pin":    {Choice: "1.0", Pos: pos(16, 3)}, // the text as written, not the number 1
		"cert-expiry":    {Date: "2027-03-01", Pos: pos(17, 3)},
		"key-holder":     {Unknown: true, Note: "vendor would not say", Pos: pos(18, 3)},
		"sub-processors": {NA: true, Pos: pos(19, 3)},
		"vendor-contact": {Text: "Ms. Wong\nsecurity@example.com", Pos: pos(20, 3)},
		"note-only":      {Note: "ask again next week", Pos: pos(21, 3)},
		"not-yet":        {Pos: pos(22, 3)},
	}
	if len(f.Answers) != len(want) {
		t.Errorf("%d answers, want %d", len(f.Answers), len(want))
	}
	for id, w := range want {
		if got := f.Answers[id]; !reflect.DeepEqual(got, w) {
			t.Errorf("answer %s = %+v, want %+v", id, got, w)
		}
	}
}

func TestLoad(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.answers.yaml")
	if err := os.WriteFile(path, []byte(goodFile), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != path || f.Assessment.Vendor != "DingTalk" {
		t.Errorf("loaded %q with vendor %q", f.Name, f.Assessment.Vendor)
	}
	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.yaml"), "load answers: open " + filepath.Join(dir, "missing.yaml") + ": no such file or directory"},
		{dir, "load answers: " + dir + " is a folder, not a file"},
	} {
		if _, err := Load(tt.path); err == nil || err.Error() != tt.want {
			t.Errorf("Load(%s) error %v, want %q", tt.path, err, tt.want)
		}
	}
}

func TestParseProblems(t *testing.T) {
	t.Parallel()
	const head = "questionnaire: {id: q, version: 1.0.0, language: en}\nassessment: {vendor: V, date: 2026-11-28}\n"
	tests := []struct {
		name, data string
		want       []string // every problem, in order; a trailing "..." matches any rest of the line
	}{
		{"empty", "", []string{"a.yaml: file is empty (an answers file is a YAML mapping with questionnaire, assessment and answers)"}},
		{"only a comment", "# nothing\n", []string{"a.yaml: file is empty (an answers file is a YAML mapping with questionnaire, assessment and answers)"}},
		{"a list", "- a\n", []string{"a.yaml:1:1: the file must be a YAML mapping of keys, not a list"}},
		{"a scalar", "hello\n", []string{`a.yaml:1:1: the file must be a YAML mapping of keys, not "hello"`}},
		{"two documents", head + "---\n" + head, []string{"a.yaml:3:1: file holds more than one YAML document ..."}},
		{"not UTF-8", head + "answers: {q: {note: \"caf\xe9\"}}\n", []string{"a.yaml:3:25: file is not UTF-8 text: byte 0xe9 is not part of a character (save the file as UTF-8)"}},
		{"syntax", head + "answers: {q: [}\n", []string{"a.yaml:3:15: invalid YAML: did not find expected node content (while parsing a flow node at 3:15)"}},
		{"alias", head + "answers:\n  q: &x {choice: a}\n  r: *x\n", []string{"a.yaml:4:6: anchors (&x) are not supported (write each value out in full)"}},
		{"tag", head + "answers:\n  q: {choice: !!int 1}\n", []string{"a.yaml:4:15: YAML tag !!int is not supported (write plain values; quote a value to make it text)"}},
		{"unknown top key", head + "extra: 1\n", []string{`a.yaml:3:1: unknown key "extra" in the answers file (allowed keys: questionnaire, assessment, answers, accepted)`}},
		{"missing sections", "answers: {}\n", []string{
			"a.yaml:1:1: the answers file has no questionnaire (add questionnaire: {id: ..., version: ..., language: ...})",
			"a.yaml:1:1: the answers file has no assessment (add assessment: with at least the date, YYYY-MM-DD)"}},
		{"questionnaire not a mapping", "questionnaire: q\nassessment: {date: 2026-11-28}\n", []string{
			`a.yaml:1:16: questionnaire must be a mapping of keys to values, not "q" (allowed keys: id, version, language)`}},
		{"questionnaire without id and version", "questionnaire: {language: en, title: x}\nassessment: {date: 2026-11-28}\n", []string{
			`a.yaml:1:1: questionnaire has no id (the id of the questionnaire the answers were made with)`,
			`a.yaml:1:1: questionnaire has no version (the version of the questionnaire the answers were made with)`,
			`a.yaml:1:31: unknown key "title" in questionnaire (allowed keys: id, version, language)`}},
		{"date with slashes", "questionnaire: {id: q, version: 1}\nassessment: {date: 28/11/2026}\n", []string{
			`a.yaml:2:20: assessment date "28/11/2026" is not a date (write YYYY-MM-DD, such as 2026-11-28)`}},
		{"date that does not exist", "questionnaire: {id: q, version: 1}\nassessment: {date: 2026-02-30}\n", []string{
			`a.yaml:2:20: assessment date "2026-02-30" is not a date (write YYYY-MM-DD, such as 2026-11-28)`}},
		{"date without leading zeros", "questionnaire: {id: q, version: 1}\nassessment: {date: 2026-1-5}\n", []string{
			`a.yaml:2:20: assessment date "2026-1-5" is not a date (write YYYY-MM-DD, such as 2026-11-28)`}},
		{"missing date", "questionnaire: {id: q, version: 1}\nassessment: {vendor: V}\n", []string{
			"a.yaml:2:1: assessment has no date (the assessment date, YYYY-MM-DD: expiry dates are scored against it)"}},
		{"interviewees not a list", "questionnaire: {id: q, version: 1}\nassessment: {date: 2026-11-28, interviewees: IT}\n", []string{
			`a.yaml:2:46: assessment interviewees must be a list such as [a, b], not "IT"`}},
		{"vendor a list", "questionnaire: {id: q, version: 1}\nassessment: {date: 2026-11-28, vendor: [a]}\n", []string{
			`a.yaml:2:40: assessment vendor must be text, not a list`}},
		{"answers a list", head + "answers: [a]\n", []string{
			`a.yaml:3:10: answers must be a mapping of keys to values, not a list (each key is a question id)`}},
		{"answer a scalar", head + "answers:\n  q: yes\n", []string{
			`a.yaml:4:6: answer "q" must be a mapping of keys to values, not "yes" (allowed keys: choice, choices, date, text, unknown, na, note, evidence, source, by, at, carried)`}},
		{"answer key a list", head + "answers:\n  [a]: {choice: b}\n", []string{
			`a.yaml:4:3: a key in answers must be a plain name, not a list (each key is a question id)`}},
		{"duplicate answer", head + "answers:\n  q: {choice: a}\n  q: {choice: b}\n", []string{
			`a.yaml:5:3: duplicate key "q" in answers (first given at 4:3; give each key once)`}},
		{"unknown answer key", head + "answers:\n  q: {choise: a}\n", []string{
			`a.yaml:4:7: unknown key "choise" in answer "q" (allowed keys: choice, choices, date, text, unknown, na, note, evidence, source, by, at, carried)`}},
		{"duplicate answer key", head + "answers:\n  q: {note: a, note: b}\n", []string{
			`a.yaml:4:16: duplicate key "note" in answer "q" (first given at 4:7; give each key once)`}},
		{"choice and unknown", head + "answers:\n  q: {choice: a, unknown: true}\n", []string{
			`a.yaml:4:3: answer "q" has more than one answer (choice, unknown; keep one of choice, choices, date, text, unknown, na)`}},
		{"choices and na", head + "answers:\n  q: {choices: [a], na: true}\n", []string{
			`a.yaml:4:3: answer "q" has more than one answer (choices, na; keep one of choice, choices, date, text, unknown, na)`}},
		{"unknown false beside a choice", head + "answers:\n  q: {choice: a, unknown: false}\n", nil},
		{"unknown not a boolean", head + "answers:\n  q: {unknown: yes}\n", []string{
			`a.yaml:4:16: answer "q" unknown must be true or false, not "yes"`}},
		{"na quoted", head + "answers:\n  q: {na: \"true\"}\n", []string{
			`a.yaml:4:11: answer "q" na must be true or false, not "true"`}},
		{"choice a list", head + "answers:\n  q: {choice: [a, b]}\n", []string{
			`a.yaml:4:15: answer "q" choice must be text, not a list`}},
		{"choices repeated", head + "answers:\n  q: {choices: [a, b, a]}\n", []string{
			`a.yaml:4:16: answer "q" choices lists option "a" twice (list each chosen option once)`}},
		{"choices with an empty entry", head + "answers:\n  q: {choices: [a, \"\"]}\n", []string{
			`a.yaml:4:16: answer "q" choices has an empty option id (name each chosen option by its id)`}},
		{"choices with a null entry", head + "answers:\n  q: {choices: [a, ~]}\n", []string{
			`a.yaml:4:20: each entry of answer "q" choices must be text, not an empty value`}},
		{"evidence not a list", head + "answers:\n  q: {evidence: annex.pdf}\n", []string{
			`a.yaml:4:17: answer "q" evidence must be a list such as [a, b], not "annex.pdf"`}},
		{"answer date", head + "answers:\n  q: {date: 1 March 2027}\n", []string{
			`a.yaml:4:13: answer "q" date "1 March 2027" is not a date (write YYYY-MM-DD, such as 2026-11-28)`}},
		{"at not a time", head + "answers:\n  q: {choice: a, at: yesterday}\n", []string{
			`a.yaml:4:22: answer "q" at "yesterday" is not a time (write RFC 3339, such as 2026-11-28T10:42:00+08:00)`}},
		{"at without zone", head + "answers:\n  q: {choice: a, at: 2026-11-28T10:42:00}\n", []string{
			`a.yaml:4:22: answer "q" at "2026-11-28T10:42:00" is not a time (write RFC 3339, such as 2026-11-28T10:42:00+08:00)`}},
		{"source", head + "answers:\n  q: {choice: a, source: rumour}\n", []string{
			`a.yaml:4:26: answer "q" source "rumour" is not a source (use stated, documented, verified)`}},
		{"several problems in file order", "questionnaire: {id: q, version: 1}\nassessment: {date: 2026-13-01}\nanswers:\n  a: {choice: x, na: true}\n  b: {source: hearsay}\n", []string{
			`a.yaml:2:20: assessment date "2026-13-01" is not a date (write YYYY-MM-DD, such as 2026-11-28)`,
			`a.yaml:4:3: answer "a" has more than one answer (choice, na; keep one of choice, choices, date, text, unknown, na)`,
			`a.yaml:5:15: answer "b" source "hearsay" is not a source (use stated, documented, verified)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, err := Parse("a.yaml", []byte(tt.data))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if f != nil {
				t.Error("Parse returned a file with its error")
			}
			var probs questionnaire.Problems
			if !errors.As(err, &probs) {
				t.Fatalf("error %v is not a list of problems", err)
			}
			if got := strings.Split(err.Error(), "\n"); !sameLines(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseTooLarge(t *testing.T) {
	t.Parallel()
	data := []byte(strings.Repeat("#", MaxFileSize+1))
	_, err := Parse("big.yaml", data)
	if want := "big.yaml: file is larger than 10 MiB, the most an answers file may have"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
}

// sameLines compares lines with expected lines, where an expected line ending in "..." only
// needs to start the line.
func sameLines(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i, w := range want {
		if p, ok := strings.CutSuffix(w, "..."); ok && strings.HasPrefix(got[i], p) || got[i] == w {
			continue
		}
		return false
	}
	return true
}

// TestParseQuestionnaire checks that a questionnaire given as an answers file is one problem
// that says so, instead of a problem for each of its keys.
func TestParseQuestionnaire(t *testing.T) {
	t.Parallel()
	const path = "../../docs/examples/questionnaire-minimal.yaml"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parse(path, data)
	var probs questionnaire.Problems
	if !errors.As(err, &probs) || len(probs) != 1 {
		t.Fatalf("Parse(questionnaire) = %v, want one problem", err)
	}
	if want := questionnaire.WrongFile(path, questionnaire.ShapeQuestionnaire)[0]; probs[0] != want {
		t.Errorf("problem = %v, want %v", probs[0], want)
	}
}
