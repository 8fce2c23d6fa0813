package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// payload holds what a hostile file may carry to act on a terminal or to disguise text: a CSI
// that clears the screen, OSC sequences that set the title and write the clipboard (OSC 52), a
// C1 CSI, a right-to-left override, an isolate and zero-width characters.
const payload = "\x1b[2J\x1b]0;pwned\a\x1b]52;c;cHduZWQ=\a\u009b31m\u202egpj.exe\u2066\u200b\u200d\ufeff"

// raw lists the byte sequences of payload that must never reach a terminal as they are.
var raw = []string{"\x1b", "\a", "\u009b", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff"}

// TestNoTerminalEscapes feeds the payload through every command, in file content and in file
// names, and checks the bytes written to stdout and stderr: each hidden character comes out as
// a visible code, never as itself. Errors go through fang's writer, which strips escape codes
// only when stderr is not a terminal: CLICOLOR_FORCE makes it behave as on a terminal.
func TestNoTerminalEscapes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	q := strconv.Quote(payload) // a YAML double-quoted scalar reads Go's escapes the same way
	example, err := os.ReadFile("../../docs/examples/singapore-byok.answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.NewReplacer(
		"version: 1.0.0", "version: "+q,
		"  vendor: Meridian Workspace Pte. Ltd. (fictional)", "  vendor: "+q,
		"answers:\n", "answers:\n  "+q+": {choice: a, note: "+q+"}\n",
		`"DPA clause 9.3"`, q,
	).Replace(string(example))
	minimal, err := os.ReadFile(minimalQuestionnaire(t))
	if err != nil {
		t.Fatal(err)
	}
	hostileQN := strings.NewReplacer(
		"title: Minimal vendor assessment", "title: "+q,
		"prompt: What kind of personal data will staff put on the platform?", "prompt: "+q,
		"label: Names and work contact details only", "label: "+q,
		"description: Where messages and files are stored, and who can reach them.", "description: "+q,
	).Replace(string(minimal))
	write := func(name, data string) string {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		return name
	}
	escName := "name" + payload + ".answers.yaml"
	write("hostile.answers.yaml", hostile)
	write(escName, hostile)
	write("example.answers.yaml", string(example))
	write("hostile.yaml", hostileQN)
	write("broken.yaml", strings.Replace(hostileQN, "kind: yesno", "kind: "+q, 1))
	if err := os.Mkdir(filepath.Join(dir, "out"), 0o700); err != nil {
		t.Fatal(err)
	}
	runs := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"report", []string{"report", "hostile.answers.yaml"}, ""},
		{"report json", []string{"report", "--format", "json", "hostile.answers.yaml"}, ""},
		{"report to file", []string{"report", "hostile.answers.yaml", "-o", "r.md"}, ""},
		{"report batch", []string{"report", escName, "example.answers.yaml", "-o", "out"}, ""},
		{"report missing", []string{"report", "missing" + payload + ".answers.yaml"}, ""},
		{"report exists", []string{"report", "hostile.answers.yaml", "-o", escName}, ""},
		{"compare", []string{"compare", "hostile.answers.yaml", "example.answers.yaml"}, ""},
		{"compare json", []string{"compare", "--format", "json", escName, "example.answers.yaml"}, ""},
		{"diff", []string{"diff", "example.answers.yaml", escName}, ""},
		{"guide", []string{"guide", "hostile.yaml"}, ""},
		{"validate", []string{"validate", "hostile.yaml", "broken.yaml"}, ""},
		{"interview", []string{"interview", "--accessible", "--questionnaire", "hostile.yaml", "--answers", "new.answers.yaml"},
			payload + "\n\n\n\n\n\n1\n" + payload + "\n" + payload + "\n\n"},
		{"interview resume", []string{"interview", "--accessible", "--resume", escName, "--answers", "resumed.answers.yaml"}, ""},
	}
	for _, run := range runs {
		t.Run(run.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(bin, run.args...)
			cmd.Dir = dir
			cmd.Stdin = strings.NewReader(run.stdin)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			cmd.Env = append(os.Environ(), "CLICOLOR_FORCE=1", "TERM=xterm-256color", "NO_COLOR=")
			if err := cmd.Run(); cmd.ProcessState == nil {
				t.Fatal(err)
			}
			for stream, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String()} {
				for _, seq := range raw {
					if i := strings.Index(out, seq); i >= 0 {
						t.Errorf("%s holds %q raw at byte %d:\n%s", stream, seq, i, strconv.Quote(out[max(i-80, 0):min(i+80, len(out))]))
					}
				}
			}
			if stdout.Len()+stderr.Len() == 0 {
				t.Error("printed nothing")
			}
		})
	}
}
