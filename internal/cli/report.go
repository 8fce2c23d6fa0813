package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

type reportOptions struct {
	output        string
	format        string
	force         bool
	questionnaire string
	lang          string
}

func newReportCmd(std *streams) *cobra.Command {
	var opts reportOptions
	cmd := &cobra.Command{
		Use:   "report ANSWERS...",
		Short: "Score saved answers and write the Markdown report",
		Long: `Score one or more saved answers files and write the report, with no terminal UI.

One file: the report goes to stdout, or to the file named by -o. Several files: -o names a
folder, and each report is written there, named after the vendor and the assessment date.
An existing report is never replaced without --force. Running report again on the same
answers gives the same report, byte for byte.`,
		Example: `  vendorcheck report dingtalk-2026-11-28.answers.yaml
  vendorcheck report dingtalk-2026-11-28.answers.yaml -o dingtalk-report.md
  vendorcheck report --format json lark.answers.yaml
  vendorcheck report *.answers.yaml -o reports/`,
		Args: minArgs(1, "at least one answers file"),
		RunE: func(_ *cobra.Command, args []string) error { return reportRun(std, opts, args) },
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file (one answers file) or folder (several)")
	cmd.Flags().StringVar(&opts.format, "format", "markdown", "output format: markdown or json")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace existing report files")
	cmd.Flags().StringVar(&opts.questionnaire, "questionnaire", "", "questionnaire id or file, where the answers' questionnaire is not built in")
	cmd.Flags().StringVar(&opts.lang, "lang", "", "report in this language of the questionnaire (BCP 47 tag, e.g. pt or zh-Hant); default the answers' language")
	return cmd
}

func reportRun(std *streams, opts reportOptions, paths []string) error {
	render, ext, err := reportRenderer(opts.format)
	if err != nil {
		return err
	}
	if len(paths) > 1 {
		return reportBatch(std, opts, paths, render, ext)
	}
	sf, err := scoreFile(std, paths[0], opts.questionnaire, opts.lang)
	if err != nil {
		return err
	}
	data, err := render(sf)
	if err != nil {
		return err
	}
	return writeOutput(std.out, opts.output, data, opts.force)
}

// reportBatch writes one report per answers file into the folder named by -o.
func reportBatch(std *streams, opts reportOptions, paths []string, render renderFunc, ext string) error {
	if opts.output == "" || opts.output == "-" {
		return usageError{fmt.Errorf("several answers files need -o FOLDER for their reports")}
	}
	if info, err := os.Stat(opts.output); err != nil || !info.IsDir() {
		return fmt.Errorf("%s is not a folder; create it first or give one answers file", opts.output)
	}
	used := map[string]string{}
	for _, path := range paths {
		sf, err := scoreFile(std, path, opts.questionnaire, opts.lang)
		if err != nil {
			return err
		}
		name := reportName(sf.file, ext)
		if other, dup := used[name]; dup {
			return fmt.Errorf("%s and %s would both be reported as %s (same vendor and date)", other, path, name)
		}
		used[name] = path
		data, err := render(sf)
		if err != nil {
			return err
		}
		out := filepath.Join(opts.output, name)
		if err := writeOutput(std.out, out, data, opts.force); err != nil {
			return err
		}
		fmt.Fprintf(std.out, "%s -> %s\n", path, out)
	}
	return nil
}

// reportName names a report after the answers file's vendor and date.
func reportName(f *assessment.File, ext string) string {
	base := assessment.DefaultName(f)
	return strings.TrimSuffix(base, ".answers.yaml") + ".report" + ext
}

type renderFunc func(*scoredFile) ([]byte, error)

// reportRenderer returns the renderer and file extension of a --format value.
func reportRenderer(format string) (renderFunc, string, error) {
	switch format {
	case "markdown", "md":
		return func(sf *scoredFile) ([]byte, error) {
			var buf bytes.Buffer
			err := report.Markdown(&buf, sf.result, report.Options{EvidenceDir: filepath.Dir(sf.path)})
			return buf.Bytes(), err
		}, ".md", nil
	case "json":
		return func(sf *scoredFile) ([]byte, error) {
			var buf bytes.Buffer
			err := report.JSON(&buf, sf.result)
			return buf.Bytes(), err
		}, ".json", nil
	}
	return nil, "", usageError{fmt.Errorf("unknown --format %q (use markdown or json)", format)}
}
