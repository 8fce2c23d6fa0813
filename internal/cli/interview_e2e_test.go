package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// minimalQuestionnaire is the example questionnaire with every kind of question.
func minimalQuestionnaire(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../docs/examples/questionnaire-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// pipedInterview answers every question of the minimal questionnaire: details, who answers,
// then per question the answer, note, evidence and source.
const pipedInterview = "Acme Chat\nPro\nExample Ltd\nA. Chan\nIT manager\n2026-11-28\n\n" +
	"3\n\n\n\n" + "y\n\n\n\n" + "2\nPer sales call\nannex-2.pdf\ndocumented\n" + "n\n\n\n\n" +
	"1\n\n\n\n" + "1,2,3\n\n\n\n" + "?\n\n\n\n" + "1\n\n\n\n" + "n\n\n\n\n" + "2027-03-01\n\n\n\n" + "Jane Doe\n\n\n\n"

func TestInterviewAccessibleE2E(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	run := func(input string, args ...string) (string, int) {
		cmd := exec.Command(bin, append([]string{"interview", "--accessible", "--questionnaire", minimalQuestionnaire(t)}, args...)...)
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(input)
		cmd.Env = append(os.Environ(), "TERM=xterm", "NO_COLOR=1")
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), code
	}
	out, code := run(pipedInterview)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	answers := filepath.Join(dir, "acme-chat-2026-11-28.answers.yaml")
	reportPath := filepath.Join(dir, "acme-chat-2026-11-28.report.md")
	if !strings.Contains(out, "Report written to acme-chat-2026-11-28.report.md") || !strings.Contains(out, "Overall score:") {
		t.Errorf("output:\n%s", out)
	}
	f, err := assessment.Load(answers)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Answers) != 11 {
		t.Errorf("%d answers, want 11: %v", len(f.Answers), f.Answers)
	}
	if a := f.Answers["storage-location"]; a.Choice != "abroad" || a.Source != "documented" || a.Note != "Per sales call" {
		t.Errorf("storage-location = %+v", a)
	}
	info, err := os.Stat(reportPath)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("report mode %v", info.Mode().Perm())
	}
	data, _ := os.ReadFile(reportPath)
	if !strings.Contains(string(data), "Acme Chat") || strings.Contains(string(data), "\x1b") {
		t.Error("the report does not name the vendor, or holds escape codes")
	}
	// Resuming the finished interview asks nothing; the existing report is kept without --force.
	out, code = run("", "--resume", answers)
	if code != 1 || !strings.Contains(out, "already exists; use --force") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	out, code = run("", "--resume", answers, "--force")
	if code != 0 || !strings.Contains(out, "Report written to") {
		t.Errorf("with --force: exit %d:\n%s", code, out)
	}
}

// tmux drives a terminal of 80×24 on a private tmux server.
type tmux struct {
	t      *testing.T
	socket string
}

