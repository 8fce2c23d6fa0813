package tui

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

// acceptDriver opens, at 80×24, the review of an interview of the minimal questionnaire in a
// language whose answers raise a critical, a high and a medium finding.
func acceptDriver(t *testing.T, lang string, answered bool) (*driver, string) {
	t.Helper()
	qn := loadMinimal(t)
	if lang != "en" {
		var err error
		if qn, err = questionnaire.Find(questionnaire.DefaultID, lang); err != nil {
			t.Fatal(err)
		}
	}
	f := assessment.NewFile(qn, assessment.Details{Vendor: "Acme", Date: "2026-11-28"})
	if answered {
		f.Answers["uses-files"] = &assessment.Answer{Choice: "yes"}
		f.Answers["storage-location"] = &assessment.Answer{Choice: "abroad"}
		f.Answers["shared-files-region"] = &assessment.Answer{Choice: "no"}
		f.Answers["certifications"] = &assessment.Answer{Choices: []string{"none"}}
	}
	path := filepath.Join(t.TempDir(), "acme.answers.yaml")
	m := New(interview.NewSession(qn, f, path), Options{Today: "2026-11-28"})
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.keys("ctrl+r")
	if d.m.state != stateReview {
		t.Fatalf("ctrl+r shows state %d, want the review", d.m.state)
	}
	return d, path
}

// fitted is the stripped view, checked to fit 80×24.
func (d *driver) fitted() string {
	d.t.Helper()
	v := d.m.render()
	lines := strings.Split(v, "\n")
	if len(lines) > 24 {
		d.t.Errorf("%d lines", len(lines))
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 80 {
			d.t.Errorf("a line is %d cells wide: %q", w, ansi.Strip(l))
		}
	}
	return ansi.Strip(v)
}

