package tui

import (
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// Options configure the full-screen interview.
type Options struct {
	In  io.Reader
	Out io.Writer
	// AskDetails shows the details screen first (a new interview, not a resumed one).
	AskDetails bool
	// Today is the default assessment date, YYYY-MM-DD.
	Today string
	// PathFor names the answers file once the details are known; used when the session has no
	// Path yet. It may look at the file system: it runs in a command, not in Update.
	PathFor func(f *assessment.File) (string, error)
}

// Run runs the full-screen interview; finished is false when the user stopped it with ctrl+c.
// Either way the answers are saved once more when the program ends (when the file is named).
func Run(s *Session, opt Options) (finished bool, err error) {
	m := New(s, opt)
	p := tea.NewProgram(m, tea.WithInput(opt.In), tea.WithOutput(opt.Out))
	_, runErr := p.Run()
	if s.Path != "" {
		m.seq++
		if err := m.saver.save(m.seq, s.Path, s.snapshot(), s.QN); err != nil {
			return false, err
		}
	}
	if runErr != nil {
		return false, runErr
	}
	return m.Finished, nil
}