func (x *tmux) run(args ...string) string {
	x.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", x.socket}, args...)...).CombinedOutput()
	if err != nil {
		x.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// waitFor polls the screen until it shows want.
func (x *tmux) waitFor(want string) string {
	x.t.Helper()
	var screen string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		screen = x.run("capture-pane", "-p", "-t", "vc")
		if strings.Contains(screen, want) {
			return screen
		}
	}
	x.t.Fatalf("the screen never showed %q:\n%s", want, screen)
	return ""
}

func (x *tmux) keys(keys ...string) { x.run(append([]string{"send-keys", "-t", "vc"}, keys...)...) }

func TestInterviewTmuxKillAndResume(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the full-screen end-to-end test needs it")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	x := &tmux{t: t, socket: fmt.Sprintf("vendorcheck-test-%d", os.Getpid())}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", x.socket, "kill-server").Run() })
	start := func(args ...string) {
		x.run(append([]string{"new-session", "-d", "-s", "vc", "-x", "80", "-y", "24", "-c", dir,
			"-e", "ACCESSIBLE=", "-e", "TERM=xterm-256color", bin, "interview", "--questionnaire", minimalQuestionnaire(t)}, args...)...)
	}
	start()
	x.waitFor("Assessment details")
	x.keys("Acme Chat", "Enter")
	x.keys("Enter", "Enter", "Enter", "Enter")
	x.keys("C-u", "2026-11-28", "Enter")
	x.waitFor("What kind of personal data")
	x.keys("3", "Enter")
	x.waitFor("Will staff share files")
	x.keys("1", "Enter")
	x.waitFor("Where does the vendor store")
	x.keys("1", "Tab", "From the sales call", "Enter")
	x.waitFor("Are shared files kept")
	x.keys("C-n")
	x.waitFor("Which certifications")

	answers := filepath.Join(dir, "acme-chat-2026-11-28.answers.yaml")
	want := map[string]string{"data-kinds": "sensitive-data", "uses-files": "yes", "storage-location": "macao", "shared-files-region": "na"}
	var f *assessment.File
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		var err error
		f, err = assessment.Load(answers)
		if err == nil && len(f.Answers) == len(want) || time.Now().After(deadline) {
			break
		}
	}
	pid, err := strconv.Atoi(strings.TrimSpace(x.run("list-panes", "-t", "vc", "-F", "#{pane_pid}")))
	if err != nil {
		t.Fatal(err)
	}
	if err := exec.Command("kill", "-9", strconv.Itoa(pid)).Run(); err != nil {
		t.Fatal(err)
	}
	_ = exec.Command("tmux", "-L", x.socket, "kill-server").Run()

	f, err = assessment.Load(answers)
	if err != nil {
		t.Fatalf("after kill -9: %v", err)
	}
	for id, v := range want {
		a := f.Answers[id]
		got := ""
		if a != nil {
			got = a.Choice
			if a.NA {
				got = "na"
			}
		}
		if got != v {
			t.Errorf("after kill -9, %s = %q, want %q", id, got, v)
		}
	}
	if f.Answers["storage-location"] == nil || f.Answers["storage-location"].Note != "From the sales call" {
		t.Errorf("storage-location note lost: %+v", f.Answers["storage-location"])
	}

	// A fresh server for the resumed run: the first one may still be shutting down, and a new
	// session on its socket then fails with "server exited unexpectedly".
	x.socket += "-resume"
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", x.socket, "kill-server").Run() })
	start("--resume", answers)
	screen := x.waitFor("Which certifications")
	if !strings.Contains(screen, "Security") {
		t.Errorf("resume screen:\n%s", screen)
	}
	x.keys("C-c")
	x.waitForEnd("ctrl+c did not end the resumed interview")

	// Resume once more and finish: the review, the score and the report preview, then the report.
	x.socket += "-finish"
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", x.socket, "kill-server").Run() })
	start("--resume", answers)
	x.waitFor("Which certifications")
	x.keys("1", "Enter")
	x.keys("C-r")
	x.waitFor("Still open")
	x.keys("Up", "Enter")
	x.waitFor("Report preview")
	x.keys("Enter")
	x.waitForEnd("enter on the report preview did not end the interview")
	report, err := os.ReadFile(filepath.Join(dir, "acme-chat-2026-11-28.report.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(report), "# Vendor assessment: Acme Chat") || !strings.Contains(string(report), "ISO/IEC 27001") {
		t.Errorf("the report lacks the vendor or the certification answered:\n%s", report)
	}
}

// waitForEnd waits for the interview's tmux session to end, and fails with why if it does not.
func (x *tmux) waitForEnd(why string) {
	x.t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if err := exec.Command("tmux", "-L", x.socket, "has-session", "-t", "vc").Run(); err != nil {
			return
		}
	}
	x.t.Fatal(why)
}

// capture is the screen as the terminal shows it.
func (x *tmux) capture() string { return x.run("capture-pane", "-p", "-t", "vc") }

// settle waits until the screen differs from before, or a moment passes (a key that changes
// nothing on screen).
func (x *tmux) settle(before string) string {
	x.t.Helper()
	screen := before
	for deadline := time.Now().Add(400 * time.Millisecond); screen == before && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		screen = x.capture()
	}
	return screen
}

// squeezed is the text of the main pane with every space, the section list and the form's
// marks dropped, so that a label wrapped over lines reads as one.
func squeezed(screen string) string {
	var b strings.Builder
	for _, l := range strings.Split(screen, "\n") {
		if _, after, ok := strings.Cut(l, "│"); ok {
			l = after
		}
		l = strings.NewReplacer("┃", "", "❯", "", "[ ]", "", "[x]", "").Replace(l)
		b.WriteString(strings.Join(strings.Fields(l), ""))
	}
	return b.String()
}

