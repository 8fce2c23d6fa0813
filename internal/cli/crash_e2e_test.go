package cli

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// crashQuestions is how many choice questions the crash questionnaire asks.
const crashQuestions = 12

// crashQuestionnaire writes a questionnaire of choice questions whose prompts are easy to spot.
func crashQuestionnaire(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`id: crash-test
version: 1.0.0
language: en
title: Crash test
scoring:
  ratings: [{min: 50, label: Fine}, {min: 0, label: Poor}]
recommendations:
  - title: Carry on
sections:
  - id: s
    title: S
    questions:
`)
	for i := 1; i <= crashQuestions; i++ {
		fmt.Fprintf(&b, "      - id: q%02d\n        prompt: Question Q%02d?\n        kind: choice\n", i, i)
		b.WriteString("        options: [{id: a, label: A, score: 1}, {id: b, label: B, score: 0}]\n")
	}
	path := filepath.Join(dir, "crash.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// waitFor reads the program's output until it contains want, or fails after a timeout.
func waitFor(t *testing.T, out *syncBuffer, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %q; output:\n%s", want, out.String())
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// TestKillAnytime kills the accessible interview with SIGKILL at random points and checks that
// the answers file is always a valid answers file holding every answer committed before the kill.
// An answer counts as committed once the program has moved on to the next question.
func TestKillAnytime(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary many times")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	qpath := crashQuestionnaire(t, dir)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	for run := range 25 {
		answers := filepath.Join(dir, fmt.Sprintf("run%02d.answers.yaml", run))
		stop := rng.IntN(crashQuestions + 1) // answers to commit before the kill
		partial := rng.IntN(4)               // lines of the next answer sent before the kill
		committed := killDuring(t, bin, qpath, answers, stop, partial)
		f, err := assessment.Load(answers)
		if err != nil {
			t.Fatalf("run %d (stop %d): answers file is not valid after the kill: %v", run, stop, err)
		}
		for i := 1; i <= committed; i++ {
			a := f.Answers[fmt.Sprintf("q%02d", i)]
			if a == nil || a.Choice != "a" {
				t.Fatalf("run %d: committed answer q%02d is missing after the kill (got %+v)", run, i, a)
			}
		}
	}
}

// killDuring runs one interview, answers stop questions, sends part of the next answer, kills
// the process and returns how many answers were committed.
func killDuring(t *testing.T, bin, qpath, answers string, stop, partial int) int {
	t.Helper()
	cmd := exec.Command(bin, "interview", "--accessible", "--questionnaire", qpath, "--answers", answers)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Wait() }()
	defer func() { _ = cmd.Process.Kill() }()
	send := func(s string) {
		if _, err := io.WriteString(in, s); err != nil {
			t.Fatalf("write answer: %v", err)
		}
	}
	send("Vendor\n\n\n\n\n\n\n") // vendor, product, organisation, assessor, interviewees, date, who answers
	waitFor(t, out, "Question Q01?")
	for i := 1; i <= stop; i++ {
		send("1\n\n\n\n") // the answer, then no note, evidence or source
		if i < crashQuestions {
			waitFor(t, out, fmt.Sprintf("Question Q%02d?", i+1))
		} else {
			waitFor(t, out, "report")
		}
	}
	if stop < crashQuestions {
		send(strings.Repeat("1\n", min(partial, 1)) + strings.Repeat("\n", max(partial-1, 0)))
	}
	if err := cmd.Process.Kill(); err != nil && !strings.Contains(err.Error(), "finished") {
		t.Fatal(err)
	}
	return stop
}

// syncBuffer is a bytes.Buffer that the process writes while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
