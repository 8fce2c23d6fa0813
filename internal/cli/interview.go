package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/files"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/tui"
)

type interviewOptions struct {
	resume        string
	from          string
	questionnaire string
	answers       string
	output        string
	force         bool
	accessible    bool
	lang          string
}

func newInterviewCmd(std *streams) *cobra.Command {
	var opts interviewOptions
	cmd := &cobra.Command{
		Use:   "interview",
		Short: "Run the interview (the default)",
		Long: `Run the assessment interview: the assessment details, the profile questions, then one
question a screen, section by section. The answers file is saved after every answer, so a
stopped interview can be continued with --resume. At the end the score is shown, the report is
previewed and written beside the answers file (or to -o). On screen, ? shows every key (f1
while typing); the interview speaks the questionnaire's language (--lang).

With --accessible (or TERM=dumb, or ACCESSIBLE set) the interview is asked as plain
line-by-line prompts that a screen reader can read and a pipe can answer. End of input saves
the draft.

With --from, a new assessment of the same vendor starts from an earlier answers file: its
answers are carried over, each shown with the earlier date until you confirm it (enter, or an
empty line at the accessible prompt) or change it; questions new in the questionnaire's current
version are asked. The report lists the answers carried over and not confirmed.`,
		Example: `  vendorcheck interview
  vendorcheck interview --questionnaire my-questionnaire.yaml
  vendorcheck interview --resume dingtalk-2026-11-28.answers.yaml
  vendorcheck interview --from dingtalk-2025-11-28.answers.yaml
  vendorcheck interview --accessible < answers.txt`,
		Args: noArgs,
		RunE: func(_ *cobra.Command, _ []string) error { return interviewRun(std, opts) },
	}
	f := cmd.Flags()
	f.StringVar(&opts.resume, "resume", "", "continue the interview saved in this answers file")
	f.StringVar(&opts.from, "from", "", "carry over the answers of this earlier file, to confirm")
	f.StringVar(&opts.questionnaire, "questionnaire", "", "questionnaire id or file (default "+questionnaire.DefaultID+")")
	f.StringVar(&opts.answers, "answers", "", "save the answers here (default VENDOR-DATE.answers.yaml)")
	f.StringVarP(&opts.output, "output", "o", "", "write the report here (default beside the answers file)")
	f.BoolVar(&opts.force, "force", false, "replace an existing report or answers file")
	f.BoolVar(&opts.accessible, "accessible", false, "ask plain line-by-line prompts (screen readers, pipes)")
	f.Var(langFlag{&opts.lang}, "lang", langUsageLocale)
	return cmd
}

func interviewRun(std *streams, opts interviewOptions) error {
	if opts.from != "" && opts.resume != "" {
		return usageError{errors.New("--from starts a new assessment and --resume continues one: give only one")}
	}
	accessible := opts.accessible || os.Getenv("TERM") == "dumb" || os.Getenv("ACCESSIBLE") != ""
	if !accessible && !(isTerminal(std.in) && isTerminal(std.out)) {
		return usageError{errors.New("no terminal: use --accessible for line-by-line prompts")}
	}
	s, err := interviewSession(std, opts)
	if err != nil {
		return err
	}
	var held stores
	defer held.close()
	if s.Path != "" {
		if s.Store, err = held.open(s.Path, s.File, opts.force); err != nil {
			return err
		}
	}
	// The file the interview named and held itself, if any, is the last session's (see tui.Run).
	defer func() { s.Close() }()
	pathFor := func(f *assessment.File) (string, error) { return freeAnswersName(f) }
	// A draft stopped in the details has no answer yet: its details are asked again, filled in
	// with those it has, and then saved to it.
	askDetails := opts.resume == "" || !s.HasAnswers()
	var finished bool
	if accessible {
		finished, err = tui.RunAccessible(s, tui.AccessibleOptions{
			In: std.in, Out: std.say, AskDetails: askDetails, Today: today(), PathFor: pathFor,
		})
	} else {
		topt := tui.Options{
			In: std.in, Out: std.out, AskDetails: askDetails, Today: today(), PathFor: pathFor,
			ReportPath: func(answers string) string { return reportPathOf(answers, opts) }, Force: opts.force,
		}
		if opts.resume == "" && opts.from == "" && opts.questionnaire == "" {
			topt.Questionnaires, _ = questionnaire.Builtins()
			topt.Drafts, topt.Pace = findDrafts()
			quiet := &streams{in: std.in, out: std.out, say: std.say, err: io.Discard}
			topt.Resume = func(path string) (*interview.Session, error) {
				s, err := interviewSession(quiet, interviewOptions{resume: path})
				if err == nil {
					s.Store, err = held.open(path, s.File, false)
				}
				return s, err
			}
		}
		s, finished, err = tui.Run(s, topt)
	}
	if err != nil {
		return err
	}
	if !finished {
		// A draft is there to resume when this interview saved it, or it was there before
		// (a draft resumed and left before its questions began).
		if s.Path != "" && (s.Saved() || !opts.force && regularFile(s.Path)) {
			resume := programName() + " interview --resume " + shellQuote(s.Path) + questionnaireFlag(s.QN)
			fmt.Fprintln(std.say, interview.DraftSaved(s.QN.Language, s.Path, resume))
		} else {
			fmt.Fprintln(std.say, interview.NothingSaved(s.QN.Language))
		}
		if accessible {
			return errInputEnded
		}
		return errAborted
	}
	return interviewReport(std, s, opts)
}

