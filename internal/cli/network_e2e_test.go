package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
			if c := tracedCalls(calls, nil); len(c) > 0 {
				t.Errorf("vendorcheck %s made network calls:\n%s", strings.Join(run.args, " "), strings.Join(c, "\n"))
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

// TestNoNetworkFullScreen runs the full-screen interview in tmux under strace and fails on any
// network system call of the program. Inside tmux, the colour detection of the terminal library
// runs `tmux info`, a tmux client that talks to the tmux server over its local socket: that
// child is allowed its AF_UNIX calls, and nothing else. The user lookup of the terminfo library
// must not ask the C library (which asks nscd over a socket): the binary is built with the
// osusergo tag, as the README says to build it.
func TestNoNetworkFullScreen(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and traces the binary")
	}
	for _, tool := range []string{"strace", "tmux"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed; .ci/run installs it", tool)
		}
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	trace := filepath.Join(dir, "trace")
	x := &tmux{t: t, socket: fmt.Sprintf("vendorcheck-net-%d", os.Getpid())}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", x.socket, "kill-server").Run() })
	x.run("new-session", "-d", "-s", "vc", "-x", "80", "-y", "24", "-c", dir, "-e", "ACCESSIBLE=", "-e", "TERM=xterm-256color",
		"strace", "-f", "-qq", "-e", "trace=network,execve", "-e", "signal=none", "-o", trace,
		bin, "interview", "--questionnaire", minimalQuestionnaire(t), "--answers", "net.answers.yaml")
	x.waitFor("Assessment details")
	x.keys("Acme Chat", "Enter", "Enter", "Enter", "Enter", "Enter", "Enter")
	x.waitFor("What kind of personal data")
	x.keys("3", "Enter")
	x.waitFor("Will staff share files")
	x.keys("C-c")
	x.waitForEnd("ctrl+c did not end the interview")
	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	children := map[string]string{} // pid → the program a child process of the interview runs
	for _, line := range strings.Split(string(data), "\n") {
		pid, call, _ := strings.Cut(line, " ")
		if strings.HasPrefix(strings.TrimSpace(call), "execve(") && !strings.Contains(call, bin) {
			children[pid] = strings.TrimSpace(call)
		}
	}
	// tmux info's client may talk to the tmux server on its local socket.
	calls := tracedCalls(data, func(pid, call string) bool {
		return strings.Contains(children[pid], `"tmux"`) && (!strings.HasPrefix(call, "socket(") || strings.HasPrefix(call, "socket(AF_UNIX"))
	})
	for pid, prog := range children {
		if !strings.Contains(prog, `"tmux"`) {
			t.Errorf("the interview ran another program (pid %s): %s", pid, prog)
		}
	}
	if len(calls) > 0 {
		t.Errorf("the full-screen interview made network calls:\n%s", strings.Join(calls, "\n"))
	}
}

// tracedCalls lists the system calls of an strace -f -o trace, one line each, but for execve,
// the exit lines, and those allowed (pid, call) says are fine. A thread caught inside a system
// call as the program exits shows as "???( <detached ...>": strace let go of it before it read
// which call it was, so it could neither name nor filter it, and it is left out too.
func tracedCalls(trace []byte, allowed func(pid, call string) bool) []string {
	var calls []string
	for _, line := range strings.Split(string(trace), "\n") {
		pid, call, _ := strings.Cut(line, " ")
		call = strings.TrimSpace(call)
		switch {
		case call == "" || strings.HasPrefix(call, "execve(") || strings.HasPrefix(call, "+++"):
		case strings.HasPrefix(call, "???(") && strings.Contains(call, "<detached ...>"):
		case allowed != nil && allowed(pid, call):
		default:
			calls = append(calls, line)
		}
	}
	return calls
}

// TestTracedCalls checks that the filter of the traces keeps every call but the ones it names.
func TestTracedCalls(t *testing.T) {
	trace := []byte(`101 execve("/bin/vendorcheck", ["vendorcheck"], 0x0 /* 3 vars */) = 0
102 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3
103 ???( <detached ...>
104 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/tmux-0/default"}, 110) = 0
101 +++ exited with 0 +++
`)
	got := tracedCalls(trace, func(pid, _ string) bool { return pid == "104" })
	want := []string{`102 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3`}
	if !slices.Equal(got, want) {
		t.Errorf("tracedCalls = %q, want %q", got, want)
	}
	if got := tracedCalls(trace, nil); len(got) != 2 {
		t.Errorf("with nothing allowed: %q, want the socket and the connect", got)
	}
}
