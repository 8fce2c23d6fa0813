package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/tui"
)

func TestReportPathFor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"acme-2026-11-28.answers.yaml", "acme-2026-11-28.report.md"},
		{"dir/x.answers.yaml", "dir/x.report.md"},
		{"draft.yaml", "draft.report.md"},
		{"plain", "plain.report.md"},
	}
	for _, tc := range tests {
		if got := reportPathFor(tc.in); got != tc.want {
			t.Errorf("reportPathFor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestInterviewNoTerminal(t *testing.T) {
	t.Setenv("TERM", "xterm")
	t.Setenv("ACCESSIBLE", "")
	var out, errb bytes.Buffer
	code := Main(t.Context(), []string{"interview"}, strings.NewReader(""), &out, &errb)
	if code != exitUsage || !strings.Contains(errb.String(), "no terminal: use --accessible") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

func TestInterviewAccessibleInProcess(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	qn, _ := filepath.Abs(filepath.Join(origDir(t), "../../docs/examples/questionnaire-minimal.yaml"))
	input := "Acme\n\n\n\n\n2026-11-28\n\n1\n\n\n\n"
	var out, errb bytes.Buffer
	// The input ends before the interview: exit 1, with how to resume.
	code := Main(t.Context(), []string{"interview", "--accessible", "--questionnaire", qn}, strings.NewReader(input), &out, &errb)
	if code != exitFailed || !strings.Contains(errb.String(), "the input ended before the interview did") {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Saved draft to acme-2026-11-28.answers.yaml. Resume with: vendorcheck interview --resume acme-2026-11-28.answers.yaml --questionnaire "+qn) {
		t.Errorf("output: %s", out.String())
	}
	// A second interview for the same vendor and day does not replace the first.
	out.Reset()
	code = Main(t.Context(), []string{"interview", "--accessible", "--questionnaire", qn}, strings.NewReader(input), &out, &errb)
	if code != exitFailed || !strings.Contains(out.String(), "acme-2026-11-28-2.answers.yaml") {
		t.Errorf("exit %d, output %s", code, out.String())
	}
	// --answers naming an existing file is refused.
	code = Main(t.Context(), []string{"interview", "--accessible", "--questionnaire", qn, "--answers", "acme-2026-11-28.answers.yaml"}, strings.NewReader(input), &out, &errb)
	if code != exitFailed || !strings.Contains(errb.String(), "--resume") {
		t.Errorf("exit %d, stderr %s", code, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "acme-2026-11-28.answers.yaml")); err != nil {
		t.Error(err)
	}
}

// origDir is the package folder the test started in.
var startDir, _ = os.Getwd()

func origDir(*testing.T) string { return startDir }

// TestFindDraftsNamedPipe checks that a named pipe among the answers files of the folder does
// not hang the start screen's list of drafts.
func TestFindDraftsNamedPipe(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := syscall.Mkfifo("evil.answers.yaml", 0o600); err != nil {
		t.Skip(err)
	}
	done := make(chan []tui.Draft, 1)
	go func() { drafts, _ := findDrafts(); done <- drafts }()
	select {
	case drafts := <-done:
		if len(drafts) != 0 {
			t.Errorf("drafts %v, want none", drafts)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("findDrafts hangs on a named pipe")
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"acme-2026-11-28.answers.yaml": "acme-2026-11-28.answers.yaml",
		"My Vendor.answers.yaml":       "'My Vendor.answers.yaml'",
		"it's.yaml":                    `'it'\''s.yaml'`,
		"":                             "''",
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestInterviewReportAfterCtrlC writes the report of an interview left with ctrl+c on its
// summary: when no file has the report's name it is written as enter writes it; when one has,
// it is left as it is, the exit status says the program was stopped, and the command printed
// replaces it.
func TestInterviewReportAfterCtrlC(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	qnPath, _ := filepath.Abs(filepath.Join(origDir(t), "../../docs/examples/questionnaire-minimal.yaml"))
	qn, err := questionnaire.Load(qnPath)
	if err != nil {
		t.Fatal(err)
	}
	answers := "acme.answers.yaml"
	f := assessment.NewFile(qn, assessment.Details{Vendor: "Acme", Date: "2026-11-28"})
	if err := assessment.Save(answers, f, qn); err != nil {
		t.Fatal(err)
	}
	report := "acme.report.md"
	ctrlC := func() (string, error) {
		s := interview.NewSession(qn, f, answers)
		s.ReportPath, s.QuitOnSummary = report, true
		var out bytes.Buffer
		err := interviewReport(&streams{out: &out, say: &out, err: &out}, s, interviewOptions{})
		return out.String(), err
	}

	out, err := ctrlC()
	if err != nil || !strings.Contains(out, "Report written to acme.report.md") {
		t.Fatalf("the report's file is free: %v\n%s", err, out)
	}
	if data, err := os.ReadFile(report); err != nil || !strings.Contains(string(data), "Acme") {
		t.Fatalf("report: %v\n%s", err, data)
	}

	if err := os.WriteFile(report, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err = ctrlC()
	replace := "vendorcheck report acme.answers.yaml -o acme.report.md --force --questionnaire " + shellQuote(qnPath)
	if exitCode(err) != exitAborted || !strings.Contains(out, "The report was not written: acme.report.md already exists and was kept. To replace it: "+replace+"\n") {
		t.Fatalf("a report of that name exists: exit %d\n%s", exitCode(err), out)
	}
	if data, _ := os.ReadFile(report); string(data) != "old" {
		t.Fatalf("the old report was changed: %q", data)
	}

	var stdout, stderr bytes.Buffer
	if code := Main(t.Context(), strings.Fields(replace)[1:], strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("%s: exit %d: %s", replace, code, stderr.String())
	}
	if data, _ := os.ReadFile(report); !strings.Contains(string(data), "Acme") {
		t.Errorf("the command printed did not replace the report: %q", data)
	}
}
