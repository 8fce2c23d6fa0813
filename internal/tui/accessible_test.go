package tui

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
)

// runAccessible runs the line-by-line interview on the minimal questionnaire with the input.
func runAccessible(t *testing.T, input string) (finished bool, out string, path string, err error) {
	t.Helper()
	qn := loadMinimal(t)
	path = filepath.Join(t.TempDir(), "acme.answers.yaml")
	s := interview.NewSession(qn, assessment.NewFile(qn, assessment.Details{}), "")
	s.Now = func() time.Time { return time.Date(2026, 11, 28, 10, 42, 0, 0, time.UTC) }
	var b strings.Builder
	finished, err = RunAccessible(s, AccessibleOptions{
		In: strings.NewReader(input), Out: &b, AskDetails: true, Today: "2026-11-28",
		PathFor: func(*assessment.File) (string, error) { return path, nil },
	})
	return finished, b.String(), path, err
}

// After the details, who answers; each answer line is followed by its note, evidence and
// source lines; a skipped question takes one line, and as one was skipped, an empty line at the
// end finishes.
const fullInput = `Acme Chat
Pro edition
Example Trading Ltd.
A. Chan
IT manager, vendor account manager

Jane Lee
3
Sensitive
;
stated
y



2
Per sales call
annex-2.pdf; call notes
documented
maybe
n/a



1,2



?



1, 2



2




2027-03-01



Jane Doe




`

func TestAccessibleComplete(t *testing.T) {
	finished, out, path, err := runAccessible(t, fullInput)
	if err != nil || !finished {
		t.Fatalf("finished %v, err %v\n%s", finished, err, out)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("output holds escape codes")
	}
	for _, want := range []string{
		"Section: Data residency", "Section: Security", "Evidence to ask for: Data-residency statement",
		"References: PDPA (Law 8/2005) art. 19", "n/a = not applicable", "Assessment date, YYYY-MM-DD [2026-11-28]:",
		"Not accepted: answer y or n (or 1 or 2)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	f, err := assessment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	d := f.Assessment
	if d.Vendor != "Acme Chat" || d.Product != "Pro edition" || d.Date != "2026-11-28" || len(d.Interviewees) != 2 {
		t.Errorf("details = %+v", d)
	}
	want := map[string]string{
		"data-kinds": "sensitive-data", "uses-files": "yes", "storage-location": "abroad",
		"shared-files-region": "na", "certifications": "iso27001,soc2", "controls": "unknown",
		"extra-protections": "customer-keys,legal-hold", "weakest-control": "password-only",
		"cert-expiry": "2027-03-01", "security-contact": "Jane Doe", "past-breach": "",
	}
	if len(f.Answers) != len(want)-1 { // past-breach was skipped
		t.Errorf("%d answers, want %d: %v", len(f.Answers), len(want), f.Answers)
	}
	for id, v := range want {
		a := f.Answers[id]
		var got string
		switch {
		case a == nil:
			got = "missing"
		case a.NA:
			got = "na"
		case a.Unknown:
			got = "unknown"
		default:
			got = a.Choice + strings.Join(a.Choices, ",") + a.Date + a.Text
		}
		if id == "past-breach" {
			if a != nil {
				t.Errorf("past-breach was skipped but saved as %+v", a)
			}
			continue
		}
		if got != v {
			t.Errorf("%s = %q, want %q", id, got, v)
		}
	}
	sl := f.Answers["storage-location"]
	if sl.Note != "Per sales call" || len(sl.Evidence) != 2 || sl.Source != "documented" || sl.At != "2026-11-28T10:42:00Z" || sl.By != "Jane Lee" {
		t.Errorf("storage-location extras = %+v", sl)
	}
	if dk := f.Answers["data-kinds"]; dk.Note != "Sensitive" || dk.Evidence != nil || dk.Source != "stated" {
		t.Errorf("data-kinds extras = %+v", dk)
	}
}

func TestAccessibleHidesConditional(t *testing.T) {
	input := "Acme\n\n\n\n\n\n\n1\n\n\n\nn\n\n\n\n1\n\n\n\n"
	finished, out, path, err := runAccessible(t, input)
	if err != nil || finished {
		t.Fatalf("finished %v, err %v", finished, err)
	}
	if strings.Contains(out, "same region as messages") {
		t.Error("asked shared-files-region although files are not shared")
	}
	f, err := assessment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.Answers["storage-location"].Choice != "macao" || f.Answers["uses-files"].Choice != "no" {
		t.Errorf("answers = %v", f.Answers)
	}
}

func TestAccessibleEOFSavesDraft(t *testing.T) {
	for _, tc := range []struct{ name, input string }{
		{"in the details", "Acme"},
		{"at a question", "Acme\n\n\n\n\n2026-11-29\n\n2\n"},
		{"no final newline", "Acme\n\n\n\n\n2026-11-29\n\n2\nnote without newline"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			finished, _, path, err := runAccessible(t, tc.input)
			if err != nil || finished {
				t.Fatalf("finished %v, err %v", finished, err)
			}
			f, err := assessment.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if f.Assessment.Vendor != "Acme" {
				t.Errorf("vendor = %q", f.Assessment.Vendor)
			}
			if tc.name != "in the details" {
				if a := f.Answers["data-kinds"]; a == nil || a.Choice != "customer-data" {
					t.Errorf("data-kinds = %+v", a)
				}
			}
		})
	}
}

