package cli

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/files"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/workbook"
)

type importOptions struct {
	output, into, by, questionnaire string
	force                           bool
}

func newImportCmd(std *streams) *cobra.Command {
	var opts importOptions
	cmd := &cobra.Command{
		Use:   "import WORKBOOK.xlsx",
		Short: "Read a filled-in workbook as answers",
		Long: `Read a workbook made by 'vendorcheck sheet' and filled in, and write its answers as an
answers file. Every answer is recorded as stated by the respondent named on the first sheet
(or by --by).

With --into, the answers are added to a draft: the draft's own answers are kept, and each
question the workbook answers differently is listed with both answers. The result goes to -o
(stdout without it); an existing file is replaced only with --force.

The workbook must come from the same questionnaire and version. An answer that is not one of
the question's answers, a date that is not a date, or a row whose hidden ids were changed is
refused with its sheet and cell, and nothing is written. Formulas are read as text and never
worked out.`,
		Example: `  vendorcheck import lark.xlsx -o lark.answers.yaml
  vendorcheck import lark.xlsx --into lark-draft.answers.yaml \
    -o lark.answers.yaml
  vendorcheck import lark.xlsx --by "Wong Ka Man" -o lark.answers.yaml`,
		Args: rangeArgs(1, 1, "one workbook"),
		RunE: func(_ *cobra.Command, args []string) error { return importRun(std, opts, args[0]) },
	}
	f := cmd.Flags()
	f.StringVarP(&opts.output, "output", "o", "", "write the answers file here instead of stdout")
	f.StringVar(&opts.into, "into", "", "add to this draft answers file, keeping its answers")
	f.StringVar(&opts.by, "by", "", "who gave the answers, when the workbook does not name them")
	f.StringVar(&opts.questionnaire, "questionnaire", "", "questionnaire id or file, if the workbook's is not built in")
	f.BoolVar(&opts.force, "force", false, "replace the output file if it exists")
	return cmd
}

func importRun(std *streams, opts importOptions, path string) error {
	wb, err := workbook.Open(path)
	if err != nil {
		return err
	}
	defer wb.Close()
	m := wb.Meta
	qn, err := importQuestionnaire(m, opts.questionnaire)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if qn.ID != m.ID || qn.Version != m.Version {
		return fmt.Errorf("%s was made with questionnaire %s version %s (%s), not %s version %s; give that questionnaire's file with --questionnaire",
			path, m.ID, m.Version, wb.VersionCell(), qn.ID, qn.Version)
	}
	filled, err := wb.Read(qn)
	if err != nil {
		return err
	}
	by := strings.TrimSpace(opts.by)
	if by == "" {
		by = wb.Respondent
	}
	if by == "" {
		return fmt.Errorf("%s: %s: the respondent's name is empty; fill it in, or give --by NAME", path, wb.RespondentCell())
	}
	if len(filled.Answers) == 0 {
		return fmt.Errorf("%s holds no answers: nothing to import", path)
	}
	for _, a := range filled.Answers {
		a.Source, a.By = assessment.SourceStated, by
	}
	var out *assessment.File
	var conflicts []string
	if opts.into != "" {
		if out, conflicts, err = mergeInto(opts.into, m, qn, filled, by); err != nil {
			return err
		}
	} else {
		out = newImported(m, filled, by)
	}
	data, err := assessment.Marshal(out, qn)
	if err != nil {
		return err
	}
	if _, err := os.Lstat(opts.output); err == nil && opts.force {
		// Replacing an answers file: not while an interview edits it.
		lock, err := files.TakeLock(opts.output)
		if err != nil {
			return err
		}
		defer lock.Release()
	}
	if err := writeOutput(std.out, opts.output, data, opts.force); err != nil {
		return err
	}
	for _, c := range conflicts {
		fmt.Fprintf(std.err, "vendorcheck: conflict: %s\n", c)
	}
	summary := fmt.Sprintf("%s from %s, stated by %s", count(len(filled.Answers), "answer"), path, by)
	if opts.into != "" {
		summary += fmt.Sprintf("; %s where the draft's answer differs and is kept", count(len(conflicts), "conflict"))
	}
	fmt.Fprintf(std.err, "vendorcheck: %s\n", summary)
	return nil
}