// TestInterviewTmuxWholeInterview runs a whole interview of the default questionnaire at 80×24:
// every option label of the profile and the first section shows in full, enter on an untouched
// question records nothing, and the last answer leads to the review, then to the report.
func TestInterviewTmuxWholeInterview(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the full-screen end-to-end test needs it")
	}
	if testing.Short() {
		t.Skip("a whole interview in a terminal")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	x := &tmux{t: t, socket: fmt.Sprintf("vendorcheck-whole-%d", os.Getpid())}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", x.socket, "kill-server").Run() })
	x.run("new-session", "-d", "-s", "vc", "-x", "80", "-y", "24", "-c", dir, "-e", "ACCESSIBLE=", "-e", "TERM=xterm-256color",
		bin, "interview", "--questionnaire", questionnaire.DefaultID, "--lang", "en")
	x.waitFor("Assessment details")
	x.keys("Acme Chat", "Enter", "Enter", "Enter", "Enter", "Enter", "C-u", "2026-11-28", "Enter")
	qn, err := questionnaire.Find(questionnaire.DefaultID, "en")
	if err != nil {
		t.Fatal(err)
	}
	answers := filepath.Join(dir, "acme-chat-2026-11-28.answers.yaml")
	onScreen := func(screen string) *questionnaire.Question {
		s := squeezed(screen)
		for _, q := range qn.Questions() {
			p := strings.Join(strings.Fields(q.Prompt), "")
			if q.Section != nil && q.Section != qn.Sections[0] || !strings.Contains(s, p[:min(len(p), 60)]) {
				continue
			}
			return q
		}
		return nil
	}

	// Enter on the first question, untouched: nothing is recorded, the next question shows.
	screen := x.waitFor("enter skip")
	first := onScreen(screen)
	if first == nil {
		t.Fatalf("the first question is not one of the profile's:\n%s", screen)
	}
	x.keys("Enter")
	if q := onScreen(x.settle(screen)); q == first {
		t.Fatalf("enter on the untouched %s did not move on", first.ID)
	}
	if f, err := assessment.Load(answers); err != nil || f.Answers[first.ID] != nil {
		t.Fatalf("enter on the untouched %s recorded %+v (%v)", first.ID, f.Answers[first.ID], err)
	}
	x.keys("C-b")
	screen = x.settle(x.capture())

	// Each question of the profile and the first section: read every option while moving
	// through them, then pick the first.
	checked := 0
	for n := 0; n < 40; n++ {
		q := onScreen(screen)
		if q == nil {
			break
		}
		checked++
		seen := squeezed(screen)
		missing := func() []int {
			var out []int
			for i, o := range q.Options {
				if !strings.Contains(seen, strings.Join(strings.Fields(o.Label), "")) {
					out = append(out, i)
				}
			}
			return out
		}
		for range q.Options { // a long list scrolls
			if len(missing()) == 0 {
				break
			}
			before := x.capture()
			x.keys("Down")
			seen += squeezed(x.settle(before))
		}
		for _, i := range missing() {
			t.Errorf("%s: option %d %q never shows in full", q.ID, i+1, q.Options[i].Label)
		}
		before := x.capture()
		x.keys("1", "Enter")
		screen = x.settle(before)
		for i := 0; i < 20 && onScreen(screen) == q; i++ {
			screen = x.settle(screen)
		}
	}
	if want := len(qn.Profile); checked < want {
		t.Errorf("read %d questions of the profile and the first section, want at least %d", checked, want)
	}
	if f, err := assessment.Load(answers); err != nil || f.Answers[first.ID] == nil {
		t.Fatalf("%s was not answered on the way back (%v)", first.ID, err)
	}

	// The rest unknown, one ctrl+u each: after the last open question comes the review.
	// (The interview handles keys one after the other, so they can be sent at once; on the
	// review ctrl+u does nothing.)
	x.keys(slices.Repeat([]string{"C-u"}, 120)...)
	x.waitFor("Still open")
	x.keys("End", "Enter")
	x.waitFor("Report preview")
	x.keys("Enter")
	x.waitForEnd("enter on the report preview did not end the interview")
	if _, err := os.Stat(filepath.Join(dir, "acme-chat-2026-11-28.report.md")); err != nil {
		t.Error(err)
	}
}

