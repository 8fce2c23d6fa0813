package tui

import (
	"slices"
	"strings"
	"testing"
)

// lineWith is the first line of the main pane that holds s, with the form's border and the
// space around it dropped; "" when none does.
func (d *driver) lineWith(s string) string {
	for _, l := range d.bodyLines() {
		if strings.Contains(l, s) {
			return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "┃"))
		}
	}
	return ""
}

// TestSourceDrawnOnce checks that the source field shows its label and its value between one
// pair of ‹ ›, focused or not, in colour and plain.
func TestSourceDrawnOnce(t *testing.T) {
	for _, noColor := range []string{"", "1"} {
		t.Run("NO_COLOR="+noColor, func(t *testing.T) {
			t.Setenv("NO_COLOR", noColor)
			d, _ := builtinDriver(t, "en", 80, 24)
			d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
			for _, focus := range []string{fieldAnswer, fieldNote, fieldEvidence, fieldSource} {
				if d.m.form.focus() != focus {
					t.Fatalf("focus on %q, want %q", d.m.form.focus(), focus)
				}
				if got, want := d.lineWith("Source"), "Source    ‹ not said ›"; got != want {
					t.Errorf("focus on %s: the source reads %q, want %q", focus, got, want)
				}
				d.keys("tab")
			}
		})
	}
}

// TestPlainChosenMark checks, at 80×24 without colours, that the chosen option of a single
// choice is marked whether or not the options are focused, and that the option under the
// cursor of an untouched question is not; a long option keeps its mark on its last line.
func TestPlainChosenMark(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	d, _ := builtinDriver(t, "en", 80, 24)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	q := d.m.s.Question(d.m.cur)
	if len(q.Options) < 2 || d.m.form.multi() {
		t.Fatalf("%s is not a single choice", q.ID)
	}
	first, second := q.Options[0].Label, q.Options[1].Label
	if got := d.lineWith(second); !strings.HasPrefix(d.lineWith("1. "), "❯ 1. ") || strings.Contains(d.fitted(), chosenMark) {
		t.Errorf("untouched: option 1 reads %q, option 2 %q; want the cursor on 1 and no mark:\n%s", d.lineWith("1. "), got, d.fitted())
	}
	d.keys("2")
	if got, want := d.lineWith(second), "❯ 2. "+second+chosenMark; got != want {
		t.Errorf("picked, focused: option 2 reads %q, want %q", got, want)
	}
	d.keys("tab")
	if got, want := d.lineWith(second), "2. "+second+chosenMark; got != want || strings.Count(d.fitted(), chosenMark) != 1 {
		t.Errorf("picked, the note focused: option 2 reads %q, want %q, marked once:\n%s", got, want, d.fitted())
	}
	d.keys("shift+tab", "1", "tab") // option 1 takes two lines at 80 columns
	body := d.bodyLines()
	i := slices.IndexFunc(body, func(l string) bool { return strings.Contains(l, "1. ") })
	if i < 0 || i+1 == len(body) || !strings.HasSuffix(strings.TrimRight(body[i+1], " "), chosenMark) {
		t.Errorf("the second line of option 1 %q does not end with the mark:\n%s", first, d.fitted())
	}
	if !strings.Contains(squeeze(d.mainText()), squeeze(first+chosenMark)) {
		t.Errorf("option 1 %q is not shown whole before the mark:\n%s", first, d.fitted())
	}
}
