package cli

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// hostileInputs writes the hostile files into dir and returns their names.
func hostileInputs(t *testing.T, dir string) map[string]string {
	t.Helper()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	bomb := "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	prev := "a"
	for _, name := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		bomb += name + ": &" + name + " [*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + "]\n"
		prev = name
	}
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7)
	}
	other := "questionnaire: {id: no-such-questionnaire, version: 1.0.0, language: en}\n" +
		"assessment: {vendor: X, date: 2026-11-28}\nanswers: {}\n"
	// Files under 10 MiB whose millions of tiny values would take gigabytes once parsed.
	example, err := os.ReadFile("../../docs/examples/singapore-byok.answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	before, after, _ := strings.Cut(string(example), "interviewees: [")
	// many writes head, n items (N replaced by the item's number) and tail to the file name,
	// a piece at a time: a child's peak memory counts the test's own peak (it starts as a copy
	// of the test process), which must therefore stay small.
	many := func(name, head, item, tail string, n int) string {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		w.WriteString(head)
		for i := range n {
			w.WriteString(strings.ReplaceAll(item, "N", strconv.Itoa(i)))
		}
		w.WriteString(tail)
		if err := errors.Join(w.Flush(), f.Close()); err != nil {
			t.Fatal(err)
		}
		return path
	}
	dirPath := filepath.Join(dir, "a-folder.yaml")
	if err := os.Mkdir(dirPath, 0o755); err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		"empty":               write("empty.yaml", nil),
		"whitespace":          write("blank.yaml", []byte("\n  \n")),
		"binary":              write("binary.yaml", binary),
		"50 MB":               many("huge.yaml", "id: ", strings.Repeat("x", 1<<20), "", 50),
		"deep nesting":        write("deep.yaml", []byte(strings.Repeat("[", 200000))),
		"deep mappings":       write("deepmap.yaml", []byte(strings.Repeat("a:\n ", 20000))),
		"alias bomb":          write("bomb.yaml", []byte(bomb)),
		"directory":           dirPath,
		"missing":             filepath.Join(dir, "missing.yaml"),
		"other questionnaire": write("other.answers.yaml", []byte(other)),
		"a million keys":      many("keys.yaml", "id: many-keys\nversion: 1.0.0\nlanguage: en\ntitle: T\n", "kN: 1\n", "", 1_000_000),
		"a million unknown":   many("unknown.answers.yaml", string(example), "  uN: {}\n", "", 1_000_000),
		"5M interviewees":     many("interviewees.answers.yaml", before+"interviewees: [", "a,", after, 5_000_000),
	}
}

// TestHostileInput feeds hostile files to validate and report: each must fail with exit 1 and
// a short error naming the file, never a panic, in bounded memory.
func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	inputs := hostileInputs(t, dir)
	for name, path := range inputs {
		for _, command := range []string{"validate", "report"} {
			if name == "other questionnaire" && command == "validate" {
				continue
			}
			t.Run(command+"/"+name, func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				cmd := exec.Command(bin, command, path)
				cmd.Dir = dir
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				cmd.Env = append(os.Environ(), "NO_COLOR=1")
				err := cmd.Run()
				code := cmd.ProcessState.ExitCode()
				if err == nil || code != exitFailed {
					t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFailed, stderr.String())
				}
				msg := stderr.String()
				if strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine") {
					t.Fatalf("panicked:\n%s", msg)
				}
				if lines := strings.Count(strings.TrimSpace(msg), "\n") + 1; lines > 12 {
					t.Errorf("error is %d lines, want a short one:\n%s", lines, msg)
				}
				if !strings.Contains(msg, filepath.Base(path)) {
					t.Errorf("error does not name the file %s:\n%s", filepath.Base(path), msg)
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > 200<<10 && !raceEnabled {
					t.Errorf("peak memory %d KiB, want under 200 MiB", ru.Maxrss)
				}
			})
		}
	}
}
