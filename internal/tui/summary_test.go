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

// TestSummaryCtrlC presses ctrl+c on the summary in each language: the key bar says what it
// does, and it finishes the interview, with the report to be written where enter would write
// it; when a file has the report's name and the user has not chosen to replace it, the key bar
// says the old report is kept, and the finished session says it was left with ctrl+c
// (QuitOnSummary), which the command line honours by writing nothing over it.
func TestSummaryCtrlC(t *testing.T) {
	tests := []struct {
		name          string
		exists, force bool
		asking        bool // enter pressed first: the summary asks whether to replace it
		keeps         bool // ctrl+c keeps the old report
	}{
		{name: "free"},
		{name: "exists", exists: true, keeps: true},
		{name: "asking", exists: true, asking: true, keeps: true},
		{name: "forced", exists: true, force: true},
	}
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		for _, tc := range tests {
			t.Run(lang+"/"+tc.name, func(t *testing.T) {
				t.Parallel()
				d, _ := builtinDriver(t, lang, 80, 24)
				report := filepath.Join(t.TempDir(), "acme.report.md")
				if tc.exists {
					if err := os.WriteFile(report, []byte("old"), 0o600); err != nil {
						t.Fatal(err)
					}
				}
				d.m.opt.ReportPath = func(string) string { return report }
				d.m.opt.Force = tc.force
				d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter", "ctrl+r", "up", "enter")
				if d.m.state != stateSummary || d.m.result == nil {
					t.Fatalf("state %v, want the summary", d.m.state)
				}
				if tc.asking {
					d.keys("enter")
					if !d.m.target.asking {
						t.Fatal("enter did not ask to replace the report")
					}
				}
				c := d.m.t()
				want := "enter/ctrl+c " + c.keyWrite
				if tc.keeps {
					want = "ctrl+c " + c.keyQuitKeep
				}
				if bar := d.keyBar(); !strings.Contains(bar, want) {
					t.Errorf("the key bar %q does not say %q", bar, want)
				}
				d.frame("summary")
				d.keys("ctrl+c")
				s := d.m.s
				if !d.m.Finished || d.m.Aborted || !s.QuitOnSummary || s.ReportPath != report || s.ReplaceReport {
					t.Errorf("after ctrl+c: finished %v, aborted %v, quit on the summary %v, report %q, replace %v",
						d.m.Finished, d.m.Aborted, s.QuitOnSummary, s.ReportPath, s.ReplaceReport)
				}
				if data, _ := os.ReadFile(report); tc.exists && string(data) != "old" {
					t.Errorf("the old report was changed: %q", data)
				}
			})
		}
	}
}

// TestSummaryCtrlCWhileRendering presses ctrl+c before the report is rendered: the key bar says
// the report is written if its file is new, and the interview finishes.
func TestSummaryCtrlCWhileRendering(t *testing.T) {
	d, _ := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter", "ctrl+r", "up")
	d.m.Update(press("enter")) // the report is rendered in the command, not run here
	if d.m.state != stateSummary || d.m.result != nil {
		t.Fatalf("state %v, result %v: want the summary, rendering", d.m.state, d.m.result)
	}
	if bar, want := d.keyBar(), "ctrl+c "+messagesEn.keyQuitPending; !strings.HasPrefix(bar, want) {
		t.Errorf("the key bar %q does not start with %q", bar, want)
	}
	d.keys("ctrl+c")
	if !d.m.Finished || !d.m.s.QuitOnSummary {
		t.Errorf("after ctrl+c: finished %v, quit on the summary %v", d.m.Finished, d.m.s.QuitOnSummary)
	}
}
