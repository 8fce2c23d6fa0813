package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/register"
	"github.com/vendorcheck/vendorcheck/internal/report"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

type registerOptions struct {
	output         string
	format         string
	force          bool
	asOf           string
	questionnaires []string
	lang           string
}

func newRegisterCmd(std *streams) *cobra.Command {
	var opts registerOptions
	cmd := &cobra.Command{
		Use:   "register [PATH...]",
		Short: "List vendors, the most urgent first",
		Long: `Find every answers file (*.answers.yaml) under the paths (default: the current folder; folders
are searched recursively, symbolic links inside them are not followed) and list the latest
assessment of each vendor and product: its date, rating, recommendation, whether it is a draft,
the next review, expiry dates (certificates) that have passed or come within 90 days, open
critical and high findings, and accepted risks that run out within 90 days or have run out.

The most urgent come first: an overdue review, an expired certificate, an expired acceptance, a
knock-out (an open critical finding), then what falls due within 90 days. --as-of gives the day
to count from (default today), so that a register can be made again exactly. --format html
writes one self-contained page that prints on A4 and Letter.

Files that cannot be read are listed with the reason and do not stop the rest; the exit status
is then 1.`,
		Example: `  vendorcheck register
  vendorcheck register assessments/ -o register.md
  vendorcheck register --format json --as-of 2026-12-31 assessments/
  vendorcheck register --format html assessments/ -o register.html`,
		RunE: func(_ *cobra.Command, args []string) error { return registerRun(std, opts, args) },
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write the register to this file instead of stdout")
	cmd.Flags().StringVar(&opts.format, "format", "markdown", "output format: markdown, html or json")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace the output file if it exists")
	cmd.Flags().StringVar(&opts.asOf, "as-of", "", "the day to count from, YYYY-MM-DD (default today)")
	cmd.Flags().StringArrayVar(&opts.questionnaires, "questionnaire", nil, questionnairesUsage)
	cmd.Flags().Var(langFlag{&opts.lang}, "lang", langUsageAnswers)
	return cmd
}

func registerRun(std *streams, opts registerOptions, paths []string) error {
	format, err := checkFormat(opts.format, "markdown", "html", "json")
	if err != nil {
		return err
	}
	asOf := opts.asOf
	if asOf == "" {
		asOf = time.Now().Format(time.DateOnly)
	} else if _, err := time.Parse(time.DateOnly, asOf); err != nil {
		return usageError{fmt.Errorf("--as-of %q is not a date (write YYYY-MM-DD, such as 2026-12-31)", asOf)}
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	files, skipped := findAnswersFiles(paths)
	assessments, failed := scoreAll(std, files, opts.questionnaires, opts.lang)
	reg := register.Build(assessments, append(skipped, failed...), asOf)
	var data []byte
	if format == "json" {
		var buf bytes.Buffer
		err = report.RegisterJSON(&buf, reg)
		data = buf.Bytes()
	} else {
		data, err = renderDocument(report.RegisterDocument(reg, registerLanguage(opts.lang, reg)), format)
	}
	if err != nil {
		return err
	}
	if err := writeOutput(std.out, opts.output, data, opts.force); err != nil {
		return err
	}
	switch n := len(failed) + len(skipped); n {
	case 0:
		return nil
	case 1:
		return errors.New("1 file or folder could not be read; the register lists it with the reason")
	default:
		return fmt.Errorf("%d files or folders could not be read; the register lists them with the reason", n)
	}
}

// findAnswersFiles lists the answers files under the paths: a path that is a file is taken as
// it is (a symbolic link given by name is followed); a folder is searched recursively for
// *.answers.yaml, without following symbolic links. Only regular files are listed: anything else
// (a named pipe, a device) is never opened, and is returned with the reason, as are paths that
// cannot be read. A file reached twice is listed once.
func findAnswersFiles(paths []string) (files []string, bad []register.Unreadable) {
	seen := map[string]bool{}
	add := func(path string) {
		if clean := filepath.Clean(path); !seen[clean] {
			seen[clean] = true
			files = append(files, path)
		}
	}
	skip := func(path, reason string) { bad = append(bad, register.Unreadable{Path: path, Reason: reason}) }
	for _, root := range paths {
		info, err := os.Stat(root)
		switch {
		case err != nil:
			skip(root, pathError(err))
		case info.Mode().IsRegular():
			add(root)
		case !info.IsDir():
			skip(root, notRegular(info.Mode()))
		default:
			_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
				switch {
				case err != nil:
					skip(path, pathError(err))
				case d.IsDir() || !strings.HasSuffix(d.Name(), ".answers.yaml"):
				case d.Type().IsRegular():
					add(path)
				case d.Type()&fs.ModeSymlink != 0:
					skip(path, "a symbolic link, not followed (name the file itself to include it)")
				default:
					skip(path, notRegular(d.Type()))
				}
				return nil // a folder that cannot be read is skipped, the rest still searched
			})
		}
	}
	return files, bad
}

