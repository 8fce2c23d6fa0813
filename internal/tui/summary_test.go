package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// toSummary starts an interview whose report file exists already and finishes it.
func toSummary(t *testing.T, force bool) (*driver, string) {
	t.Helper()
	d, _ := newDriver(t)
	t.Chdir(t.TempDir())
	report := "acme.report.md"
	for _, name := range []string{report, "acme-2.report.md"} {
		if err := os.WriteFile(name, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	d.m.opt.ReportPath = func(string) string { return report }
	d.m.opt.Force = force
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter", "ctrl+r", "up", "enter")
	if d.m.state != stateSummary || d.m.result == nil {
		t.Fatalf("state %v, want the summary", d.m.state)
	}
	return d, report
}

func TestSummaryAsksBeforeReplacingReport(t *testing.T) {
	tests := []struct {
		key, wantPath string
		replace       bool
	}{
		{"y", "acme.report.md", true},
		{"n", "acme-3.report.md", false},
	}
	for _, tc := range tests {
		d, _ := toSummary(t, false)
		d.keys("enter")
		screen := ansi.Strip(d.m.render())
		if d.m.Finished || !strings.Contains(screen, "already exists. Replace it?") || !strings.Contains(screen, "acme-3.report.md") {
			t.Fatalf("enter with an existing report: finished %v, screen:\n%s", d.m.Finished, screen)
		}
		if n := len(strings.Split(screen, "\n")); n > 24 {
			t.Errorf("the question makes the screen %d lines", n)
		}
		d.keys("esc")
		if d.m.target.asking || d.m.Finished {
			t.Error("esc did not cancel the question")
		}
		d.keys("enter", tc.key)
		if !d.m.Finished || d.m.s.ReportPath != tc.wantPath || d.m.s.ReplaceReport != tc.replace {
			t.Errorf("%s: finished %v, report %q, replace %v", tc.key, d.m.Finished, d.m.s.ReportPath, d.m.s.ReplaceReport)
		}
	}
}

func TestSummaryForceDoesNotAsk(t *testing.T) {
	d, report := toSummary(t, true)
	d.keys("enter")
	if !d.m.Finished || d.m.s.ReportPath != report {
		t.Errorf("with force: finished %v, report %q", d.m.Finished, d.m.s.ReportPath)
	}
}

func TestFindTarget(t *testing.T) {
	dir := t.TempDir()
	taken := filepath.Join(dir, "x.report.md")
	other := filepath.Join(dir, "out.md")
	for _, name := range []string{taken, other} {
		if err := os.WriteFile(name, nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		path, free string
		exists     bool
	}{
		{taken, filepath.Join(dir, "x-2.report.md"), true},
		{other, filepath.Join(dir, "out-2.md"), true},
		{filepath.Join(dir, "new.report.md"), "", false},
		{"-", "", false},
	}
	for _, tc := range tests {
		got := findTarget(tc.path)
		if got.exists != tc.exists || got.free != tc.free || got.path != tc.path {
			t.Errorf("findTarget(%q) = %+v", tc.path, got)
		}
	}
}
