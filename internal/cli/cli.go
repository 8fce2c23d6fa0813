// Package cli wires the vendorcheck commands: it parses flags into options, calls the domain
// packages, prints results to the injected streams and maps errors to exit codes.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/visible"
)

// Exit codes of the program.
const (
	exitOK      = 0
	exitFailed  = 1   // the work failed: invalid file, unreadable input, refused overwrite
	exitUsage   = 2   // wrong usage
	exitAborted = 130 // the user stopped the program
)

// Version is the program's version, set at build time with -ldflags "-X ...cli.Version=v1.2.3";
// when empty the module's build information is used.
var Version string

// streams are the standard streams a command reads and writes. Documents (reports, guides)
// and the full-screen interview go to out as they are; every message goes to say (stdout) or
// err (stderr), which show any character of a file that a terminal would act on as a visible
// code (see package visible).
type streams struct {
	in  io.Reader
	out io.Writer
	say io.Writer
	err io.Writer
}

// Main runs the program with the given arguments and streams and returns its exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	std := &streams{in: stdin, out: stdout, say: visible.Writer(stdout), err: visible.Writer(stderr)}
	root := newRootCmd(std)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(pipedOutput(stdout))
	root.SetErr(stderr)

	opts := []fang.Option{fang.WithErrorHandler(printError)}
	if Version != "" {
		opts = append(opts, fang.WithVersion(Version))
	}
	if err := fang.Execute(ctx, root, opts...); err != nil {
		return exitCode(err)
	}
	return exitOK
}

func newRootCmd(std *streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "vendorcheck",
		Short: "Assess a collaboration-platform vendor against Macao's data protection law",
		Long: `vendorcheck guides an assessment of a collaboration-platform vendor (chat, file sharing,
workflow apps) against Macao's Personal Data Protection Act (Law 8/2005): where the data is
stored, who holds the keys, certifications, the data processing agreement, audit rights and more.
It saves the answers as you go and writes a scored Markdown report for the vendor's file.

Run without a command to start the interview; it takes the flags of vendorcheck interview
(see vendorcheck interview --help). It works fully offline.`,
		Example: `  # Start an interview with the built-in questionnaire
  vendorcheck

  # Score saved answers and write the report
  vendorcheck report dingtalk-2026-11-28.answers.yaml -o dingtalk.md

  # Compare candidate platforms assessed with the same questionnaire
  vendorcheck compare lark.answers.yaml teams.answers.yaml`,
		Args: unknownCommand,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })

	interview := newInterviewCmd(std)
	root.RunE = interview.RunE
	hiddenCopy(root.Flags(), interview.Flags()) // the command list is the root's help

	root.AddCommand(
		interview,
		newReportCmd(std),
		newCompareCmd(std),
		newDiffCmd(std),
		newRegisterCmd(std),
		newGuideCmd(std),
		newSheetCmd(std),
		newImportCmd(std),
		newValidateCmd(std),
		newListCmd(std),
		newSignCmd(std),
		newVerifyCmd(std),
	)
	prepareHelp(root)
	return root
}

// usageError marks an error as wrong usage (exit status 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errAborted reports that the user stopped the program; the reason was already printed.
var errAborted = errors.New("stopped")

// errInputEnded reports that the input of the accessible interview ended before the interview
// did (exit status 1); the draft and how to resume it were already printed.
var errInputEnded = errors.New("the input ended before the interview did")

// noArgs rejects positional arguments as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf("%s takes no arguments, got %q", cmd.CommandPath(), args[0])}
	}
	return nil
}

// unknownCommand rejects a positional argument of the root command as an unknown command.
func unknownCommand(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf("unknown command %q", args[0])}
	}
	return nil
}

// minArgs rejects fewer than n positional arguments as a usage error naming what is missing.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError{fmt.Errorf("%s needs %s", cmd.CommandPath(), what)}
		}
		return nil
	}
}

// rangeArgs rejects a number of positional arguments outside [lo, hi] as a usage error.
func rangeArgs(lo, hi int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < lo || len(args) > hi {
			return usageError{fmt.Errorf("%s takes %s", cmd.CommandPath(), what)}
		}
		return nil
	}
}

// exitCode maps an error returned by a command to the program's exit status.
func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errAborted):
		return exitAborted
	case errors.As(err, &ue), isCobraUsage(err):
		return exitUsage
	}
	return exitFailed
}

// isCobraUsage recognises the usage errors cobra makes itself, which carry no type.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, prefix := range []string{"unknown command", "unknown flag", "unknown shorthand flag",
		"flag needs an argument", "invalid argument", "required flag", "accepts ", "requires "} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}

// filePosition matches a line that starts with file:line:col, as editors and terminals expect.
var filePosition = regexp.MustCompile(`^[^\s:]+:\d+:\d+: `)

// printError writes an error to stderr as plain lines, one problem per line, each prefixed with
// the program's name unless it already starts with a file position.
func printError(w io.Writer, _ fang.Styles, err error) {
	if errors.Is(err, errAborted) {
		return
	}
	for _, line := range strings.Split(strings.TrimRight(visible.String(err.Error()), "\n"), "\n") {
		if filePosition.MatchString(line) {
			fmt.Fprintln(w, line)
			continue
		}
		fmt.Fprintf(w, "vendorcheck: %s\n", line)
	}
	if exitCode(err) == exitUsage {
		fmt.Fprintln(w, "Run 'vendorcheck --help' for usage.")
	}
}
