package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoNetwork runs the program's main paths (signing included) under strace and fails on any network system call:
// an assessment of data flows must not create one.
func TestNoNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and traces the binary")
	}
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace is not installed; .ci/run installs it")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	example := filepath.Join("..", "..", "docs", "examples")
	answers, _ := filepath.Glob(filepath.Join(example, "*.answers.yaml"))
	if len(answers) < 2 {
		t.Fatalf("need the example answers files in %s", example)
	}
	key, _ := writeKey(t, dir, "")
	runs := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"list", []string{"list"}, ""},
		{"validate", append([]string{"validate"}, mustGlob(t, "../../questionnaires/*.yaml")...), ""},
		{"report", []string{"report", answers[0], "-o", filepath.Join(dir, "r.md")}, ""},
		{"report json", []string{"report", "--format", "json", answers[0]}, ""},
		{"compare", append([]string{"compare", "-o", filepath.Join(dir, "c.md")}, answers...), ""},
		{"guide", []string{"guide", "-o", filepath.Join(dir, "g.md")}, ""},
		{"sign", []string{"sign", filepath.Join(dir, "r.md"), "--key", key}, ""},
		{"verify", []string{"verify", filepath.Join(dir, "r.md"), "--signers", key + ".pub"}, ""},
		{"sheet", []string{"sheet", "-o", filepath.Join(dir, "s.xlsx")}, ""},
		{"import", []string{"import", filepath.Join(dir, "s.xlsx"), "--by", "Someone"}, ""},
		{"accessible interview", []string{"interview", "--accessible", "--answers", filepath.Join(dir, "a.answers.yaml")}, "Example Vendor\n"},
	}
	for _, run := range runs {
		t.Run(run.name, func(t *testing.T) {
			trace := filepath.Join(t.TempDir(), "trace")
			args := append([]string{"-f", "-qq", "-e", "trace=network", "-e", "signal=none", "-o", trace, bin}, run.args...)
			cmd := exec.Command("strace", args...)
			cmd.Dir = dir
			cmd.Stdin = strings.NewReader(run.stdin)
			cmd.Env = append(os.Environ(), "NO_COLOR=1")
			out, err := cmd.CombinedOutput()
			if err != nil && cmd.ProcessState == nil {
				t.Fatalf("strace: %v\n%s", err, out)
			}
			calls, err := os.ReadFile(trace)
			if err != nil {
				t.Fatal(err)
			}
			if s := strings.TrimSpace(string(calls)); s != "" {
				t.Errorf("vendorcheck %s made network calls:\n%s", strings.Join(run.args, " "), s)
			}
		})
	}
}

func mustGlob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) == 0 {
		t.Fatalf("no files match %s", pattern)
	}
	return m
}
