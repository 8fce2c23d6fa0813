package cli

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/workbook"
)

type sheetOptions struct {
	output, lang, audience, date   string
	vendor, organisation, assessor string
	force                          bool
}

func newSheetCmd(std *streams) *cobra.Command {
	var opts sheetOptions
	cmd := &cobra.Command{
		Use:   "sheet [ID-or-PATH]",
		Short: "Write a workbook to fill in",
		Long: `Write the questionnaire as an Excel workbook (.xlsx) for someone outside the interview,
usually the vendor, to fill in and send back; 'vendorcheck import' reads it back as answers.

The first sheet says who it is from, how to answer and what "unknown" means, and has cells for
the respondent's name and role. The second sheet has one row per question for the audience,
numbered as in the report, with the help, the evidence asked for, a drop-down list of the
answers, a date column and columns for a note and the evidence sent. A question where several
answers may apply has one row per answer, to mark Yes. Only the cells to fill in can be changed;
the question ids are kept in hidden cells, so the import never matches answers by their wording.

--for chooses the questions: vendor (the default) leaves out the profile questions, which are
your organisation's own.`,
		Example: `  vendorcheck sheet --vendor Lark --organisation "Example Trading Ltd." \
    --assessor "A. Chan" -o lark.xlsx
  vendorcheck sheet collab-vendor-mo --lang zh-Hant -o lark.xlsx
  vendorcheck sheet my-questionnaire.yaml --for it -o it-questions.xlsx`,
		Args: rangeArgs(0, 1, "at most one questionnaire id or file"),
		RunE: func(_ *cobra.Command, args []string) error { return sheetRun(std, opts, args) },
	}
	f := cmd.Flags()
	f.StringVarP(&opts.output, "output", "o", "", "the workbook to write (.xlsx); required")
	f.StringVar(&opts.audience, "for", string(questionnaire.AudienceVendor), "whose questions: "+audienceList())
	f.Var(langFlag{&opts.lang}, "lang", langUsageLocale)
	f.StringVar(&opts.vendor, "vendor", "", "who the workbook is for (shown in its title)")
	f.StringVar(&opts.organisation, "organisation", "", "who it is from: your organisation")
	f.StringVar(&opts.assessor, "assessor", "", "who it is from: the person to answer to")
	f.StringVar(&opts.date, "date", "", "the date it is sent, YYYY-MM-DD (default today)")
	f.BoolVar(&opts.force, "force", false, "replace the output file if it exists")
	return cmd
}

func sheetRun(std *streams, opts sheetOptions, args []string) error {
	if err := checkAudience(opts.audience, false); err != nil {
		return err
	}
	if opts.output == "" || opts.output == "-" {
		return usageError{fmt.Errorf("sheet needs -o FILE.xlsx: a workbook is not text for the terminal")}
	}
	date := opts.date
	if date == "" {
		date = today()
	} else if _, err := time.Parse(time.DateOnly, date); err != nil {
		return usageError{fmt.Errorf("--date %q is not a date (write YYYY-MM-DD)", date)}
	}
	name := questionnaire.DefaultID
	if len(args) == 1 {
		name = args[0]
	}
	qn, err := questionnaire.Find(name, preferredLanguage(opts.lang))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := workbook.Write(&buf, qn, workbook.Options{Audience: opts.audience, Date: date, Vendor: opts.vendor,
		Organisation: opts.organisation, Assessor: opts.assessor}); err != nil {
		return err
	}
	return writeOutput(std.out, opts.output, buf.Bytes(), opts.force)
}

// checkAudience refuses a --for value that is not an audience; empty is allowed when optional.
func checkAudience(a string, optional bool) error {
	if (a == "" && optional) || slices.Contains(questionnaire.Audiences, questionnaire.Audience(a)) {
		return nil
	}
	return usageError{fmt.Errorf("--for %q is not an audience (use %s)", a, audienceList())}
}

// audienceList names the audiences for help and messages.
func audienceList() string {
	names := make([]string, len(questionnaire.Audiences))
	for i, a := range questionnaire.Audiences {
		names[i] = string(a)
	}
	return strings.Join(names, ", ")
}
