package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestTrimWriter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		writes []string
		want   string
	}{
		{"trailing spaces dropped", []string{"usage   \n  text  \n"}, "usage\n  text\n"},
		{"inner spaces kept", []string{"  --lang    language\n"}, "  --lang    language\n"},
		{"spaces across writes kept before text", []string{"  --lang  ", "  language\n"}, "  --lang    language\n"},
		{"spaces across writes dropped before a newline", []string{"text  ", "  ", "\nnext"}, "text\nnext"},
		{"blank padded line emptied", []string{"      \n"}, "\n"},
		{"tabs kept", []string{"\tsource <(x)\t\n"}, "\tsource <(x)\t\n"},
		{"spaces at the end of the output dropped", []string{"end  "}, "end"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		w := &trimWriter{w: &out}
		for _, s := range tt.writes {
			if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
				t.Errorf("%s: Write(%q) = %d, %v; want %d, nil", tt.name, s, n, err, len(s))
			}
		}
		if got := out.String(); got != tt.want {
			t.Errorf("%s: wrote %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPipedColumns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		columns string
		want    int
	}{
		{"", helpColumns},
		{"100", 100},
		{"60", 60},
		{"300", maxColumns},
		{"0", helpColumns},
		{"-5", helpColumns},
		{"wide", helpColumns},
	}
	for _, tt := range tests {
		if got := pipedColumns(tt.columns); got != tt.want {
			t.Errorf("pipedColumns(%q) = %d, want %d", tt.columns, got, tt.want)
		}
	}
}

// pipedHelpEnv marks the run of the test binary in which TestPipedHelp renders the help.
const pipedHelpEnv = "VENDORCHECK_TEST_PIPED_HELP"

// TestPipedHelp renders every command's --help to a writer that is not a terminal, as when the
// help is piped to a pager, with neither COLUMNS nor fang's width set (stdout is a pipe, so fang
// by itself would lay the help out for 120 columns), and checks that no line ends in spaces or
// is wider than 80 columns. fang reads its width once per process and TestMain sets it for the
// other tests, so the help is rendered in a run of the test binary of its own.
func TestPipedHelp(t *testing.T) {
	t.Parallel()
	if os.Getenv(pipedHelpEnv) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPipedHelp$", "-test.v")
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, fangWidthEnv+"=") && !strings.HasPrefix(kv, "COLUMNS=") {
				cmd.Env = append(cmd.Env, kv)
			}
		}
		cmd.Env = append(cmd.Env, pipedHelpEnv+"=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v:\n%s", err, out)
		}
		return
	}
	if w := os.Getenv(fangWidthEnv); w != "" {
		t.Fatalf("%s is %q: the help must be laid out at fang's own width", fangWidthEnv, w)
	}
	root := newRootCmd(&streams{})
	root.InitDefaultHelpCmd()
	for _, cmd := range visibleCommands(root) {
		args := append(strings.Fields(cmd.CommandPath())[1:], "--help")
		var out, errOut bytes.Buffer
		if code := Main(context.Background(), args, strings.NewReader(""), &out, &errOut); code != exitOK {
			t.Fatalf("%s: exit %d; stderr:\n%s", cmd.CommandPath(), code, errOut.String())
		}
		for i, line := range strings.Split(out.String(), "\n") {
			if strings.HasSuffix(line, " ") {
				t.Errorf("%s: line %d ends in spaces: %q", cmd.CommandPath(), i+1, line)
			}
			if w := ansi.StringWidth(line); w > helpColumns {
				t.Errorf("%s: line %d is %d cells wide, more than %d: %q", cmd.CommandPath(), i+1, w, helpColumns, line)
			}
		}
	}
}
