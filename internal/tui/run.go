// Package tui runs the interview: a full-screen Bubble Tea program that asks one question a
// screen, and a plain line-by-line prompter for screen readers and pipes. Both drive an
// interview.Session and save the answers file after every answer.
package tui

import (
	"io"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Options configure the full-screen interview.
type Options struct {
	In  io.Reader
	Out io.Writer
	// AskDetails shows the details screen first: a new interview, or a draft resumed that has
	// no answer yet (see interview.Session.HasAnswers); the screen is filled in with its details.
	AskDetails bool
	// Today is the default assessment date, YYYY-MM-DD.
	Today string
	// PathFor names the answers file once the details are known; used when the session has no
	// Path yet. It may look at the file system: it runs in a command, not in Update.
	PathFor func(f *assessment.File) (string, error)
	// ReportPath names the report file of the answers file at the given path; when it names an
	// existing file and Force is false, the summary asks whether to replace it or write to a new
	// name, and records the choice in the session's ReportPath and ReplaceReport.
	ReportPath func(answers string) string
	// Questionnaires, when AskDetails, are offered on a start screen before the details, the
	// session's questionnaire selected; Drafts are offered there too, opened with Resume (in a
	// command: it reads files) as --resume would.
	Questionnaires []*questionnaire.Questionnaire
	Drafts         []Draft
	Resume         func(path string) (*interview.Session, error)
	// Pace is how long a question takes, for the estimate on the start screen (see Pace); 0
	// for the default.
	Pace time.Duration
	// Force replaces an existing report without asking.
	Force bool
}

// Run runs the full-screen interview of the session. The start screen may set it aside for
// another (a different questionnaire, a draft resumed): last is the session the interview ended
// on, which the caller reports on and closes. finished is false when the user stopped the
// interview with ctrl+c. Either way the answers are saved once more when the program ends (when
// the file is named).
func Run(s *interview.Session, opt Options) (last *interview.Session, finished bool, err error) {
	m := New(s, opt)
	p := tea.NewProgram(m, tea.WithInput(opt.In), tea.WithOutput(opt.Out))
	_, runErr := p.Run()
	last = m.s
	if last.Path != "" && m.begun { // nothing is saved before the questions begin
		if _, err := last.Save(); err != nil {
			return last, false, err
		}
	}
	if runErr != nil {
		return last, false, runErr
	}
	return last, m.Finished, nil
}
