package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestSummaryPreviewScreen finishes an interview and reads the summary screen at 80×24: the
// report preview starts with the title, underlined, fits the screen, and scrolls down to the
// assessment details drawn as a table.
func TestSummaryPreviewScreen(t *testing.T) {
	d, _ := newDriver(t)
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	d.keys("ctrl+r", "up", "enter") // the review's last entry: finish
	if d.m.state != stateSummary {
		t.Fatalf("state %v, want the summary", d.m.state)
	}
	screen := func() string {
		s := ansi.Strip(d.m.render())
		for _, l := range strings.Split(s, "\n") {
			if w := lipgloss.Width(l); w > 80 {
				t.Errorf("line %d cells wide: %q", w, l)
			}
		}
		return s
	}
	s := screen()
	if !strings.Contains(s, "Acme") || !strings.Contains(s, "━━━") {
		t.Fatalf("the preview does not open with the title underlined:\n%s", s)
	}
	// The verdict and the action plan come first; the details table follows them.
	details := func(s string) bool { return strings.Contains(s, "╭") && strings.Contains(s, "│ Assessment date") }
	for i := 0; i < 30 && !details(s); i++ {
		d.keys("down")
		s = screen()
	}
	if !details(s) {
		t.Errorf("scrolled down, no table of the assessment details:\n%s", s)
	}
}
