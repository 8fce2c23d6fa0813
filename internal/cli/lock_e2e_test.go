package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestInterviewLock runs two interviews on one answers file: the second is refused with a
// message naming the first's process, and the first keeps its answers.
func TestInterviewLock(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	first := exec.Command(bin, "interview", "--accessible", "--answers", "x.answers.yaml")
	first.Dir = dir
	stdin, err := first.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	first.Stdout, first.Stderr = &out, &out
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	defer first.Process.Kill()
	if _, err := stdin.Write([]byte("First\n")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &out, "Product")
	second := exec.Command(bin, "interview", "--accessible", "--answers", "x.answers.yaml")
	second.Dir = dir
	second.Stdin = strings.NewReader("Second\n")
	msg, err := second.CombinedOutput()
	if code := second.ProcessState.ExitCode(); err == nil || code != exitFailed {
		t.Fatalf("second interview: exit %d, want %d:\n%s", code, exitFailed, msg)
	}
	want := "x.answers.yaml is open in another interview (process " + strconv.Itoa(first.Process.Pid)
	if !strings.Contains(string(msg), want) {
		t.Errorf("second interview says:\n%s\nwant it to contain %q", msg, want)
	}
	stdin.Close()
	done := make(chan error, 1)
	go func() { done <- first.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the first interview did not end")
	}
	data, err := os.ReadFile(filepath.Join(dir, "x.answers.yaml"))
	if err != nil || !strings.Contains(string(data), "vendor: First") {
		t.Errorf("answers file holds:\n%s (%v)", data, err)
	}
	if _, err := os.Stat(filepath.Join(dir, ".x.answers.yaml.lock")); !os.IsNotExist(err) {
		t.Errorf("lock file left after the interview: %v", err)
	}
}

// TestInterviewChangedOnDisk edits the answers file by hand while an interview is open: the
// next save leaves the edit as it is and saves the answers to a new name beside it, saying so.
func TestInterviewChangedOnDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "h.answers.yaml")
	// One answer, so that the questions start at once (a draft with none asks the details).
	draft := "questionnaire: {id: minimal-example, version: 1.0.0, language: en}\n" +
		"assessment: {vendor: Acme, date: 2026-11-28}\nanswers: {security-contact: {text: Jane}}\n"
	if err := os.WriteFile(path, []byte(draft), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "interview", "--accessible", "--resume", "h.answers.yaml", "--questionnaire", minimalQuestionnaire(t))
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitFor(t, &out, "Who gives the answers")
	stdin.Write([]byte("-\n"))
	waitFor(t, &out, "What kind of personal data")
	edited := strings.Replace(draft, "vendor: Acme", "vendor: Edited by hand", 1)
	if err := os.WriteFile(path, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	stdin.Write([]byte("3\n\n\n\n"))
	stdin.Close()
	cmd.Wait()
	if data, _ := os.ReadFile(path); string(data) != edited {
		t.Errorf("the hand edit was overwritten:\n%s", data)
	}
	moved := filepath.Join(dir, "h-2.answers.yaml")
	data, err := os.ReadFile(moved)
	if err != nil || !strings.Contains(string(data), "sensitive-data") {
		t.Errorf("the answer is not in h-2.answers.yaml: %v\n%s", err, data)
	}
	if !strings.Contains(out.String(), "h.answers.yaml was changed outside the interview and is left as it is; the answers are now saved to h-2.answers.yaml") {
		t.Errorf("the interview did not say where the answers went:\n%s", out.String())
	}
}
