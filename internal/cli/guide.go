package cli

import (
	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

type guideOptions struct {
	output   string
	format   string
	force    bool
	lang     string
	audience string
}

func newGuideCmd(std *streams) *cobra.Command {
	var opts guideOptions
	cmd := &cobra.Command{
		Use:   "guide [ID-or-PATH]",
		Short: "Write a printable interview guide",
		Long: `Write a printable interview guide (Markdown, or HTML with --format html) for a questionnaire: what it covers and how to use
the guide, then every question with its help text, the answers to tick, the evidence to request,
the references, and space for notes. It shows no scores, so it can be sent to the people you will
interview, and to the vendor, before the interview.

Without an argument the guide is for the default built-in questionnaire; give the id of another
built-in (see 'vendorcheck list') or the path of your own questionnaire file.

--for keeps only the questions for one audience, numbered as in the full guide: vendor, it,
legal or business. The vendor's guide never holds the profile questions, which are your
organisation's own.`,
		Example: `  vendorcheck guide
  vendorcheck guide -o interview-guide.md
  vendorcheck guide --format html -o interview-guide.html
  vendorcheck guide internal-controls-mo -o internal-controls-guide.md
  vendorcheck guide my-questionnaire.yaml
  vendorcheck guide --for vendor -o vendor-questions.md`,
		Args: rangeArgs(0, 1, "at most one questionnaire id or file"),
		RunE: func(_ *cobra.Command, args []string) error { return guideRun(std, opts, args) },
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write the guide to this file instead of stdout")
	cmd.Flags().StringVar(&opts.format, "format", "markdown", "output format: markdown or html")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace the output file if it exists")
	cmd.Flags().Var(langFlag{&opts.lang}, "lang", langUsageLocale)
	cmd.Flags().StringVar(&opts.audience, "for", "", "only this audience's questions: "+audienceList())
	return cmd
}

func guideRun(std *streams, opts guideOptions, args []string) error {
	format, err := checkFormat(opts.format, "markdown", "html")
	if err != nil {
		return err
	}
	if err := checkAudience(opts.audience, true); err != nil {
		return err
	}
	name := questionnaire.DefaultID
	if len(args) == 1 {
		name = args[0]
	}
	qn, err := questionnaire.Find(name, preferredLanguage(opts.lang))
	if err != nil {
		return err
	}
	data, err := renderDocument(report.GuideDocumentFor(qn, questionnaire.Audience(opts.audience)), format)
	if err != nil {
		return err
	}
	return writeOutput(std.out, opts.output, data, opts.force)
}