// backspaces deletes n characters before the cursor.
func (d *driver) backspaces(n int) {
	for range n {
		d.send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
}

// TestModelAcceptRisk records an acceptance from the review: the key shows in the key bar, the
// findings are listed most severe first, the form refuses an empty field and a date not after
// today, and the entry is saved; a second acceptance of the same finding replaces the first only
// once confirmed.
func TestModelAcceptRisk(t *testing.T) {
	d, path := acceptDriver(t, "en", true)
	if v := d.fitted(); !strings.Contains(v, "a accept a risk") {
		t.Errorf("the review's key bar does not show the accept key:\n%s", v)
	}
	d.keys("a")
	d.fitted()
	v := d.mainText()
	crit := strings.Index(v, "Critical · storage-location — Messages and files are stored outside the MSAR.")
	high := strings.Index(v, "High · certifications — No independent certification covers the service.")
	medium := strings.Index(v, "Medium · shared-files-region")
	if crit < 0 || high < crit || medium < high {
		t.Fatalf("the findings are not listed most severe first:\n%s", v)
	}
	d.keys("down", "enter")
	if v := d.fitted(); !strings.Contains(v, "Accepted by") || !strings.Contains(v, "Until (YYYY-MM-DD)") || !strings.Contains(v, "High · certifications") {
		t.Fatalf("enter on a finding does not show its form:\n%s", v)
	}
	d.keys("tab", "tab", "enter")
	if v := d.fitted(); !strings.Contains(v, "Say who accepts the risk and why.") {
		t.Errorf("an empty form is accepted:\n%s", v)
	}
	d.keys("tab", "Ana Lee", "tab", "2026-11-28", "tab", "Certification audit booked for March", "enter")
	if d.fitted(); !strings.Contains(squeeze(d.mainText()), squeeze("a day after today, 2026-11-28")) {
		t.Errorf("an acceptance ending today is accepted:\n%s", d.fitted())
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatalf("a refused form saved the answers file")
	}
	d.keys("shift+tab")
	d.backspaces(10)
	d.keys("2027-03-31", "tab", "enter")
	if d.m.acc != nil || !strings.Contains(d.fitted(), "Accepted the risk of certifications until 2027-03-31") {
		t.Fatalf("the acceptance is not recorded:\n%s", d.fitted())
	}
	want := assessment.Acceptance{Finding: "certifications", By: "Ana Lee", On: "2026-11-28", Until: "2027-03-31",
		Reason: "Certification audit booked for March"}
	checkAccepted(t, path, want)

	// Leaving a changed form with esc keeps the acceptance as it was.
	d.keys("a", "down")
	if d.fitted(); !strings.Contains(d.mainText(), "[accepted by Ana Lee until 2027-03-31] High · certifications") {
		t.Errorf("the list does not show the acceptance:\n%s", d.fitted())
	}
	d.keys("enter")
	if d.fitted(); !strings.Contains(squeeze(d.mainText()), squeeze("Replaces the acceptance by Ana Lee until 2027-03-31.")) {
		t.Errorf("the form does not say it replaces the acceptance:\n%s", d.fitted())
	}
	d.keys(" (CISO)", "esc", "esc")
	checkAccepted(t, path, want)

	// Confirming replaces it, the other values as they were.
	d.keys("a", "down", "enter", " (CISO)", "enter", "enter", "enter")
	want.By = "Ana Lee (CISO)"
	checkAccepted(t, path, want)
}

// checkAccepted checks that the saved answers file accepts exactly one risk, want.
func checkAccepted(t *testing.T, path string, want assessment.Acceptance) {
	t.Helper()
	f := loadSaved(t, path)
	if len(f.Accepted) != 1 {
		t.Fatalf("saved accepted = %+v, want one entry", f.Accepted)
	}
	got := f.Accepted[0]
	got.Pos = questionnaire.Pos{}
	if got != want {
		t.Errorf("saved acceptance = %+v, want %+v", got, want)
	}
}

// TestModelAcceptNoFindings checks the list when the answers raise no finding, and that esc
// goes back to the review.
func TestModelAcceptNoFindings(t *testing.T) {
	d, _ := acceptDriver(t, "en", false)
	d.keys("a")
	if v := d.fitted(); !strings.Contains(v, "The answers so far raise no finding.") {
		t.Errorf("no finding, and the list says:\n%s", v)
	}
	d.keys("esc")
	if d.m.acc != nil || d.m.state != stateReview {
		t.Errorf("esc does not go back to the review")
	}
}

// TestModelAcceptLanguages accepts the risk of a rule's finding (the built-in questionnaire's
// rule on too little known) in Portuguese and Chinese: the screens fit 80×24 in their words.
func TestModelAcceptLanguages(t *testing.T) {
	for lang, want := range map[string][]string{
		"pt":      {"a aceitar risco", "Alta · too-little-known", "Aceite por", "Risco de too-little-known aceite até 2027-06-30"},
		"zh-Hant": {"a 接受風險", "高 · too-little-known", "接受人", "已接受too-little-known的風險，有效至2027-06-30"},
	} {
		t.Run(lang, func(t *testing.T) {
			d, path := acceptDriver(t, lang, false)
			steps := [][]string{nil, {"a"}, {"enter"}, {"DPO", "tab", "2027-06-30", "tab", "x", "enter"}}
			for i, step := range steps {
				d.keys(step...)
				if v := d.fitted(); !strings.Contains(v, want[i]) {
					t.Errorf("after %q the screen has no %q:\n%s", step, want[i], v)
				}
			}
			checkAccepted(t, path, assessment.Acceptance{Finding: "too-little-known", By: "DPO", On: "2026-11-28", Until: "2027-06-30", Reason: "x"})
		})
	}
}

// TestAcceptCataloguesComplete holds the words for accepting a risk in every catalogue to the
// English ones: none empty, the same verbs, a name for every severity.
func TestAcceptCataloguesComplete(t *testing.T) {
	en := reflect.ValueOf(acceptEn)
	for tag, c := range catalogues {
		v := reflect.ValueOf(c.acc)
		for i := range v.NumField() {
			name := en.Type().Field(i).Name
			if f := v.Field(i); f.Kind() == reflect.String {
				if f.String() == "" {
					t.Errorf("%s: acc.%s is empty", tag, name)
				}
				if want, got := verbs(en.Field(i).String()), verbs(f.String()); want != got {
					t.Errorf("%s: acc.%s has the verbs %q, English has %q", tag, name, got, want)
				}
			}
		}
		for _, s := range questionnaire.Severities {
			if report.SeverityName(tag, s) == "" {
				t.Errorf("%s: no name for the severity %s", tag, s)
			}
		}
	}
}
