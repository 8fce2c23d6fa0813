package assessment

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update and read the diff):\n%s", path, got)
	}
}

// awkwardFile is a file with every field set and text that YAML would misread if written plain.
func awkwardFile(t *testing.T) *File {
	f := NewFile(mustLoadMinimal(t), Details{
		Vendor: "釘釘 (DingTalk)", Product: "yes", Organisation: "Example: Trading # Ltd.", Assessor: " A. Chan ",
		Interviewees: []string{"IT manager", "null", "- vendor"}, Date: "2026-11-28",
	})
	f.Answers = map[string]*Answer{
		"zz-old":              {Choice: "x", Note: "kept, not in this version"},
		"aa-old":              {Unknown: true},
		"security-contact":    {Text: "Ms. Wong\nsecurity@example.com\n", Note: `she said "call me"`},
		"cert-expiry":         {Date: "2027-03-01", Evidence: []string{"cert.pdf", "2026-11-28", "1.0"}, Source: SourceVerified},
		"past-breach":         {Choice: "no", Source: SourceStated, By: "vendor account manager", At: "2026-11-28T10:42:00+08:00"},
		"certifications":      {Choices: []string{"iso27001", "soc2"}, Note: "on"},
		"shared-files-region": {NA: true},
		"uses-files":          {Choice: "yes"},
		"data-kinds":          {Choice: "sensitive-data", Note: "\ttab, trailing space ", Evidence: []string{"#1", "&a", "*b", "[c]"}},
		"storage-location":    {Choice: "abroad", Note: "Per vendor sales call", Evidence: []string{"contract-annex-2.pdf"}, Source: SourceDocumented, By: "vendor account manager", At: "2026-11-28T10:42:00+08:00"},
		"controls":            {Note: "not asked yet"},
		"weakest-control":     nil, // no answer: left out
		"":                    nil,
	}
	return f
}

func TestMarshalGolden(t *testing.T) {
	t.Parallel()
	f := awkwardFile(t)
	data, err := Marshal(f, mustLoadMinimal(t))
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "minimal.answers.yaml", data)
	assertSame(t, f, mustParse(t, string(data)))
}

