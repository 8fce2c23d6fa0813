package tui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// newStartDriver starts a new interview offering the built-ins and one draft, on the default.
func newStartDriver(t *testing.T, draft string) *driver {
	t.Helper()
	all, err := questionnaire.Builtins()
	if err != nil || len(all) == 0 {
		t.Fatalf("built-ins: %v, %v", all, err)
	}
	def, err := questionnaire.Find(questionnaire.DefaultID, "en")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s := interview.NewSession(def, assessment.NewFile(def, assessment.Details{}), "")
	m := New(s, Options{AskDetails: true, Today: "2026-11-28", Questionnaires: all,
		Drafts: []Draft{{Path: draft, Vendor: "Acme", Date: "2026-11-28"}},
		Resume: func(path string) (*interview.Session, error) {
			f, err := assessment.Load(path)
			if err != nil {
				return nil, err
			}
			return interview.NewSession(loadMinimal(t), f, path), nil
		},
		PathFor: func(*assessment.File) (string, error) { return filepath.Join(dir, "new.answers.yaml"), nil }})
	return &driver{t: t, m: m}
}

func TestStartChoosesQuestionnaire(t *testing.T) {
	d := newStartDriver(t, "none.answers.yaml")
	qs := d.m.opt.Questionnaires
	if d.m.state != stateStart || qs[d.m.list].ID != questionnaire.DefaultID {
		t.Fatalf("state %v, selected %q: want the start screen on the default", d.m.state, qs[d.m.list].ID)
	}
	// Choose another built-in (the list wraps round through the draft): it is used.
	target := (d.m.list + 1) % len(qs)
	want := qs[target]
	for d.m.list != target {
		d.keys("down")
	}
	d.keys("enter")
	if d.m.state != stateDetails || d.m.s.QN != want {
		t.Fatalf("after enter: state %v, questionnaire %s/%s, want %s/%s", d.m.state, d.m.s.QN.ID, d.m.s.QN.Language, want.ID, want.Language)
	}
	d.keys("esc")
	if d.m.state != stateStart {
		t.Errorf("esc on the details shows state %v, want the start screen", d.m.state)
	}
}

// TestStartKeepsHeldFile checks that choosing another questionnaire on the start screen sets the
// first session aside, unchanged, and that the new one saves through the file held for the
// interview (--answers): still locked, still refusing to overwrite changes made on disk.
func TestStartKeepsHeldFile(t *testing.T) {
	d := newStartDriver(t, "none.answers.yaml")
	first := d.m.s
	path := filepath.Join(t.TempDir(), "named.answers.yaml")
	st, err := assessment.OpenStore(path, first.File, false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	first.Path, first.Store = path, st
	qs := d.m.opt.Questionnaires
	for qs[d.m.list] == first.QN {
		d.keys("down")
	}
	d.keys("enter")
	s := d.m.s
	if s == first || first.QN.ID != questionnaire.DefaultID || first.QN.Language != "en" {
		t.Fatalf("the first session was overwritten: now %s/%s", first.QN.ID, first.QN.Language)
	}
	if s.Store != st || s.Path != path {
		t.Fatalf("the new session does not save through the held file: store %p path %q", s.Store, s.Path)
	}
	if _, err := assessment.OpenStore(path, s.File, true); err == nil {
		t.Error("a second interview could take the answers file")
	}
}

func TestStartResumesDraft(t *testing.T) {
	qn := loadMinimal(t)
	f := assessment.NewFile(qn, assessment.Details{Vendor: "Acme", Date: "2026-11-28"})
	f.Answers["data-kinds"] = &assessment.Answer{Choice: "contact-only"}
	path := filepath.Join(t.TempDir(), "acme.answers.yaml")
	if err := assessment.Save(path, f, qn); err != nil {
		t.Fatal(err)
	}
	d := newStartDriver(t, path)
	for d.m.list != len(d.m.opt.Questionnaires) { // the draft, after the built-ins
		d.keys("up")
	}
	_, cmd := d.m.Update(press("enter"))
	d.send(cmd())
	if d.current() != "uses-files" || d.m.s.Path != path || d.m.s.QN.ID != "minimal-example" {
		t.Errorf("resumed draft shows %q, path %q, questionnaire %q", d.current(), d.m.s.Path, d.m.s.QN.ID)
	}
}

// TestStartShowsNoProgress checks that the start screen draws no progress bar, as no
// questionnaire is chosen yet, and that the details of the chosen one count its questions.
func TestStartShowsNoProgress(t *testing.T) {
	d := newStartDriver(t, "none.answers.yaml")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	qs := d.m.opt.Questionnaires
	target := slices.IndexFunc(qs, func(qn *questionnaire.Questionnaire) bool {
		return len(qn.Questions()) != len(d.m.s.Questions())
	})
	if target < 0 {
		t.Fatal("every built-in has as many questions as the default")
	}
	for d.m.list != target {
		d.keys("down")
		if s := d.screen(); strings.Contains(s, " answered") {
			t.Fatalf("the start screen shows progress:\n%s", s)
		}
	}
	d.keys("enter")
	if d.m.s.QN != qs[target] {
		t.Fatalf("enter chose %s/%s", d.m.s.QN.ID, d.m.s.QN.Language)
	}
	want := fmt.Sprintf("0/%d answered · %d in all", d.m.s.Total().Visible, len(qs[target].Questions()))
	if bar := strings.Split(d.screen(), "\n")[22]; !strings.HasSuffix(bar, want) {
		t.Errorf("the details of %s show the progress %q, want it to end %q", qs[target].ID, bar, want)
	}
}
