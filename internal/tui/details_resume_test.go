package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
)

// saveDetailsDraft saves a draft of the minimal questionnaire stopped in the details: a vendor,
// a product and a date, no answer.
func saveDetailsDraft(t *testing.T) (f *assessment.File, path string) {
	t.Helper()
	qn := loadMinimal(t)
	f = assessment.NewFile(qn, assessment.Details{Vendor: "Vend", Product: "P", Date: "2026-11-20"})
	path = filepath.Join(t.TempDir(), "vend.answers.yaml")
	if err := assessment.Save(path, f, qn); err != nil {
		t.Fatal(err)
	}
	return loadSaved(t, path), path // read back, as --resume does
}

// fillDetailsAfterResume checks that the details screen shows the draft's vendor and product,
// fills in the rest, and that the questions then start at the first, the details saved to the
// draft's own file and no other.
func fillDetailsAfterResume(t *testing.T, d *driver, path string) {
	t.Helper()
	if d.m.state != stateDetails {
		t.Fatalf("state %v, want the details screen", d.m.state)
	}
	if screen := d.screen(); !strings.Contains(screen, "Vend") || !strings.Contains(screen, "2026-11-20") {
		t.Errorf("the details screen does not show the draft's details:\n%s", screen)
	}
	d.keys("enter", "enter", "Example Trading Ltd.", "enter", "A. Chan", "enter", "J. Lee; K. Wong", "enter", "enter")
	if got := d.current(); got != "data-kinds" || d.m.s.Path != path {
		t.Fatalf("after the details: question %q, path %q; want data-kinds in %s", got, d.m.s.Path, path)
	}
	got := loadSaved(t, path).Assessment
	want := assessment.Details{Vendor: "Vend", Product: "P", Organisation: "Example Trading Ltd.", Assessor: "A. Chan",
		Interviewees: []string{"J. Lee", "K. Wong"}, Date: "2026-11-20"}
	if got.Vendor != want.Vendor || got.Product != want.Product || got.Organisation != want.Organisation ||
		got.Assessor != want.Assessor || !slices.Equal(got.Interviewees, want.Interviewees) || got.Date != want.Date {
		t.Errorf("saved details %+v, want %+v", got, want)
	}
	d.keys("1", "enter") // data-kinds: contact details only
	if a := loadSaved(t, path).Answers["data-kinds"]; a == nil || a.Choice != "contact-only" {
		t.Errorf("data-kinds = %+v", a)
	}
	names, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.yaml"))
	if len(names) != 1 {
		t.Errorf("answers files %v, want only %s", names, path)
	}
}

// TestModelResumedDraftAsksDetails resumes (--resume) a draft without answers: the details screen
// comes first, and saves through the file the command holds.
func TestModelResumedDraftAsksDetails(t *testing.T) {
	f, path := saveDetailsDraft(t)
	st, err := assessment.OpenStore(path, f, false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := interview.NewSession(loadMinimal(t), f, path)
	s.Store = st
	m := New(s, Options{AskDetails: true, Today: "2026-11-28", PathFor: func(*assessment.File) (string, error) {
		t.Error("the resumed draft was named again")
		return filepath.Join(t.TempDir(), "other.answers.yaml"), nil
	}})
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	fillDetailsAfterResume(t, d, path)
}

// TestStartResumesDraftWithoutAnswers picks a draft without answers on the start screen: its
// details come first, as for --resume.
func TestStartResumesDraftWithoutAnswers(t *testing.T) {
	_, path := saveDetailsDraft(t)
	d := newStartDriver(t, path)
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	for d.m.list != len(d.m.opt.Questionnaires) { // the draft, after the built-ins
		d.keys("up")
	}
	_, cmd := d.m.Update(press("enter"))
	d.send(cmd())
	fillDetailsAfterResume(t, d, path)
}

// TestStartDraftSetAsideOnEsc picks a draft without answers on the start screen, then goes back
// with esc: the start screen shows again on the interview it began with, and the draft's file is
// left as it was.
func TestStartDraftSetAsideOnEsc(t *testing.T) {
	_, path := saveDetailsDraft(t)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := newStartDriver(t, path)
	first := d.m.s
	for d.m.list != len(d.m.opt.Questionnaires) { // the draft, after the built-ins
		d.keys("up")
	}
	_, cmd := d.m.Update(press("enter"))
	d.send(cmd())
	if d.m.state != stateDetails || d.m.s == first {
		t.Fatalf("the draft did not open on its details: state %v", d.m.state)
	}
	d.keys("X", "esc")
	if d.m.state != stateStart || d.m.s != first {
		t.Errorf("esc on the draft's details: state %v, session %p, want the start screen on %p", d.m.state, d.m.s, first)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Errorf("the draft set aside changed:\n%s", after)
	}
}
