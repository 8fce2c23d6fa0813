package tui

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
)

// storedAnswers is a draft whose storage-location answer holds evidence entries with commas
// and semicolons, a note written as a block (ending in a line break) and a time; the next
// question is open.
const storedAnswers = `questionnaire: {id: minimal-example, version: 1.0.0, language: en}
assessment: {vendor: Acme, date: 2026-11-28}
answers:
  data-kinds: {choice: contact-only, at: 2026-11-28T10:00:00+08:00}
  uses-files: {choice: yes, at: 2026-11-28T10:01:00+08:00}
  storage-location:
    choice: abroad
    note: |
      Region fixed by the order form.
    evidence: ["Order form MW-118, schedule 2", "Console > Data location; screenshot"]
    source: documented
    at: 2026-11-28T10:02:00+08:00
`

// TestModelUnchangedAnswerStays revisits a stored answer and leaves it, with enter and with
// back: nothing of it changes, not the evidence list, not the note, not the time.
func TestModelUnchangedAnswerStays(t *testing.T) {
	for _, leave := range [][]string{{"enter"}, {"ctrl+b"}, {"pgdown"}} {
		qn := loadMinimal(t)
		path := filepath.Join(t.TempDir(), "acme.answers.yaml")
		if err := os.WriteFile(path, []byte(storedAnswers), 0o600); err != nil {
			t.Fatal(err)
		}
		f, err := assessment.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		want := *f.Answers["storage-location"]
		s := interview.NewSession(qn, f, path)
		s.Now = func() time.Time { return time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC) }
		d := &driver{t: t, m: New(s, Options{})}
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		if got := d.current(); got != "shared-files-region" {
			t.Fatalf("resumed on %q, want shared-files-region", got)
		}
		d.keys("ctrl+b")
		if got := d.current(); got != "storage-location" {
			t.Fatalf("back shows %q", got)
		}
		d.keys(leave...)
		d.keys("ctrl+b", "ctrl+b") // leave the next screen too, so that any save has run
		got := s.File.Answers["storage-location"]
		if got.Note != want.Note || !slices.Equal(got.Evidence, want.Evidence) || got.At != want.At || got.Choice != want.Choice {
			t.Errorf("left with %v: storage-location = %+v, want %+v", leave, *got, want)
		}
	}
}