// interviewSession loads the resumed answers file or starts a new one, with its questionnaire.
func interviewSession(std *streams, opts interviewOptions) (*interview.Session, error) {
	if opts.from != "" {
		return fromSession(std, opts)
	}
	if opts.resume == "" {
		id, lang := opts.questionnaire, preferredLanguage(opts.lang)
		if id == "" {
			id = questionnaire.DefaultID
		}
		qn, err := questionnaire.Find(id, lang)
		if err != nil {
			return nil, err
		}
		f := assessment.NewFile(qn, assessment.Details{Date: today()})
		return interview.NewSession(qn, f, opts.answers), nil
	}
	f, err := assessment.Load(opts.resume)
	if err != nil {
		return nil, err
	}
	id := opts.questionnaire
	if id == "" {
		id = f.Questionnaire.ID
	}
	lang := f.Questionnaire.Language
	if opts.lang != "" {
		lang = opts.lang // answers are kept by id, so a draft can go on in another language
	}
	qn, err := questionnaire.Find(id, lang)
	if err != nil && opts.questionnaire == "" {
		return nil, fmt.Errorf("%s was made with questionnaire %q: %w; name its file with --questionnaire", opts.resume, id, err)
	}
	if err != nil {
		return nil, err
	}
	warnings, err := assessment.Check(f, qn)
	if err != nil {
		return nil, err
	}
	printWarnings(std, warnings)
	f.Questionnaire.Language = qn.Language
	path := opts.resume
	if opts.answers != "" {
		path = opts.answers
	}
	return interview.NewSession(qn, f, path), nil
}

// interviewReport prints the score and writes the report of a finished interview.
func interviewReport(std *streams, s *interview.Session, opts interviewOptions) error {
	out := std.say
	data, r, err := s.Report()
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "\n"+interview.Complete(s.QN.Language, s.Path))
	for _, line := range interview.SummaryLines(r) {
		fmt.Fprintln(out, line)
	}
	path := reportPathOf(s.Path, opts)
	if s.ReportPath != "" {
		path = s.ReportPath // chosen on the summary screen, perhaps a new name
	}
	if err := writeOutput(std.out, path, data, opts.force || s.ReplaceReport); err != nil {
		var exists *files.ExistsError
		if s.QuitOnSummary && errors.As(err, &exists) { // ctrl+c on the summary keeps the file
			replace := programName() + " report " + shellQuote(s.Path) + " -o " + shellQuote(path) + " --force" + questionnaireFlag(s.QN)
			fmt.Fprintln(out, interview.ReportNotWritten(s.QN.Language, path, replace))
			return errAborted
		}
		return err
	}
	fmt.Fprintln(out, interview.ReportWritten(s.QN.Language, path))
	return nil
}

// questionnaireFlag is the --questionnaire flag, with a space before it, that a command on
// answers to qn needs: the questionnaire's file when it is not built in; empty otherwise.
func questionnaireFlag(qn *questionnaire.Questionnaire) string {
	if strings.HasPrefix(qn.Source, "builtin:") || qn.Source == "" {
		return ""
	}
	return " --questionnaire " + shellQuote(qn.Source)
}

// stores are the answers files the command holds for an interview (see assessment.Store):
// locked against a second interview until the program ends. It holds the file named on the
// command line, and the draft the start screen may open instead; a file the interview names
// itself, it holds itself (Session.Close).
type stores struct {
	mu   sync.Mutex
	list []*assessment.Store
}

// open takes the answers file at path for the interview of f; see assessment.OpenStore.
func (h *stores) open(path string, f *assessment.File, replace bool) (*assessment.Store, error) {
	st, err := assessment.OpenStore(path, f, replace)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.list = append(h.list, st)
	return st, nil
}

// close releases every answers file held.
func (h *stores) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, st := range h.list {
		st.Close()
	}
}

// reportPathOf is where the report of the answers file goes: -o, else beside it.
func reportPathOf(answers string, opts interviewOptions) string {
	if opts.output != "" {
		return opts.output
	}
	return reportPathFor(answers)
}

// reportPathFor names the report beside its answers file: x.answers.yaml gives x.report.md.
func reportPathFor(answers string) string {
	base := strings.TrimSuffix(answers, ".answers.yaml")
	if base == answers {
		base = strings.TrimSuffix(answers, filepath.Ext(answers))
	}
	return base + ".report.md"
}

// freeAnswersName names a new answers file in the working folder after the vendor and date,
// adding -2, -3, … when the name is taken, so that no earlier interview is replaced.
func freeAnswersName(f *assessment.File) (string, error) {
	name := assessment.DefaultName(f)
	stem := strings.TrimSuffix(name, ".answers.yaml")
	for n := 2; n < 1000; n++ {
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			return name, nil
		}
		name = fmt.Sprintf("%s-%d.answers.yaml", stem, n)
	}
	return "", fmt.Errorf("cannot find a free name for the answers file like %s", assessment.DefaultName(f))
}

// findDrafts lists the answers files in the working folder that can be read, to offer them on
// the start screen, and measures from them how long a question takes (interview.Pace).
func findDrafts() ([]tui.Draft, time.Duration) {
	names, _ := filepath.Glob("*.answers.yaml")
	var drafts []tui.Draft
	var files []*assessment.File
	for _, name := range names {
		if f, err := assessment.Load(name); err == nil {
			drafts = append(drafts, tui.Draft{Path: name, Vendor: f.Assessment.Vendor, Date: f.Assessment.Date})
			files = append(files, f)
		}
	}
	return drafts, interview.Pace(files)
}

// today is the current date, YYYY-MM-DD.
func today() string { return time.Now().Format(time.DateOnly) }

// isTerminal reports whether the stream is a terminal.
func isTerminal(v any) bool {
	f, ok := v.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// regularFile reports whether path names a regular file.
func regularFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}
