package cli

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/report"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

type compareOptions struct {
	output         string
	format         string
	force          bool
	questionnaires []string
	lang           string
}

func newCompareCmd(std *streams) *cobra.Command {
	var opts compareOptions
	cmd := &cobra.Command{
		Use:   "compare ANSWERS...",
		Short: "Compare vendors side by side",
		Long: `Score two or more saved answers files made with the same questionnaire and write one report
that ranks the vendors: their scores, ratings and coverage, the section scores side by side, each
vendor's critical findings, and the answers that differ between them.

The files may come from different versions of the questionnaire; each is scored with its own
version when that version is at hand (built in, or given with --questionnaire, which may be
repeated), and the report says which vendor used which version.`,
		Example: `  vendorcheck compare lark.answers.yaml teams.answers.yaml
  vendorcheck compare *.answers.yaml -o comparison.md
  vendorcheck compare --format html *.answers.yaml -o comparison.html
  vendorcheck compare --format json lark.answers.yaml teams.answers.yaml`,
		Args: minArgs(2, "at least two answers files"),
		RunE: func(_ *cobra.Command, args []string) error { return compareRun(std, opts, args) },
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write the comparison to this file instead of stdout")
	cmd.Flags().StringVar(&opts.format, "format", "markdown", "output format: markdown, html or json")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace the output file if it exists")
	cmd.Flags().StringArrayVar(&opts.questionnaires, "questionnaire", nil, questionnairesUsage)
	cmd.Flags().Var(langFlag{&opts.lang}, "lang", langUsageAnswers)
	return cmd
}

func compareRun(std *streams, opts compareOptions, paths []string) error {
	format, err := checkFormat(opts.format, "markdown", "html", "json")
	if err != nil {
		return err
	}
	files, err := loadSameQuestionnaire(paths)
	if err != nil {
		return err
	}
	results, err := scoreVersioned(std, paths, files, opts.questionnaires, opts.lang)
	if err != nil {
		return err
	}
	var data []byte
	if format == "json" {
		var buf bytes.Buffer
		err = report.CompareJSON(&buf, results)
		data = buf.Bytes()
	} else {
		var d *report.Document
		if d, err = report.CompareDocument(results); err == nil {
			data, err = renderDocument(d, format)
		}
	}
	if err != nil {
		return err
	}
	return writeOutput(std.out, opts.output, data, opts.force)
}

// loadSameQuestionnaire loads answers files and refuses them unless all were made with the same
// questionnaire id.
func loadSameQuestionnaire(paths []string) ([]*assessment.File, error) {
	files := make([]*assessment.File, len(paths))
	for i, path := range paths {
		f, err := assessment.Load(path)
		if err != nil {
			return nil, err
		}
		files[i] = f
	}
	first := files[0].Questionnaire.ID
	for i, f := range files[1:] {
		if id := f.Questionnaire.ID; id != first {
			return nil, fmt.Errorf("%s was made with questionnaire %q and %s with %q; only assessments made with the same questionnaire can be compared",
				paths[0], first, paths[i+1], id)
		}
	}
	return files, nil
}

// scoreVersioned scores each answers file with the questionnaire of its own version where one
// is at hand (see questionnaireForVersion), in the language lang ("" for each file's own), and
// prints the warnings to stderr. Answers are kept by id, so any language reads them.
func scoreVersioned(std *streams, paths []string, files []*assessment.File, flags []string, lang string) ([]*scoring.Result, error) {
	results := make([]*scoring.Result, len(files))
	for i, f := range files {
		qn, err := questionnaireForVersion(f, flags, lang)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", paths[i], err)
		}
		warnings, err := assessment.Check(f, qn)
		if err != nil {
			return nil, err
		}
		printWarnings(std, warnings)
		if v := f.Questionnaire.Version; v != qn.Version {
			fmt.Fprintf(std.err, "vendorcheck: warning: to score %s with version %s, add --questionnaire with the file of that version\n", paths[i], v)
		}
		results[i] = scoring.Score(qn, f)
	}
	return results, nil
}

// questionnaireForVersion finds the questionnaire an answers file is to be scored with. The
// candidates are the questionnaires named by flags (ids or files), then the built-in with the
// file's id. The last candidate with the file's id and version wins; else the last with its id
// (the built-in, the current version, when there is one); else the first named, which
// assessment.Check then refuses with a clear message. Built-ins are taken in lang, or in the
// file's language when lang is "".
func questionnaireForVersion(f *assessment.File, flags []string, lang string) (*questionnaire.Questionnaire, error) {
	ref := f.Questionnaire
	if lang == "" {
		lang = ref.Language
	}
	var candidates []*questionnaire.Questionnaire
	for _, flag := range flags {
		qn, err := questionnaire.Find(flag, lang)
		if err != nil {
			return nil, err
		}
		candidates = append(candidates, qn)
	}
	builtin, err := questionnaire.Find(ref.ID, lang)
	switch {
	case err == nil:
		candidates = append(candidates, builtin)
	case len(candidates) == 0:
		return nil, fmt.Errorf("%w; give the questionnaire file with --questionnaire", err)
	}
	var sameID *questionnaire.Questionnaire
	for _, qn := range slices.Backward(candidates) {
		if qn.ID != ref.ID {
			continue
		}
		if qn.Version == ref.Version {
			return qn, nil
		}
		sameID = qn
	}
	if sameID == nil {
		return candidates[0], nil
	}
	return sameID, nil
}