func TestParseAnswer(t *testing.T) {
	qn := loadMinimal(t)
	tests := []struct {
		id, in, want string // want: the answer in short, or "error"/"skip"
		lang         string // the catalogue; English when empty
	}{
		{"storage-location", "1", "macao", ""},
		{"storage-location", "3", "error", ""},
		{"storage-location", "x", "error", ""},
		{"storage-location", "n/a", "error", ""},
		{"storage-location", "?", "unknown", ""},
		{"storage-location", "", "skip", ""},
		{"shared-files-region", "N/A", "na", ""},
		{"shared-files-region", "Y", "yes", ""},
		{"shared-files-region", "2", "no", ""},
		{"shared-files-region", "3", "error", ""},
		{"certifications", "1,2,1", "iso27001,soc2", ""},
		{"certifications", "1,,2", "iso27001,soc2", ""},
		{"certifications", "2，1", "iso27001,soc2", "zh-Hant"},
		{"certifications", "1、 2", "iso27001,soc2", "zh-Hant"},
		{"certifications", "1;2", "error", ""},
		{"certifications", " , ", "error", ""},
		{"cert-expiry", "2027-02-30", "error", ""},
		{"cert-expiry", "2027-02-28", "2027-02-28", ""},
		{"security-contact", "  Jane  ", "Jane", ""},
		{"shared-files-region", "sim", "yes", "pt"},
		{"shared-files-region", "Não", "no", "pt"},
		{"shared-files-region", "y", "error", "pt"},
		{"shared-files-region", "是", "yes", "zh-Hant"},
		{"shared-files-region", "否", "no", "zh-Hant"},
		{"shared-files-region", "n", "no", "zh-Hant"},
	}
	for _, tc := range tests {
		a, err := parseAnswer(messagesFor(tc.lang), qn.Question(tc.id), tc.in)
		var got string
		switch {
		case err == errSkip:
			got = "skip"
		case err != nil:
			got = "error"
		case a.Unknown:
			got = "unknown"
		case a.NA:
			got = "na"
		default:
			got = a.Choice + strings.Join(a.Choices, ",") + a.Date + a.Text
		}
		if got != tc.want {
			t.Errorf("parseAnswer(%s, %q) in %q = %q, want %q", tc.id, tc.in, tc.lang, got, tc.want)
		}
	}
}

// TestAccessibleBackAndReview goes back a question, opens the review in the middle, and answers
// a skipped question from the review at the end; the evidence keeps a quoted comma, "?" on a
// text question is its answer, and who answers is asked once.
func TestAccessibleBackAndReview(t *testing.T) {
	input := "Acme\n\n\n\nIT manager\n\n" + // details
		"\n" + // who answers: the first interviewee
		"<\n" + // back on the first question: there is none
		"1\n\n\n\n" + // data-kinds, then uses-files:
		"<\n" + // back to data-kinds, answered before:
		"\n" + // an empty line keeps it
		"1\n\n\"contract, annex 2\"; dpa.pdf\nd\n" + // uses-files yes, with two evidence items
		"\n" + // storage-location skipped
		"!\n" + // the review at shared-files-region
		"1\n" + // storage-location
		"2\n\n\n\n" + // abroad; back at shared-files-region
		"1\n\n\n\n" + // shared-files-region yes
		"1\n\n\n\n" + "1\n\n\n\n" + "1\n\n\n\n" + "1\n\n\n\n" + // certifications to weakest-control
		"\n" + "\n" + "?\n\n\n\n" + // past-breach and cert-expiry skipped, security-contact "?"
		"2\n" + "2027-03-01\n\n\n\n" + // the review at the end: cert-expiry
		"\n" // finish with past-breach unanswered
	finished, out, path, err := runAccessible(t, input)
	if err != nil || !finished {
		t.Fatalf("finished %v, err %v\n%s", finished, err, out)
	}
	for _, want := range []string{messagesEn.noBack, msgf(messagesEn.currentAnswer, "Names and work contact details only"),
		messagesEn.reviewGoOn, messagesEn.reviewFinish, "< = back; ! = review"} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q", want)
		}
	}
	if n := strings.Count(out, "Who gives the answers?"); n != 1 {
		t.Errorf("who answers was asked %d times", n)
	}
	f := loadSaved(t, path)
	if a := f.Answers["uses-files"]; a == nil || !slices.Equal(a.Evidence, []string{"contract, annex 2", "dpa.pdf"}) || a.By != "IT manager" {
		t.Errorf("uses-files = %+v", a)
	}
	if a := f.Answers["storage-location"]; a == nil || a.Choice != "abroad" {
		t.Errorf("storage-location = %+v", a)
	}
	if a := f.Answers["security-contact"]; a == nil || a.Text != "?" || a.Unknown {
		t.Errorf("security-contact = %+v", a)
	}
	if a := f.Answers["cert-expiry"]; a == nil || a.Date != "2027-03-01" {
		t.Errorf("cert-expiry = %+v", a)
	}
	if f.Answers["past-breach"] != nil {
		t.Errorf("past-breach = %+v", f.Answers["past-breach"])
	}
}

