package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/files"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

type reportOptions struct {
	output        string
	format        string
	force         bool
	questionnaire string
	lang          string
	final         bool
	evidence      []string
}

func newReportCmd(std *streams) *cobra.Command {
	var opts reportOptions
	cmd := &cobra.Command{
		Use:   "report ANSWERS...",
		Short: "Score answers and write the report",
		Long: `Score one or more saved answers files and write the report, with no terminal UI.

One file: the report goes to stdout, or to the file named by -o. Several files: -o names a
folder, and each report is written there, named after the vendor and the assessment date.
An existing report is never replaced without --force. Running report again on the same
answers gives the same report, byte for byte.

The report fingerprints (SHA-256) the evidence files an answer names that are in the answers
file's folder or under it, and in the folders given with --evidence; other evidence stays text.`,
		Example: `  vendorcheck report dingtalk-2026-11-28.answers.yaml
  vendorcheck report dingtalk-2026-11-28.answers.yaml -o dingtalk.md
  vendorcheck report --format html lark.answers.yaml -o lark-report.html
  vendorcheck report --format json lark.answers.yaml
  vendorcheck report *.answers.yaml -o reports/`,
		Args: minArgs(1, "at least one answers file"),
		RunE: func(_ *cobra.Command, args []string) error { return reportRun(std, opts, args) },
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file (one answers file) or folder (several)")
	cmd.Flags().StringVar(&opts.format, "format", "markdown", "output format: markdown, html or json")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace existing report files")
	cmd.Flags().StringArrayVar(&opts.evidence, "evidence", nil, "also read evidence files under this folder (repeatable)")
	cmd.Flags().StringVar(&opts.questionnaire, "questionnaire", "", "questionnaire id or file, if the answers' is not built in")
	cmd.Flags().Var(langFlag{&opts.lang}, "lang", langUsageAnswers)
	cmd.Flags().BoolVar(&opts.final, "final", false, "fail on a draft, where a question that counts is unanswered")
	return cmd
}

func reportRun(std *streams, opts reportOptions, paths []string) error {
	render, ext, err := reportRenderer(opts.format, opts.evidence)
	if err != nil {
		return err
	}
	if len(paths) > 1 {
		return reportBatch(std, opts, paths, render, ext)
	}
	sf, err := scoreFile(paths[0], opts.questionnaire, opts.lang)
	if err != nil {
		return err
	}
	sf.printWarnings(std)
	if err := opts.checkFinal(sf); err != nil {
		return err
	}
	data, err := render(sf)
	if err != nil {
		return err
	}
	return writeOutput(std.out, opts.output, data, opts.force)
}

// reportBatch writes one report per answers file into the folder named by -o. Files are scored
// and written concurrently; messages come out in the order the files were given. A file that
// cannot be scored stops the batch before anything is written; a report that cannot be written
// (it exists, without --force) does not stop the others, which are listed.
func reportBatch(std *streams, opts reportOptions, paths []string, render renderFunc, ext string) error {
	if opts.output == "" || opts.output == "-" {
		return usageError{fmt.Errorf("several answers files need -o FOLDER for their reports")}
	}
	if info, err := os.Stat(opts.output); err != nil || !info.IsDir() {
		return fmt.Errorf("%s is not a folder; create it first or give one answers file", opts.output)
	}
	jobs := make([]batchJob, len(paths))
	parallel(len(paths), func(i int) {
		jobs[i].sf, jobs[i].err = scoreFile(paths[i], opts.questionnaire, opts.lang)
		if jobs[i].err == nil {
			jobs[i].err = opts.checkFinal(jobs[i].sf)
		}
		if jobs[i].err == nil {
			jobs[i].data, jobs[i].err = render(jobs[i].sf)
		}
	})
	used := map[string]string{}
	for i, job := range jobs {
		if job.err != nil {
			return job.err
		}
		job.sf.printWarnings(std)
		name := reportName(job.sf.file, ext)
		if other, dup := used[name]; dup {
			return fmt.Errorf("%s and %s would both be reported as %s (same vendor and date)", other, paths[i], name)
		}
		used[name] = paths[i]
		jobs[i].out = filepath.Join(opts.output, name)
	}
	parallel(len(jobs), func(i int) {
		jobs[i].err = files.Write(jobs[i].out, jobs[i].data, opts.force) // the folder is checked above
	})
	var failed []error
	for i, job := range jobs {
		if job.err != nil {
			failed = append(failed, job.err)
			continue
		}
		fmt.Fprintf(std.say, "%s -> %s\n", paths[i], job.out)
	}
	if len(failed) > 0 {
		failed = append(failed, fmt.Errorf("%d of %d reports written; the others are listed above", len(jobs)-len(failed), len(jobs)))
	}
	return errors.Join(failed...)
}

// checkFinal refuses a draft when --final is given: an assessment with a visible scored
// question unanswered has a provisional rating and recommendation.
func (opts reportOptions) checkFinal(sf *scoredFile) error {
	r := sf.result
	if !opts.final || r.Complete {
		return nil
	}
	noun := "questions"
	if r.Unanswered == 1 {
		noun = "question"
	}
	return fmt.Errorf("%s is a draft: %d %s unanswered, so the rating and recommendation are provisional (answer them, or leave out --final)",
		sf.path, r.Unanswered, noun)
}

// batchJob is one answers file of a batch on its way to its report.
type batchJob struct {
	sf   *scoredFile
	data []byte
	out  string
	err  error
}

// parallel calls fn(0) … fn(n-1) on a few goroutines and returns when all are done. File
// system calls dominate a batch, so it runs more goroutines than there are processors.
func parallel(n int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, 4*runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// reportName names a report after the answers file's vendor and date.
func reportName(f *assessment.File, ext string) string {
	base := assessment.DefaultName(f)
	return strings.TrimSuffix(base, ".answers.yaml") + ".report" + ext
}

type renderFunc func(*scoredFile) ([]byte, error)

// reportRenderer returns the renderer and file extension of a --format value. The Markdown
// renderer looks up each evidence file once per run: the answers files of a batch cite the
// same ones over and over.
func reportRenderer(format string, folders []string) (renderFunc, string, error) {
	switch format {
	case "markdown", "md":
		evidence := new(report.EvidenceCache)
		return func(sf *scoredFile) ([]byte, error) {
			var buf bytes.Buffer
			err := report.Markdown(&buf, sf.result, report.Options{EvidenceDir: filepath.Dir(sf.path), EvidenceFolders: folders, Evidence: evidence})
			return buf.Bytes(), err
		}, ".md", nil
	case "html":
		evidence := new(report.EvidenceCache)
		return func(sf *scoredFile) ([]byte, error) {
			d, err := report.ReportDocument(sf.result, report.Options{EvidenceDir: filepath.Dir(sf.path), EvidenceFolders: folders, Evidence: evidence})
			if err != nil {
				return nil, err
			}
			return renderDocument(d, "html")
		}, ".html", nil
	case "json":
		return func(sf *scoredFile) ([]byte, error) {
			var buf bytes.Buffer
			err := report.JSON(&buf, sf.result)
			return buf.Bytes(), err
		}, ".json", nil
	}
	return nil, "", usageError{fmt.Errorf("unknown --format %q (use markdown, html or json)", format)}
}
