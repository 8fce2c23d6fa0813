package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// minimalPath is the example questionnaire, absolute so that tests may change folder.
var minimalPath, _ = filepath.Abs("../../docs/examples/questionnaire-minimal.yaml")

// loadMinimal loads the example questionnaire that uses every kind of question.
func loadMinimal(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load(minimalPath)
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

// press turns a key name such as "enter", "ctrl+u" or "a" into a key press.
func press(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	}
	if c, ok := strings.CutPrefix(k, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(c[0]), Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// driver runs the model's Update synchronously, running the commands it returns (saves,
// naming, rendering) and feeding their messages back, as the program would.
type driver struct {
	t *testing.T
	m *Model
}

// keys sends key presses; a name longer than one rune that is not a key name is typed.
func (d *driver) keys(ks ...string) {
	d.t.Helper()
	for _, k := range ks {
		if len([]rune(k)) > 1 && !isKeyName(k) {
			for _, r := range k {
				d.send(press(string(r)))
			}
			continue
		}
		d.send(press(k))
	}
}

func isKeyName(k string) bool {
	switch k {
	case "enter", "tab", "shift+tab", "space", "up", "down", "left", "right", "esc", "pgdown", "pgup", "home", "end":
		return true
	}
	return strings.HasPrefix(k, "ctrl+")
}

// send delivers one message and runs the resulting commands.
func (d *driver) send(msg tea.Msg) {
	_, cmd := d.m.Update(msg)
	d.run(cmd)
}

// run executes a command and its batch, feeding back the messages the model handles.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	case savedMsg, pathMsg, renderedMsg:
		d.send(msg)
	}
}

// current is the id of the question on screen, or "" off the question screen.
func (d *driver) current() string {
	if d.m.state != stateQuestion {
		return ""
	}
	return d.m.s.Question(d.m.cur).ID
}

// newDriver starts a new interview on the minimal questionnaire saving into a temporary folder.
func newDriver(t *testing.T) (*driver, string) {
	t.Helper()
	qn := loadMinimal(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "acme.answers.yaml")
	s := interview.NewSession(qn, assessment.NewFile(qn, assessment.Details{}), "")
	m := New(s, Options{AskDetails: true, Today: "2026-11-28",
		PathFor: func(*assessment.File) (string, error) { return path, nil }})
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return d, path
}