func TestSplitEvidence(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"a.pdf, b.pdf; c", []string{"a.pdf", "b.pdf", "c"}},
		{`"contract, annex 2"; dpa.pdf`, []string{"contract, annex 2", "dpa.pdf"}},
		{"“合約，附件二”、dpa.pdf", []string{"合約，附件二", "dpa.pdf"}},
		{"「合約，附件」；報告", []string{"合約，附件", "報告"}},
		{`an "open quote, never closed`, []string{`an "open quote`, "never closed"}},
		{" ; , ", nil},
	} {
		if got := splitEvidence(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitEvidence(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := splitEvidence(joinList(c.want)); !slices.Equal(got, c.want) {
			t.Errorf("joinList(%q) does not read back: %q", c.want, got)
		}
	}
}

// TestAccessibleNoEscapes runs the line-by-line interview on a questionnaire whose texts carry
// escape sequences and bidi overrides: the output shows them as codes, whoever gives the writer.
func TestAccessibleNoEscapes(t *testing.T) {
	qn := loadMinimal(t)
	qn.Title = "T\x1b]52;c;cHduZWQ=\a\x1b[31m\u202ered"
	qn.Questions()[0].Prompt = "Prompt \x1b[2J\u200b"
	var out bytes.Buffer
	path := filepath.Join(t.TempDir(), "x.answers.yaml")
	s := interview.NewSession(qn, assessment.NewFile(qn, assessment.Details{Vendor: "V", Date: "2026-11-28"}), path)
	RunAccessible(s, AccessibleOptions{In: strings.NewReader(""), Out: &out})
	for _, seq := range []string{"\x1b", "\a", "\u202e", "\u200b"} {
		if strings.Contains(out.String(), seq) {
			t.Errorf("output holds %q:\n%q", seq, out.String())
		}
	}
	if !strings.Contains(out.String(), "T<U+001B>]52;c;cHduZWQ=<U+0007>") {
		t.Errorf("the title is not shown with codes:\n%s", out.String())
	}
}

// resumeAccessible runs the line-by-line interview on a draft of the minimal questionnaire
// saved with the answers, as --resume does (no details asked).
func resumeAccessible(t *testing.T, answers map[string]*assessment.Answer, input string) (out, path string) {
	t.Helper()
	qn := loadMinimal(t)
	path = filepath.Join(t.TempDir(), "acme.answers.yaml")
	f := assessment.NewFile(qn, assessment.Details{Vendor: "Acme", Date: "2026-11-28"})
	f.Answers = answers
	if err := assessment.Save(path, f, qn); err != nil {
		t.Fatal(err)
	}
	s := interview.NewSession(qn, f, path)
	var b strings.Builder
	if _, err := RunAccessible(s, AccessibleOptions{In: strings.NewReader(input), Out: &b, Today: "2026-11-28"}); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return b.String(), path
}

// TestAccessibleBackAfterResume goes back from the first open question of a resumed draft to
// the profile questions answered in an earlier run, each shown with its answer, and is told
// there is none before only at the first visible question.
func TestAccessibleBackAfterResume(t *testing.T) {
	qn := loadMinimal(t)
	answers := map[string]*assessment.Answer{
		"data-kinds": {Choice: "customer-data"},
		"uses-files": {Choice: "yes"},
	}
	input := "\n" + // who answers
		"<\n" + // at storage-location: back to uses-files
		"\n" + // keep its answer: on to storage-location
		"<\n<\n" + // back to uses-files, then data-kinds
		"<\n" // there is none before data-kinds
	out, _ := resumeAccessible(t, answers, input)
	prompts := map[string]string{}
	for _, id := range []string{"data-kinds", "uses-files", "storage-location"} {
		prompts[qn.Question(id).Prompt] = id
	}
	var seen []string
	for _, line := range strings.Split(out, "\n") {
		switch {
		case prompts[line] != "":
			seen = append(seen, prompts[line])
		case strings.HasSuffix(line, messagesEn.noBack): // after the prompt, as input echoes no newline
			seen = append(seen, "none before")
		}
	}
	want := []string{"storage-location", "uses-files", "storage-location", "uses-files", "data-kinds", "none before", "data-kinds"}
	if !slices.Equal(seen, want) {
		t.Errorf("asked %v, want %v\n%s", seen, want, out)
	}
	for id, a := range answers {
		if shown := msgf(messagesEn.currentAnswer, describe(&messagesEn, qn.Question(id), a)); !strings.Contains(out, shown) {
			t.Errorf("the output lacks %q", shown)
		}
	}
}