func TestMarshalOrder(t *testing.T) {
	t.Parallel()
	f := awkwardFile(t)
	keys := func(data []byte) []string {
		var ids []string
		_, answers, _ := strings.Cut(string(data), "\nanswers:\n")
		for line := range strings.Lines(answers) {
			id, _, _ := strings.Cut(strings.TrimSpace(line), ":")
			ids = append(ids, strings.Trim(id, `"`))
		}
		return ids
	}
	withQn, err := Marshal(f, mustLoadMinimal(t))
	if err != nil {
		t.Fatal(err)
	}
	// The questionnaire's order (profile, then sections), then the ids it lacks, sorted.
	want := "data-kinds uses-files storage-location shared-files-region certifications controls past-breach cert-expiry security-contact aa-old zz-old"
	if got := strings.Join(keys(withQn), " "); got != want {
		t.Errorf("with the questionnaire: %s\nwant %s", got, want)
	}
	withoutQn, err := Marshal(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	want = "aa-old cert-expiry certifications controls data-kinds past-breach security-contact shared-files-region storage-location uses-files zz-old"
	if got := strings.Join(keys(withoutQn), " "); got != want {
		t.Errorf("without the questionnaire: %s\nwant %s", got, want)
	}
	for range 20 { // maps iterate in a new order each time: the bytes must not follow it
		again, _ := Marshal(f, nil)
		if !bytes.Equal(again, withoutQn) {
			t.Fatal("Marshal gave different bytes for the same file")
		}
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	t.Parallel()
	texts := []string{
		"yes", "No", "ON", "off", "y", "true", "False", "null", "~", "Null", "1", "1.0", "-1", "+1", "0x1F", "0o17", "012", "1e3",
		".inf", "-.Inf", ".nan", "2026-11-28", "2026-11-28T10:42:00+08:00", "12:30", "- item", "-", "---", "...", "# hash",
		"a #b", "a: b", "a:b", "? q", "[x]", "{y}", "&a", "*b", "!tag", "%dir", "@at", "`tick`", "|", ">", "'single'",
		`"double"`, `back\slash`, " lead", "trail ", "\ttab", "line\nline", "end\n", "\n", "\r\n", "cr\r", "nul\x00",
		"bell\a", "esc\x1b[0m", "del\x7f", "\u0085", "\u2028", "\u2029", "\ufeffbom", "\u00a0nbsp\u00a0", "\u202eRTL",
		"釘釘", "café", "😀", "<<", "=", strings.Repeat("long text ", 50),
	}
	for _, s := range texts {
		f := &File{Questionnaire: Ref{ID: "q", Version: s, Language: s}, Assessment: Details{Vendor: s, Date: "2026-11-28"},
			Answers: map[string]*Answer{"c": {Choice: s, Note: s, Evidence: []string{s}, By: s}, "m": {Choices: []string{s}}, "t": {Text: s}}}
		data := roundTrip(t, s, f)
		if n := strings.Count(string(data), "\n"); n != 8 {
			t.Errorf("%q: want one line per entry, got %d lines:\n%s", s, n, data)
		}
		// As a question id; an id with a line break, or a very long one, takes YAML's "? key" form.
		roundTrip(t, s, &File{Questionnaire: Ref{ID: "q", Version: "1"}, Assessment: Details{Date: "2026-11-28"},
			Answers: map[string]*Answer{s: {Unknown: true}}})
	}
}

// roundTrip checks that Parse reads back what Marshal wrote, and returns the bytes.
func roundTrip(t *testing.T, s string, f *File) []byte {
	t.Helper()
	data, err := Marshal(f, nil)
	if err != nil {
		t.Errorf("Marshal(%q): %v", s, err)
		return nil
	}
	g, err := Parse("rt.yaml", data)
	if err != nil {
		t.Errorf("%q does not load back: %v\n%s", s, err, data)
		return data
	}
	assertSame(t, f, g)
	return data
}

func TestMarshalRefuses(t *testing.T) {
	t.Parallel()
	valid := func() *File {
		return &File{Questionnaire: Ref{ID: "q", Version: "1.0.0"}, Assessment: Details{Date: "2026-11-28"}, Answers: map[string]*Answer{}}
	}
	tests := []struct {
		name   string
		change func(f *File)
		want   string
	}{
		{"no questionnaire id", func(f *File) { f.Questionnaire.ID = "" }, "write answers: the questionnaire id and version are required"},
		{"no date", func(f *File) { f.Assessment.Date = "" }, "write answers: the assessment date is required"},
		{"bad date", func(f *File) { f.Assessment.Date = "2026-11-31" },
			`write answers: assessment date "2026-11-31" is not a date (write YYYY-MM-DD, such as 2026-11-28)`},
		{"vendor not UTF-8", func(f *File) { f.Assessment.Vendor = "caf\xe9" },
			"write answers: the questionnaire reference or the assessment details hold text that is not UTF-8"},
		{"empty answer id", func(f *File) { f.Answers[""] = &Answer{Unknown: true} }, `write answers: answer "" has an id that is empty or not UTF-8`},
		{"two values", func(f *File) { f.Answers["q"] = &Answer{Choice: "a", Unknown: true} },
			`write answers: answer "q" has more than one answer (choice, unknown; keep one of choice, choices, date, text, unknown, na)`},
		{"answer date", func(f *File) { f.Answers["q"] = &Answer{Date: "soon"} },
			`write answers: answer "q" date "soon" is not a date (write YYYY-MM-DD, such as 2026-11-28)`},
		{"at", func(f *File) { f.Answers["q"] = &Answer{Unknown: true, At: "now"} },
			`write answers: answer "q" at "now" is not a time (write RFC 3339, such as 2026-11-28T10:42:00+08:00)`},
		{"source", func(f *File) { f.Answers["q"] = &Answer{Unknown: true, Source: "Verified"} },
			`write answers: answer "q" source "Verified" is not a source (use stated, documented, verified)`},
		{"repeated choice", func(f *File) { f.Answers["q"] = &Answer{Choices: []string{"a", "a"}} },
			`write answers: answer "q" choices lists option "a" twice (list each chosen option once)`},
		{"note not UTF-8", func(f *File) { f.Answers["q"] = &Answer{Note: "\xff"} }, `write answers: answer "q" holds text that is not UTF-8`},
		{"every problem", func(f *File) {
			f.Questionnaire.Version = ""
			f.Answers["b"] = &Answer{Date: "x"}
			f.Answers["a"] = &Answer{Source: "y"}
		}, "write answers: the questionnaire id and version are required\n" +
			`answer "a" source "y" is not a source (use stated, documented, verified)` + "\n" +
			`answer "b" date "x" is not a date (write YYYY-MM-DD, such as 2026-11-28)`},
	}
	for _, tt := range tests {
		f := valid()
		tt.change(f)
		if _, err := Marshal(f, nil); err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}