// loadSaved reads the saved answers file.
func loadSaved(t *testing.T, path string) *assessment.File {
	t.Helper()
	f, err := assessment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestModelDetailsThenAnswers(t *testing.T) {
	d, path := newDriver(t)
	d.keys("Acme Chat", "enter", "Pro", "enter", "enter", "enter", "IT manager; vendor", "enter", "enter")
	if got := d.current(); got != "data-kinds" {
		t.Fatalf("after the details the screen shows %q, want data-kinds", got)
	}
	d.keys("down", "down", "enter") // sensitive-data
	d.keys("1", "enter")            // uses-files: yes
	if got := d.current(); got != "storage-location" {
		t.Fatalf("after the profile the screen shows %q", got)
	}
	d.keys("2", "tab", "Sales call", "tab", "annex-2.pdf; call notes", "tab", "right", "right", "enter") // source: documented
	f := loadSaved(t, path)
	if f.Assessment.Vendor != "Acme Chat" || f.Assessment.Date != "2026-11-28" || len(f.Assessment.Interviewees) != 2 {
		t.Errorf("details = %+v", f.Assessment)
	}
	a := f.Answers["storage-location"]
	if a == nil || a.Choice != "abroad" || a.Note != "Sales call" || len(a.Evidence) != 2 || a.Source != assessment.SourceDocumented || a.At == "" {
		t.Fatalf("storage-location = %+v", a)
	}
	if f.Answers["data-kinds"].Choice != "sensitive-data" || f.Answers["uses-files"].Choice != "yes" {
		t.Errorf("profile answers = %+v, %+v", f.Answers["data-kinds"], f.Answers["uses-files"])
	}
}

func TestModelUnknownNABackAndConditions(t *testing.T) {
	d, path := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	d.keys("1", "enter", "2", "enter") // data-kinds contact-only, uses-files no
	if got := d.current(); got != "storage-location" {
		t.Fatalf("screen shows %q, want storage-location", got)
	}
	d.keys("ctrl+u")
	if got := d.current(); got != "certifications" {
		t.Fatalf("with uses-files no, shared-files-region must be hidden; screen shows %q", got)
	}
	// Back to uses-files, answer yes: the conditional question appears.
	d.keys("ctrl+b", "ctrl+b")
	if got := d.current(); got != "uses-files" {
		t.Fatalf("back twice shows %q, want uses-files", got)
	}
	d.keys("1", "enter") // on to the next open question, past storage-location (unknown)
	if got := d.current(); got != "shared-files-region" {
		t.Fatalf("with uses-files yes the screen shows %q, want shared-files-region", got)
	}
	d.keys("ctrl+n")
	// N/A is refused where not allowed.
	d.keys("ctrl+n")
	if got := d.current(); got != "certifications" || d.m.form.err == "" {
		t.Errorf("ctrl+n on certifications: screen %q, error %q", got, d.m.form.err)
	}
	// Enter with nothing ticked records nothing and moves on; back, 1 ticks ISO 27001, which
	// shows cert-expiry later.
	d.keys("enter")
	if got := d.current(); got == "certifications" || d.m.s.Answer("certifications") != nil {
		t.Errorf("enter with nothing ticked: screen %q, answer %+v", got, d.m.s.Answer("certifications"))
	}
	d.keys("ctrl+b", "1", "enter")
	f := loadSaved(t, path)
	if !f.Answers["storage-location"].Unknown || !f.Answers["shared-files-region"].NA {
		t.Errorf("unknown/N/A not saved: %+v %+v", f.Answers["storage-location"], f.Answers["shared-files-region"])
	}
	if got := f.Answers["certifications"].Choices; len(got) != 1 || got[0] != "iso27001" {
		t.Errorf("certifications = %v", got)
	}
	if !d.m.s.Visible(d.m.s.IndexOf("cert-expiry")) {
		t.Error("cert-expiry hidden after ticking ISO 27001")
	}
	// Date: an invalid date is refused with a reason, a valid one saved.
	d.keys("ctrl+s")
	if d.m.state != statePicker {
		t.Fatalf("ctrl+s opened state %v", d.m.state)
	}
	d.keys("enter") // the current section, Security
	for d.current() != "cert-expiry" {
		d.keys("pgdown")
		if d.m.state != stateQuestion {
			t.Fatal("cert-expiry never shown")
		}
	}
	d.keys("2027-13-01", "enter")
	if d.current() != "cert-expiry" || !strings.Contains(d.m.form.err, "YYYY-MM-DD") {
		t.Errorf("invalid date: screen %q, error %q", d.current(), d.m.form.err)
	}
	d.send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	d.keys("ctrl+u")
	if !loadSaved(t, path).Answers["cert-expiry"].Unknown {
		t.Error("cert-expiry unknown not saved")
	}
}

func TestModelJumpReviewAndFinish(t *testing.T) {
	d, path := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	d.keys("ctrl+s", "down", "down", "enter")
	if q := d.m.s.Question(d.m.cur); d.m.state != stateQuestion || q.Section == nil || q.Section.ID != "security" {
		t.Fatalf("jump to Security shows %q", d.current())
	}
	d.keys("ctrl+r")
	if d.m.state != stateReview || len(d.m.open) != 9 {
		t.Fatalf("review: state %v, %d open, want 9", d.m.state, len(d.m.open))
	}
	d.keys("enter")
	if got := d.current(); got != "data-kinds" {
		t.Fatalf("review enter opens %q, want data-kinds", got)
	}
	d.keys("ctrl+r", "up", "enter") // the last entry: finish
	if d.m.state != stateSummary || d.m.result == nil {
		t.Fatalf("finish: state %v, result %v", d.m.state, d.m.result)
	}
	if !strings.Contains(d.m.preview.View(), "Acme") {
		t.Error("the report preview does not name the vendor")
	}
	d.keys("enter")
	if !d.m.Finished {
		t.Error("enter on the summary did not finish")
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
}

func TestModelResumeStartsAtFirstOpen(t *testing.T) {
	qn := loadMinimal(t)
	f := assessment.NewFile(qn, assessment.Details{Vendor: "Acme", Date: "2026-11-28"})
	f.Answers["data-kinds"] = &assessment.Answer{Choice: "contact-only"}
	f.Answers["uses-files"] = &assessment.Answer{Choice: "no"}
	path := filepath.Join(t.TempDir(), "a.answers.yaml")
	m := New(interview.NewSession(qn, f, path), Options{})
	d := &driver{t: t, m: m}
	if got := d.current(); got != "storage-location" {
		t.Fatalf("resume shows %q, want storage-location", got)
	}
	d.keys("1", "enter", "ctrl+c")
	if !m.Aborted || m.state != stateDone {
		t.Error("ctrl+c did not stop the interview")
	}
	if got := loadSaved(t, path).Answers["storage-location"]; got == nil || got.Choice != "macao" {
		t.Errorf("storage-location = %+v", got)
	}
}

func TestViewFits80x24(t *testing.T) {
	d, _ := newDriver(t)
	for _, size := range []tea.WindowSizeMsg{{Width: 80, Height: 24}, {Width: 200, Height: 50}, {Width: 50, Height: 20}} {
		d.send(size)
		for _, step := range []func(){func() {}, func() { d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter") }} {
			step()
			lines := strings.Split(d.m.render(), "\n")
			if len(lines) > size.Height {
				t.Errorf("%dx%d: %d lines", size.Width, size.Height, len(lines))
			}
			for _, l := range lines {
				if w := lipgloss.Width(l); w > size.Width {
					t.Errorf("%dx%d: line %d cells wide: %q", size.Width, size.Height, w, l)
				}
			}
		}
		d, _ = newDriver(t)
	}
}