// TestInterviewTmuxCtrlCOnSummary leaves the summary with ctrl+c in a terminal of 80×24: the key
// bar says what it does, and the report is written when its file is free; when a report of
// that name exists, it is kept and the message after the program says how to replace it.
func TestInterviewTmuxCtrlCOnSummary(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the full-screen end-to-end test needs it")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	qn, err := questionnaire.Load(minimalQuestionnaire(t))
	if err != nil {
		t.Fatal(err)
	}
	answers := filepath.Join(dir, "acme.answers.yaml")
	report := filepath.Join(dir, "acme.report.md")
	// One answer, so that the questions start at once (a draft with none asks the details).
	draft := assessment.NewFile(qn, assessment.Details{Vendor: "Acme Chat", Date: "2026-11-28"})
	draft.Answers["data-kinds"] = &assessment.Answer{Choice: "contact-only"}
	if err := assessment.Save(answers, draft, qn); err != nil {
		t.Fatal(err)
	}
	x := &tmux{t: t}
	// toSummary starts the interview on a new tmux server, the pane kept once the program ends
	// so that what it prints can be read, and goes to the summary.
	toSummary := func(server string) string {
		x.socket = fmt.Sprintf("vendorcheck-quit-%s-%d", server, os.Getpid())
		t.Cleanup(func() { _ = exec.Command("tmux", "-L", x.socket, "kill-server").Run() })
		x.run("new-session", "-d", "-s", "vc", "-x", "80", "-y", "24", "-c", dir, "-e", "ACCESSIBLE=", "-e", "TERM=xterm-256color",
			bin, "interview", "--resume", "acme.answers.yaml", "--questionnaire", minimalQuestionnaire(t))
		x.run("set-option", "-t", "vc", "remain-on-exit", "on")
		x.waitFor("Sections")
		x.keys("C-r")
		x.waitFor("Still open")
		x.keys("End", "Enter")
		return x.waitFor("Report preview")
	}
	// ended waits for the program to end and returns what the terminal shows then.
	ended := func(why string) string {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if strings.TrimSpace(x.run("display-message", "-p", "-t", "vc", "#{pane_dead}")) == "1" {
				return x.capture()
			}
		}
		t.Fatal(why)
		return ""
	}

	if screen := toSummary("free"); !strings.Contains(screen, "enter/ctrl+c write report & exit") {
		t.Errorf("the key bar does not say that ctrl+c writes the report:\n%s", screen)
	}
	x.keys("C-c")
	if screen := ended("ctrl+c on the summary did not end the interview"); !strings.Contains(screen, "Report written to acme.report.md") {
		t.Errorf("after ctrl+c:\n%s", screen)
	}
	if data, err := os.ReadFile(report); err != nil || !strings.Contains(string(data), "Acme Chat") {
		t.Fatalf("the report was not written (%v):\n%s", err, data)
	}

	if err := os.WriteFile(report, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if screen := toSummary("exists"); !strings.Contains(screen, "ctrl+c quit, keep the old report") {
		t.Errorf("the key bar does not say that ctrl+c keeps the old report:\n%s", screen)
	}
	x.keys("C-c")
	screen := ended("ctrl+c on the summary did not end the interview")
	if !strings.Contains(screen, "The report was not written: acme.report.md already exists") ||
		!strings.Contains(squeezed(screen), "reportacme.answers.yaml-oacme.report.md--force") {
		t.Errorf("after ctrl+c with a report of that name:\n%s", screen)
	}
	if data, _ := os.ReadFile(report); string(data) != "old" {
		t.Errorf("the old report was replaced: %q", data)
	}
}

// TestInterviewTmuxAnswersQuitBeforeQuestions starts an interview with --answers in a real
// terminal and stops it on the start screen: nothing is saved, so the same command starts again;
// then esc on the details screen goes back to the start screen.
func TestInterviewTmuxAnswersQuitBeforeQuestions(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the full-screen end-to-end test needs it")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	x := &tmux{t: t}
	start := func(server string) {
		x.socket = fmt.Sprintf("vendorcheck-early-%s-%d", server, os.Getpid())
		t.Cleanup(func() { _ = exec.Command("tmux", "-L", x.socket, "kill-server").Run() })
		x.run("new-session", "-d", "-s", "vc", "-x", "80", "-y", "24", "-c", dir, "-e", "ACCESSIBLE=", "-e", "TERM=xterm-256color",
			"-e", "LANG=en_GB.UTF-8", "sh", "-c", bin+" interview --answers x.answers.yaml; echo EXIT=$?; sleep 30")
		x.waitFor("Choose the questionnaire")
	}
	start("first")
	x.keys("C-c")
	screen := x.waitFor("EXIT=")
	if !strings.Contains(screen, "nothing was saved") {
		t.Errorf("stopping on the start screen does not say nothing was saved:\n%s", screen)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("stopping on the start screen left %v", entries)
	}
	start("second") // the same command starts again
	x.keys("Enter")
	x.waitFor("Assessment details")
	if !strings.Contains(x.capture(), "esc back") {
		t.Errorf("the details screen does not offer esc:\n%s", x.capture())
	}
	x.keys("Acme", "Escape")
	x.waitFor("Choose the questionnaire")
	x.keys("Enter")
	if screen := x.waitFor("Assessment details"); !strings.Contains(screen, "Acme") {
		t.Errorf("what was typed before esc is lost:\n%s", screen)
	}
}