// pathError says why a path could not be read, without repeating the path.
func pathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// notRegular says why a file that is not a regular file is not read.
func notRegular(mode fs.FileMode) string {
	kind := "not a regular file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	}
	return kind + ", not opened (an answers file is a regular file)"
}

// scoreAll loads and scores the answers files concurrently, each with its questionnaire (see
// questionnaireForVersion, looked up once per questionnaire id, version and language). Files
// that fail are returned with the reason; warnings go to stderr in the order of the files.
func scoreAll(std *streams, paths []string, flags []string, lang string) ([]register.Assessment, []register.Unreadable) {
	type job struct {
		result   *scoring.Result
		warnings []string
		err      error
	}
	jobs := make([]job, len(paths))
	find := questionnaireCache(flags, lang)
	parallel(len(paths), func(i int) {
		f, err := assessment.Load(paths[i])
		if err != nil {
			jobs[i].err = err
			return
		}
		qn, err := find(f)
		if err == nil {
			jobs[i].warnings, err = assessment.Check(f, qn)
		}
		if err != nil {
			jobs[i].err = err
			return
		}
		jobs[i].result = scoring.Score(qn, f)
	})
	var done []register.Assessment
	var failed []register.Unreadable
	for i, j := range jobs {
		printWarnings(std, j.warnings)
		if j.err != nil {
			failed = append(failed, register.Unreadable{Path: paths[i], Reason: reason(paths[i], j.err)})
			continue
		}
		done = append(done, register.Assessment{Path: paths[i], Result: j.result})
	}
	return done, failed
}

// reason turns an error about a file into one line without the file's name in front.
func reason(path string, err error) string {
	lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(l, "load answers: "), path+":"))
	}
	return strings.Join(lines, "; ")
}

// questionnaireCache returns questionnaireForVersion for files, remembering the questionnaire
// of each id, version and language: a register reads hundreds of files made with a few.
func questionnaireCache(flags []string, lang string) func(*assessment.File) (*questionnaire.Questionnaire, error) {
	type found struct {
		qn  *questionnaire.Questionnaire
		err error
	}
	var mu sync.Mutex
	cache := map[assessment.Ref]found{}
	return func(f *assessment.File) (*questionnaire.Questionnaire, error) {
		mu.Lock()
		defer mu.Unlock()
		k := f.Questionnaire
		if lang != "" {
			k.Language = lang
		}
		r, ok := cache[k]
		if !ok {
			r.qn, r.err = questionnaireForVersion(f, flags, lang)
			cache[k] = r
		}
		return r.qn, r.err
	}
}

// registerLanguage is the language to write the register in: lang when given, else the language
// of the questionnaires of its rows when they all share one, else English.
func registerLanguage(lang string, reg *register.Register) string {
	if lang != "" || len(reg.Rows) == 0 {
		return lang
	}
	common := reg.Rows[0].Result.Questionnaire.Language
	for _, row := range reg.Rows[1:] {
		if row.Result.Questionnaire.Language != common {
			return "en"
		}
	}
	return common
}
