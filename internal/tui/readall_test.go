package tui

import (
	"regexp"
	"strings"
	"testing"
)

// TestAcceptShowsFindingInFull opens the form that accepts each finding of a draft at 80×24, in
// three languages, and checks that the finding being accepted shows whole.
func TestAcceptShowsFindingInFull(t *testing.T) {
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		d, _ := acceptDriver(t, lang, lang == "en")
		d.keys("a")
		n := len(d.m.acc.findings)
		if n == 0 {
			t.Fatalf("%s: no findings to accept", lang)
		}
		for i := range n {
			d, _ := acceptDriver(t, lang, lang == "en")
			d.keys("a")
			for range i {
				d.keys("down")
			}
			d.keys("enter")
			want := d.m.findingLine(d.m.acc.findings[i])
			screen := d.fitted()
			if !strings.Contains(squeeze(d.mainText()), squeeze(want)) {
				t.Errorf("%s: finding %d is not shown whole: want %q in\n%s", lang, i, want, screen)
			}
		}
	}
}

// TestReviewShowsEveryState checks that each question the review lists at 80×24 shows its number
// and its state, however long its words.
func TestReviewShowsEveryState(t *testing.T) {
	d, _ := builtinDriver(t, "en", 80, 24)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter", "ctrl+r")
	if d.m.state != stateReview {
		t.Fatalf("ctrl+r shows state %d", d.m.state)
	}
	entry := regexp.MustCompile(`^ *❯? *P?\d+(\.\d+)? \[(unanswered|unknown)\] `)
	seen := 0
	for _, l := range d.bodyLines() {
		if m := entry.FindStringSubmatch(strings.TrimRight(l, " ")); m != nil {
			seen++
		}
	}
	if shown := min(len(d.m.open), 8); seen < shown {
		t.Errorf("%d entries show their number and state, want at least %d:\n%s", seen, shown, d.screen())
	}
}
