package cli

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// fang lays out --help: it wraps a command's Long text at the terminal's width (at most 120
// columns) wherever a line is too long, breaking at hyphens too (so "--force" may become "-" and
// "-force"); it truncates an example wider than its code block with "…"; and it writes the
// command list and the flag descriptions on one line each, however long. So the Long texts are
// filled here to the narrowest terminal the help is written for, breaking only at spaces, and
// the examples, the command summaries (Short) and the flag descriptions are kept short enough;
// TestHelpFitsTerminal checks every command.

// helpColumns is the width of the narrowest terminal the help is written for.
const helpColumns = 80

// longMargin is the margin fang puts before each line of a Long text.
const longMargin = 2

// completionShort is the summary of cobra's completion command in the command list, shorter
// than cobra's own so that it fits beside the longest command name.
const completionShort = "Print a shell completion script"

// prepareHelp readies the help of root and every command under it, cobra's completion commands
// included (cobra would add them only when the program runs): each Long text is filled to fit
// beside fang's margin in helpColumns, and the completion command gets a summary that fits.
func prepareHelp(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.Long = fill(c.Long, helpColumns-longMargin)
		if c.Name() == "completion" && c.Parent() == root {
			c.Short = completionShort
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// fill wraps the paragraphs of text anew to lines of at most width cells, breaking only at
// spaces, so that text written with its own line breaks is neither cut again by a narrower
// terminal, leaving every other line a word or two long, nor broken inside a flag name. A word
// wider than width stays whole on a line of its own. See paragraphs for what a paragraph is; a
// list item's further lines are indented under its text.
func fill(text string, width int) string {
	var out []string
	for _, line := range strings.Split(paragraphs(text), "\n") {
		if line == "" || strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
			out = append(out, line)
			continue
		}
		hang := ""
		if strings.HasPrefix(line, "- ") {
			hang = "  "
		}
		cur := ""
		for _, word := range strings.Fields(line) {
			switch {
			case cur == "":
				cur = word
			case ansi.StringWidth(cur)+1+ansi.StringWidth(word) <= width:
				cur += " " + word
			default:
				out = append(out, cur)
				cur = hang + word
			}
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

// paragraphs joins the lines of each paragraph of text with spaces. Blank lines part
// paragraphs and are kept. A line that starts with a space, a tab or "- " (an indented example,
// a list item) stays a line of its own, and so does the line after an indented one.
func paragraphs(text string) string {
	var out []string
	joinable := false // whether the next prose line continues the last line of out
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		line = strings.TrimRight(line, " \t")
		indented := strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")
		switch {
		case line == "":
			out = append(out, "")
			joinable = false
		case indented:
			out = append(out, line)
			joinable = false
		case joinable && !strings.HasPrefix(line, "- "):
			out[len(out)-1] += " " + line
		default:
			out = append(out, line)
			joinable = true
		}
	}
	return strings.Join(out, "\n")
}

// hiddenCopy adds to fs a hidden copy of every flag of from, bound to the same value: the flags
// work on the command of fs, and its help does not list them.
func hiddenCopy(fs, from *pflag.FlagSet) {
	from.VisitAll(func(f *pflag.Flag) {
		c := *f
		c.Hidden = true
		fs.AddFlag(&c)
	})
}
