package cli

import (
	"bytes"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
)

// TestHelpFitsTerminal renders every command's --help as fang lays it out in a terminal of 80
// columns and checks that no line is wider (fang writes the command list and the flag
// descriptions as they are, however long) and that every line of the description, the usage
// and the examples is there whole: fang cuts an example wider than its code block short with
// "…", and breaks a description line wider than the terminal anew.
func TestHelpFitsTerminal(t *testing.T) {
	t.Parallel()
	if os.Getenv(fangWidthEnv) != strconv.Itoa(helpColumns) {
		t.Fatalf("%s is %q: TestMain must set it to %d", fangWidthEnv, os.Getenv(fangWidthEnv), helpColumns)
	}
	checkWidthHook(t)
	root := newRootCmd(&streams{})
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, cmd := range visibleCommands(root) {
		t.Run(cmd.CommandPath(), func(t *testing.T) {
			t.Parallel()
			args := append(strings.Fields(cmd.CommandPath())[1:], "--help")
			var out, errOut bytes.Buffer
			if code := Main(context.Background(), args, strings.NewReader(""), &out, &errOut); code != exitOK {
				t.Fatalf("exit %d; stderr:\n%s", code, errOut.String())
			}
			help := ansi.Strip(out.String())
			for i, line := range strings.Split(help, "\n") {
				line = strings.TrimRight(line, " ") // fang pads text to the width of its block
				if w := ansi.StringWidth(line); w > helpColumns {
					t.Errorf("line %d is %d cells wide, more than %d:\n%s", i+1, w, helpColumns, line)
				}
			}
			// fang writes cobra's [flags] as [--flags], after any [command].
			want := []string{strings.TrimSuffix(cmd.UseLine(), " [flags]")}
			for _, line := range strings.Split(cmd.Long, "\n") {
				if line != "" && !strings.HasPrefix(line, "\t") { // fang turns tabs into spaces
					want = append(want, line)
				}
			}
			for _, ex := range strings.Split(cmd.Example, "\n") {
				if ex = strings.Join(strings.Fields(ex), " "); ex != "" {
					want = append(want, ex)
				}
			}
			for _, w := range want {
				if !strings.Contains(help, w) {
					t.Errorf("the help cuts or wraps %q:\n%s", w, help)
				}
			}
		})
	}
}

// visibleCommands returns cmd and every command under it that the help lists.
func visibleCommands(cmd *cobra.Command) []*cobra.Command {
	list := []*cobra.Command{cmd}
	for _, c := range cmd.Commands() {
		if !c.Hidden {
			list = append(list, visibleCommands(c)...)
		}
	}
	return list
}

// checkWidthHook fails the test when fang no longer lays help out at the width of fangWidthEnv,
// which would let a help too wide for 80 columns pass unseen.
func checkWidthHook(t *testing.T) {
	t.Helper()
	cmd := &cobra.Command{Use: "probe", Long: strings.Repeat("word ", 40), Run: func(*cobra.Command, []string) {}}
	cmd.CompletionOptions.DisableDefaultCmd = true
	var out bytes.Buffer
	cmd.SetArgs([]string{"--help"})
	cmd.SetOut(&out)
	if err := fang.Execute(context.Background(), cmd); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(ansi.Strip(out.String()), "\n") {
		if w := ansi.StringWidth(strings.TrimRight(line, " ")); w > helpColumns {
			t.Fatalf("fang ignored %s: a line of its help is %d cells wide:\n%s", fangWidthEnv, w, out.String())
		}
	}
}

func TestParagraphs(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"one line", "Check files.", "Check files."},
		{"lines of a paragraph joined", "Check one or more\nquestionnaire files.", "Check one or more questionnaire files."},
		{"blank line parts paragraphs", "First\nparagraph.\n\nSecond\none.", "First paragraph.\n\nSecond one."},
		{"surrounding space trimmed", "\n  \nText.\n\n", "Text."},
		{"trailing spaces of a line dropped", "a  \nb", "a b"},
		{"indented line kept, and the line after it",
			"as in\n  alice@example.org ssh-ed25519 AAAA\nLines may carry\noptions.",
			"as in\n  alice@example.org ssh-ed25519 AAAA\nLines may carry options."},
		{"tab-indented line kept", "Run:\n\tsource <(x)\nthen", "Run:\n\tsource <(x)\nthen"},
		{"list items kept apart, their wrapped lines joined",
			"Kinds:\n- one\n- two,\nwrapped\nAfter.", "Kinds:\n- one\n- two, wrapped After."},
		{"a flag at the start of a line is prose", "Text\n--for keeps\nonly some.", "Text --for keeps only some."},
	}
	for _, tt := range tests {
		if got := paragraphs(tt.in); got != tt.want {
			t.Errorf("%s: paragraphs(%q) =\n%q\nwant\n%q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestFill(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		width    int
		want     string
	}{
		{"fits", "Check one or more files.", 30, "Check one or more files."},
		{"wrapped at spaces", "Check one or more questionnaire files.", 20, "Check one or more\nquestionnaire files."},
		{"a word that fills the line exactly", "abcd efgh ijkl", 9, "abcd efgh\nijkl"},
		{"lines rewrapped as one paragraph", "never replaced\nwithout --force. Running\nreport again", 25,
			"never replaced without\n--force. Running report\nagain"},
		{"a flag is never split at its hyphens", "is never replaced without --force", 28,
			"is never replaced without\n--force"},
		{"a word wider than the line stays whole", "see https://example.org/a/long/path now", 10,
			"see\nhttps://example.org/a/long/path\nnow"},
		{"paragraphs and indented lines kept", "one two\nthree\n\n  keep  this   line as it is\nfour", 9,
			"one two\nthree\n\n  keep  this   line as it is\nfour"},
		{"list item continued under its text", "- one two three", 9, "- one two\n  three"},
		{"wide characters counted as two cells", "資料 存放 位置", 9, "資料 存放\n位置"},
	}
	for _, tt := range tests {
		if got := fill(tt.in, tt.width); got != tt.want {
			t.Errorf("%s: fill(%q, %d) =\n%q\nwant\n%q", tt.name, tt.in, tt.width, got, tt.want)
		}
	}
}