// count says "1 answer" or "3 answers".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// importQuestionnaire finds the questionnaire a workbook was made from: the --questionnaire
// value when given, else the built-in named by the workbook, in its language.
func importQuestionnaire(m workbook.Meta, flag string) (*questionnaire.Questionnaire, error) {
	if flag != "" {
		return questionnaire.Find(flag, m.Language)
	}
	qn, err := questionnaire.Find(m.ID, m.Language)
	if err != nil {
		return nil, fmt.Errorf("%w; give the questionnaire file with --questionnaire", err)
	}
	return qn, nil
}

// newImported makes an answers file of the workbook's answers alone.
func newImported(m workbook.Meta, filled *workbook.Filled, by string) *assessment.File {
	date := m.Date
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		date = today()
	}
	return &assessment.File{
		Questionnaire: assessment.Ref{ID: m.ID, Version: m.Version, Language: m.Language},
		Assessment: assessment.Details{Vendor: m.Vendor, Organisation: m.Organisation, Assessor: m.Assessor,
			Interviewees: []string{by}, Date: date},
		Answers: filled.Answers,
	}
}

// mergeInto adds the workbook's answers to the draft: a question the draft has not answered
// takes the workbook's answer (keeping the draft's note and evidence when the workbook has
// none); a question it answered keeps its answer, and a different answer in the workbook is a
// conflict, described with both values.
func mergeInto(path string, m workbook.Meta, qn *questionnaire.Questionnaire, filled *workbook.Filled, by string) (*assessment.File, []string, error) {
	draft, err := assessment.Load(path)
	if err != nil {
		return nil, nil, err
	}
	if draft.Questionnaire.ID != m.ID || draft.Questionnaire.Version != m.Version {
		return nil, nil, fmt.Errorf("%s was made with questionnaire %s version %s, the workbook with %s version %s: they cannot be merged",
			path, draft.Questionnaire.ID, draft.Questionnaire.Version, m.ID, m.Version)
	}
	if draft.Answers == nil {
		draft.Answers = make(map[string]*assessment.Answer)
	}
	var conflicts []string
	for _, id := range filled.Order {
		in, old := filled.Answers[id], draft.Answers[id]
		switch {
		case old == nil:
			draft.Answers[id] = in
		case !old.Answered():
			if in.Note == "" {
				in.Note = old.Note
			}
			if len(in.Evidence) == 0 {
				in.Evidence = old.Evidence
			}
			draft.Answers[id] = in
		case in.Answered() && !sameValue(old, in):
			q := qn.Question(id)
			conflicts = append(conflicts, fmt.Sprintf("%s (%s): %s says %s, the workbook %s; the draft's answer is kept",
				id, filled.At[id], path, describeAnswer(q, old), describeAnswer(q, in)))
		}
	}
	if !slices.Contains(draft.Assessment.Interviewees, by) {
		draft.Assessment.Interviewees = append(draft.Assessment.Interviewees, by)
	}
	return draft, conflicts, nil
}

// sameValue reports whether two answers carry the same value.
func sameValue(a, b *assessment.Answer) bool {
	return a.Choice == b.Choice && a.Date == b.Date && a.Text == b.Text && a.Unknown == b.Unknown &&
		a.NA == b.NA && slices.Equal(slices.Sorted(slices.Values(a.Choices)), slices.Sorted(slices.Values(b.Choices)))
}

// describeAnswer quotes an answer's value in words: the labels of the options, the date or
// text, unknown or not applicable.
func describeAnswer(q *questionnaire.Question, a *assessment.Answer) string {
	label := func(id string) string {
		if q != nil {
			if o := q.Option(id); o != nil {
				return fmt.Sprintf("%q", o.Label)
			}
		}
		return fmt.Sprintf("%q", id)
	}
	switch {
	case a.Unknown:
		return "unknown"
	case a.NA:
		return "not applicable"
	case a.Choice != "":
		return label(a.Choice)
	case len(a.Choices) > 0:
		labels := make([]string, len(a.Choices))
		for i, id := range a.Choices {
			labels[i] = label(id)
		}
		return strings.Join(labels, " and ")
	case a.Date != "":
		return a.Date
	}
	return fmt.Sprintf("%q", a.Text)
}
