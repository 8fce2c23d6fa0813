package tui

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// carriedSession is a session on the minimal questionnaire whose first answers were carried over
// from an assessment of 2025-11-28, saved to a temporary file.
func carriedSession(t *testing.T) (*interview.Session, string) {
	t.Helper()
	qn := loadMinimal(t)
	f := assessment.NewFile(qn, assessment.Details{Vendor: "Acme", Date: "2026-11-28"})
	at := "2025-11-28T10:00:00+08:00"
	f.Answers["data-kinds"] = &assessment.Answer{Choice: "customer-data", Note: "HR stays off", Carried: true, At: at}
	f.Answers["uses-files"] = &assessment.Answer{Choice: "yes", Carried: true, At: at}
	f.Answers["storage-location"] = &assessment.Answer{Choice: "abroad", Carried: true, At: at}
	path := filepath.Join(t.TempDir(), "acme.answers.yaml")
	s := interview.NewSession(qn, f, path)
	s.CarriedFrom = "2025-11-28"
	s.Now = func() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC) }
	return s, path
}

// TestModelCarried checks that the interview stops at each answer carried over, shows it with
// the earlier assessment's date, confirms it with enter and takes a changed answer as new; the
// review lists the ones left.
func TestModelCarried(t *testing.T) {
	s, path := carriedSession(t)
	d := &driver{t: t, m: New(s, Options{})}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if got := d.current(); got != "data-kinds" {
		t.Fatalf("the interview opens on %q, want the first carried answer", got)
	}
	if view := ansi.Strip(d.m.render()); !strings.Contains(view, "Carried over from 2025-11-28: Customer records and") ||
		!strings.Contains(view, "correspondence (enter confirms it)") {
		t.Errorf("the carried answer is not shown with its date:\n%s", view)
	}
	d.keys("enter") // confirm
	if got := d.current(); got != "uses-files" {
		t.Fatalf("after confirming, %q is on screen, want the next carried answer", got)
	}
	d.keys("2", "enter") // change yes to no
	if got := d.current(); got != "storage-location" {
		t.Fatalf("after changing, %q is on screen, want storage-location", got)
	}
	d.keys("ctrl+r")
	if view := ansi.Strip(d.m.render()); !strings.Contains(view, "1.1 [carried over, not confirmed] Where does the vendor") {
		t.Errorf("the review does not name the carried answer:\n%s", view)
	}
	d.keys("ctrl+c")
	f := loadSaved(t, path)
	want := map[string]assessment.Answer{
		"data-kinds":       {Choice: "customer-data", Note: "HR stays off", At: "2026-11-28T09:00:00Z"},
		"uses-files":       {Choice: "no", Note: "", At: "2026-11-28T09:00:00Z"},
		"storage-location": {Choice: "abroad", Carried: true, At: "2025-11-28T10:00:00+08:00"},
	}
	for id, w := range want {
		got := *f.Answers[id]
		got.Pos = questionnaire.Pos{}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%s = %+v, want %+v", id, got, w)
		}
	}
}

// TestAccessibleCarried checks the line-by-line interview: an answer carried over is shown with
// its date, an empty line keeps it, anything else replaces it; the end of input leaves the rest
// carried.
func TestAccessibleCarried(t *testing.T) {
	s, path := carriedSession(t)
	var out strings.Builder
	input := "\n" + // who answers: nobody named
		"\n" + // keep data-kinds
		"2\nno files\n\n\n" // uses-files: no, with a note
	finished, err := RunAccessible(s, AccessibleOptions{In: strings.NewReader(input), Out: &out})
	if finished || err != nil {
		t.Fatalf("finished %v, error %v", finished, err)
	}
	for _, want := range []string{
		"Carried over from 2025-11-28: Customer records and correspondence",
		"empty = keep the answer carried over):",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the prompts lack %q:\n%s", want, out.String())
		}
	}
	f := loadSaved(t, path)
	if a := f.Answers["data-kinds"]; a.Carried || a.Choice != "customer-data" || a.Note != "HR stays off" {
		t.Errorf("data-kinds = %+v, want it confirmed as it was", a)
	}
	if a := f.Answers["uses-files"]; a.Carried || a.Choice != "no" || a.Note != "no files" {
		t.Errorf("uses-files = %+v, want no, not carried", a)
	}
	if a := f.Answers["storage-location"]; !a.Carried {
		t.Errorf("storage-location = %+v, want it still carried", a)
	}
}

// TestCarriedCatalogues checks that every language words the carried answers, with the
// arguments English uses.
func TestCarriedCatalogues(t *testing.T) {
	en := reflect.ValueOf(messagesEn.cr)
	for tag, c := range catalogues {
		v := reflect.ValueOf(c.cr)
		for i := range v.NumField() {
			name := en.Type().Field(i).Name
			if v.Field(i).String() == "" {
				t.Errorf("%s: cr.%s is empty", tag, name)
			}
			if want, got := verbs(en.Field(i).String()), verbs(v.Field(i).String()); want != got {
				t.Errorf("%s: cr.%s has the verbs %q, English has %q", tag, name, got, want)
			}
		}
	}
}

// TestCarriedDate checks the date shown with a carried answer: the earlier assessment's, else
// the day the answer was recorded, else words for an earlier assessment.
func TestCarriedDate(t *testing.T) {
	s, _ := carriedSession(t)
	q := s.QN.Question("uses-files")
	for _, tt := range []struct{ from, at, want string }{
		{"2025-11-28", "2025-11-20T10:00:00+08:00", "Carried over from 2025-11-28: Yes"},
		{"", "2025-11-20T10:00:00+08:00", "Carried over from 2025-11-20: Yes"},
		{"", "", "Carried over from an earlier assessment: Yes"},
	} {
		s.CarriedFrom = tt.from
		if got := carriedText(messagesFor(s.QN.Language), s, messagesFor(s.QN.Language).cr.carriedLine, q, &assessment.Answer{Choice: "yes", At: tt.at, Carried: true}); got != tt.want {
			t.Errorf("from %q, at %q: %q, want %q", tt.from, tt.at, got, tt.want)
		}
	}
}
