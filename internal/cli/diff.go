package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

type diffOptions struct {
	output         string
	format         string
	force          bool
	questionnaires []string
	lang           string
}

func newDiffCmd(std *streams) *cobra.Command {
	var opts diffOptions
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show what changed between assessments",
		Long: `Score two saved answers files of the same vendor, an earlier and a later assessment made with
the same questionnaire, and write what changed: the overall and section scores with their
changes, the rating, the findings resolved and new, every changed answer with its notes, and the
questions added or removed between questionnaire versions.

Each file is scored with its own version of the questionnaire when that version is at hand
(built in, or given with --questionnaire, which may be repeated); otherwise both are scored with
the version at hand, and the answers it cannot use are listed.`,
		Example: `  vendorcheck diff dingtalk-2025.answers.yaml dingtalk-2026.answers.yaml
  vendorcheck diff old.answers.yaml new.answers.yaml -o changes.md
  vendorcheck diff old.answers.yaml new.answers.yaml --format html \
    -o changes.html
  vendorcheck diff old.answers.yaml new.answers.yaml \
    --questionnaire my-questionnaire-1.0.yaml \
    --questionnaire my-questionnaire-1.1.yaml`,
		Args: rangeArgs(2, 2, "exactly two answers files: the earlier assessment, then the later"),
		RunE: func(_ *cobra.Command, args []string) error { return diffRun(std, opts, args) },
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write the changes to this file instead of stdout")
	cmd.Flags().StringVar(&opts.format, "format", "markdown", "output format: markdown or html")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace the output file if it exists")
	cmd.Flags().StringArrayVar(&opts.questionnaires, "questionnaire", nil, questionnairesUsage)
	cmd.Flags().Var(langFlag{&opts.lang}, "lang", langUsageAnswers)
	return cmd
}

func diffRun(std *streams, opts diffOptions, paths []string) error {
	format, err := checkFormat(opts.format, "markdown", "html")
	if err != nil {
		return err
	}
	files, err := loadSameQuestionnaire(paths)
	if err != nil {
		return err
	}
	earlier, later := files[0].Assessment, files[1].Assessment
	if !strings.EqualFold(strings.TrimSpace(earlier.Vendor), strings.TrimSpace(later.Vendor)) {
		fmt.Fprintf(std.err, "vendorcheck: warning: %s names the vendor %q and %s names %q; showing the changes anyway\n",
			paths[0], earlier.Vendor, paths[1], later.Vendor)
	}
	if earlier.Date != "" && later.Date != "" && later.Date < earlier.Date {
		fmt.Fprintf(std.err, "vendorcheck: warning: %s (%s) is dated before %s (%s); give the earlier assessment first\n",
			paths[1], later.Date, paths[0], earlier.Date)
	}
	results, err := scoreVersioned(std, paths, files, opts.questionnaires, opts.lang)
	if err != nil {
		return err
	}
	d, err := report.DiffDocument(results[0], results[1])
	if err != nil {
		return err
	}
	data, err := renderDocument(d, format)
	if err != nil {
		return err
	}
	return writeOutput(std.out, opts.output, data, opts.force)
}
