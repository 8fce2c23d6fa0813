package tui

import (
	"os"
	"slices"
	"testing"
	"time"
)

// toStorage starts a new interview and answers the profile, leaving storage-location on screen.
func toStorage(t *testing.T) (*driver, string) {
	t.Helper()
	d, path := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	d.keys("1", "enter", "1", "enter") // data-kinds contact-only, uses-files yes
	if got := d.current(); got != "storage-location" {
		t.Fatalf("screen shows %q, want storage-location", got)
	}
	return d, path
}

func TestModelKeepsTypedFieldsWhenLeaving(t *testing.T) {
	d, path := toStorage(t)
	// Skip with a note and evidence typed: a note-only answer is saved.
	d.keys("tab", "Asked by email", "tab", "dpa.pdf, annex 2; call notes", "pgdown")
	a := loadSaved(t, path).Answers["storage-location"]
	if a == nil || a.Answered() || a.Note != "Asked by email" || !slices.Equal(a.Evidence, []string{"dpa.pdf", "annex 2", "call notes"}) {
		t.Fatalf("after pgdown, storage-location = %+v", a)
	}
	// Back shows the kept note; answering then keeps it with the answer.
	d.keys("ctrl+b")
	if got := d.m.form.note; d.current() != "storage-location" || got != "Asked by email" {
		t.Fatalf("back shows %q with note %q", d.current(), got)
	}
	d.keys("1", "enter")
	if a := loadSaved(t, path).Answers["storage-location"]; a.Choice != "macao" || a.Note != "Asked by email" {
		t.Fatalf("answered storage-location = %+v", a)
	}
	// A note typed then left with a section jump, with back, or with the review is kept.
	for _, leave := range [][]string{{"ctrl+g", "esc"}, {"ctrl+s", "esc"}, {"ctrl+b", "pgdown"}, {"ctrl+r", "esc"}} {
		d.keys("tab", "x")
		d.keys(leave...)
		if d.current() != "shared-files-region" {
			t.Fatalf("after %v the screen shows %q", leave, d.current())
		}
		if d.m.form.focus() != fieldAnswer {
			t.Fatalf("after %v the form kept its focus", leave)
		}
	}
	if a := loadSaved(t, path).Answers["shared-files-region"]; a == nil || a.Note != "xxxx" || a.Answered() {
		t.Fatalf("shared-files-region = %+v, want the note xxxx kept", a)
	}
}

func TestModelQuitSavesTypedFields(t *testing.T) {
	d, path := toStorage(t)
	d.keys("2", "enter", "ctrl+b") // storage-location abroad, then back to it
	d.keys("tab", "Per the contract", "tab", "tab", "right", "ctrl+c")
	if !d.m.Aborted {
		t.Fatal("ctrl+c did not stop the interview")
	}
	a := loadSaved(t, path).Answers["storage-location"]
	if a.Choice != "abroad" || a.Note != "Per the contract" || a.Source != "stated" {
		t.Errorf("after ctrl+c, storage-location = %+v", a)
	}
}

func TestModelQuitKeepsTypedText(t *testing.T) {
	d, path := toStorage(t)
	for d.current() != "security-contact" {
		d.keys("pgdown")
		if d.m.state != stateQuestion {
			t.Fatal("security-contact never shown")
		}
	}
	d.keys("Jane Doe", "ctrl+c")
	if a := loadSaved(t, path).Answers["security-contact"]; a == nil || a.Text != "Jane Doe" {
		t.Errorf("after ctrl+c, security-contact = %+v", a)
	}
}

func TestModelEnterOnUnchangedAnswer(t *testing.T) {
	d, path := toStorage(t)
	clock := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	d.m.s.Now = func() time.Time { return clock }
	d.keys("1", "enter")
	at := loadSaved(t, path).Answers["storage-location"].At
	clock = clock.Add(time.Hour)
	d.keys("ctrl+b")
	// A save would write the file again, even with the same bytes: its time tells.
	long := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := os.Chtimes(path, long, long); err != nil {
		t.Fatal(err)
	}
	d.keys("enter")
	if d.current() != "shared-files-region" {
		t.Fatalf("enter on an unchanged answer shows %q", d.current())
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !info.ModTime().Equal(long) || d.m.s.Answer("storage-location").At != at || loadSaved(t, path).Answers["storage-location"].At != at {
		t.Errorf("enter on an unchanged answer saved again (file written %v) or restamped it", info.ModTime())
	}
	// A change is saved with the new time.
	d.keys("ctrl+b", "2", "enter")
	if got := loadSaved(t, path).Answers["storage-location"]; got.Choice != "abroad" || got.At == at {
		t.Errorf("changed answer = %+v", got)
	}
}
