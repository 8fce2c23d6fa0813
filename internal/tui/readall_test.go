package tui

import (
	"os"
	"path/filepath"
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

// TestDetailsDescriptionReadInFull checks that the questionnaire's description, cut above the
// details form at 80×24, shows whole on ctrl+o in three languages, and that reading it leaves
// what was typed in the form as it was.
func TestDetailsDescriptionReadInFull(t *testing.T) {
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		d, _ := builtinDriver(t, lang, 80, 24)
		d.keys("Acme")
		if !strings.Contains(d.keyBar(), "ctrl+o") {
			t.Fatalf("%s: the description is cut but the key bar has no ctrl+o:\n%s", lang, d.screen())
		}
		want := paragraphs(d.m.s.QN.Description)
		if strings.Contains(squeeze(d.mainText()), squeeze(strings.Join(want, ""))) {
			t.Fatalf("%s: the description fits at 80×24; the test needs a longer one", lang)
		}
		d.keys("ctrl+o", "?")
		if !d.m.help.ShowAll {
			t.Errorf("%s: ? in the reader does not show every key", lang)
		}
		d.keys("?")
		var seen strings.Builder
		for range 40 {
			seen.WriteString(d.mainText())
			d.keys("down")
		}
		for _, p := range want {
			if !strings.Contains(squeeze(seen.String()), squeeze(p)) {
				t.Errorf("%s: the reader never shows %q", lang, p)
			}
		}
		d.keys("esc", "enter")
		if got := d.m.details.vendor; got != "Acme" {
			t.Errorf("%s: after reading, the vendor field holds %q", lang, got)
		}
	}
	// A window tall enough shows it whole, with no key to read it.
	d, _ := builtinDriver(t, "en", 120, 40)
	if strings.Contains(d.keyBar(), "ctrl+o") {
		t.Errorf("at 120×40 the key bar offers ctrl+o:\n%s", d.screen())
	}
}

// TestSectionDescriptionShown checks that the first question of a section shows the section's
// description, readable whole with ctrl+o, and that the section's other questions do not repeat it.
func TestSectionDescriptionShown(t *testing.T) {
	d, _ := builtinDriver(t, "en", 80, 24)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	sec := d.m.s.QN.Sections[0]
	d.m.goTo(d.m.s.SectionStart(sec))
	d.keys("ctrl+o")
	var seen strings.Builder
	for range 40 {
		seen.WriteString(d.mainText())
		d.keys("down")
	}
	if want := "About this section: " + sec.Description; !strings.Contains(squeeze(seen.String()), squeeze(want)) {
		t.Errorf("the first question of %q does not show %q", sec.ID, want)
	}
	d.keys("esc")
	d.m.goTo(d.m.s.Next(d.m.cur))
	d.keys("ctrl+o")
	if strings.Contains(d.mainText(), "About this section") {
		t.Errorf("the second question of %q repeats the section's description:\n%s", sec.ID, d.screen())
	}
}

// TestReviewFillsLinesInChinese checks that in Chinese the question's words start on the line of
// its number and state, rather than all moving to the next line.
func TestReviewFillsLinesInChinese(t *testing.T) {
	d, _ := builtinDriver(t, "zh-Hant", 80, 24)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter", "ctrl+r")
	q := d.m.s.Question(d.m.open[0])
	first := []rune(q.Prompt)[:2]
	for _, l := range d.bodyLines() {
		if strings.Contains(l, "P1 [") {
			if !strings.Contains(l, string(first)) {
				t.Errorf("the first line of P1 holds none of its words: %q", l)
			}
			return
		}
	}
	t.Errorf("no entry for P1 in the review:\n%s", d.screen())
}

// TestSummaryAskShownInFull checks that at 60×20 the question whether to replace an existing
// report, with its keys and the free name it offers, shows whole above the preview.
func TestSummaryAskShownInFull(t *testing.T) {
	d, _ := builtinDriver(t, "en", 60, 20)
	dir := filepath.Join(t.TempDir(), "a folder with a long name for the reports")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "acme-chat-2026-12-02.report.md")
	if err := os.WriteFile(report, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	d.m.opt.ReportPath = func(string) string { return report }
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter", "ctrl+r", "up", "enter", "enter")
	if !d.m.target.asking {
		t.Fatalf("enter did not ask to replace the report:\n%s", d.screen())
	}
	c := d.m.t()
	want := msgf(c.exists, report) + " " + c.replaceKey + msgf(c.writeInstead, d.m.target.free) + c.cancelKey
	if got := squeeze(d.screen()); !strings.Contains(got, squeeze(want)) {
		t.Errorf("the question is not shown whole: want %q in\n%s", want, d.screen())
	}
}
