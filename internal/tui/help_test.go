package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpLine is the last line of the screen: the keys.
func helpLine(m *Model) string {
	lines := strings.Split(ansi.Strip(m.render()), "\n")
	return lines[len(lines)-1]
}

func TestHelpFits80Columns(t *testing.T) {
	d, _ := toStorage(t)
	d.keys("1", "enter") // shared-files-region allows n/a
	line := helpLine(d.m)
	if strings.Contains(line, "…") || lipgloss.Width(line) > 80 {
		t.Errorf("help line cut: %q", line)
	}
	for _, want := range []string{"enter", "ctrl+b", "ctrl+u", "ctrl+n", "ctrl+r", "? more"} {
		if !strings.Contains(line, want) {
			t.Errorf("help line %q lacks %q", line, want)
		}
	}
	if strings.Contains(line, "ctrl+g") {
		t.Errorf("the short help at 80 columns shows less important keys: %q", line)
	}
	d.keys("?")
	screen := d.m.render()
	if !d.m.help.ShowAll || !strings.Contains(screen, "ctrl+g") || !strings.Contains(screen, "pgdn") || !strings.Contains(screen, "fewer keys") {
		t.Errorf("? did not show the full help:\n%s", screen)
	}
	if n := len(strings.Split(screen, "\n")); n > 24 {
		t.Errorf("with the full help the screen has %d lines", n)
	}
	d.keys("?")
	if d.m.help.ShowAll {
		t.Error("? did not hide the full help")
	}
	// In a text field ? is typed; f1 shows the help.
	d.keys("tab", "?")
	if d.m.help.ShowAll || d.m.form.note != "?" {
		t.Errorf("? in the note: help %v, note %q", d.m.help.ShowAll, d.m.form.note)
	}
	if !strings.Contains(helpLine(d.m), "f1 more") {
		t.Errorf("help in a text field: %q", helpLine(d.m))
	}
	d.send(tea.KeyPressMsg{Code: tea.KeyF1})
	if !d.m.help.ShowAll {
		t.Error("f1 did not show the full help")
	}
}

func TestHelpWideShowsEveryKey(t *testing.T) {
	d, _ := toStorage(t)
	d.send(tea.WindowSizeMsg{Width: 200, Height: 40})
	line := helpLine(d.m)
	for _, want := range []string{"ctrl+c", "ctrl+g", "pgdn"} {
		if !strings.Contains(line, want) {
			t.Errorf("help line at 200 columns %q lacks %q", line, want)
		}
	}
}
