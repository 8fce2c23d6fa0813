package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// summaryKey handles a key on the summary: enter finishes (asking first whether to replace an
// existing report), the arrows scroll the preview.
func (m *Model) summaryKey(msg tea.KeyPressMsg) tea.Cmd {
	t := &m.target
	if t.asking {
		switch {
		case key.Matches(msg, m.keys().Yes):
			m.s.ReportPath, m.s.ReplaceReport = t.path, true
			return m.finish()
		case key.Matches(msg, m.keys().No):
			if t.free != "" {
				m.s.ReportPath = t.free
				return m.finish()
			}
		case key.Matches(msg, m.keys().Cancel):
			t.asking = false
			m.resize() // the question's lines go back to the preview
		}
		return nil
	}
	switch {
	case key.Matches(msg, m.keys().Next) && m.result != nil:
		if t.exists && !m.opt.Force {
			t.asking = true
			m.resize() // the question takes lines from the preview
			return nil
		}
		m.s.ReportPath = t.path
		return m.finish()
	case key.Matches(msg, m.keys().Back), key.Matches(msg, m.keys().Cancel):
		m.openReview()
		return nil
	case key.Matches(msg, m.keys().Top):
		m.preview.GotoTop()
		return nil
	case key.Matches(msg, m.keys().Bottom):
		m.preview.GotoBottom()
		return nil
	}
	var cmd tea.Cmd
	m.preview, cmd = m.preview.Update(msg)
	return cmd
}

// quitSummary ends the interview with ctrl+c on the summary. It is finished: the report is
// written as enter writes it when no file has its name (or with --force); a file of that name
// is kept as it is, unless the user chose to replace it, and the command line then says how
// to write the report (Session.QuitOnSummary).
func (m *Model) quitSummary() tea.Cmd {
	if m.target.path != "" {
		m.s.ReportPath = m.target.path
	}
	m.s.QuitOnSummary = true
	return m.finish()
}

// What ctrl+c does on the summary (quitSummary), as the key help says.
const (
	quitWrites  = iota + 1 // write the report, as enter does, and end
	quitKeeps              // end without writing: a file has the report's name
	quitPending            // the report is still being rendered: write it if no file has its name
)

// quitDoes says what ctrl+c does on the summary; 0 elsewhere.
func (m *Model) quitDoes() int {
	switch {
	case m.state != stateSummary:
		return 0
	case m.result == nil:
		return quitPending
	case m.target.exists && !m.opt.Force:
		return quitKeeps
	}
	return quitWrites
}

// summaryKeys lists the keys of the summary, ctrl+c named for what it does (quitDoes).
func (m *Model) summaryKeys() []key.Binding {
	k, c := m.keys(), m.t()
	quit := k.Quit // a copy
	switch m.quitDoes() {
	case quitPending:
		quit.SetHelp("ctrl+c", c.keyQuitPending)
		return []key.Binding{quit, k.Back}
	case quitKeeps:
		quit.SetHelp("ctrl+c", c.keyQuitKeep)
		if m.target.asking { // the keys that answer are on the question's line
			return []key.Binding{quit}
		}
		return []key.Binding{k.Write, quit, k.Up, k.Back, k.Top}
	}
	write := k.Write
	write.SetHelp("enter/ctrl+c", c.keyWrite)
	return []key.Binding{write, k.Up, k.Back, k.Top}
}

// finish ends a completed interview; the caller writes the report.
func (m *Model) finish() tea.Cmd {
	m.Finished = true
	m.state = stateDone
	return tea.Quit
}

// summaryView draws the score, the question whether to replace an existing report or where
// the report goes, and the report preview, then the keys.
func (m *Model) summaryView() string {
	help := m.helpView()
	lines := append(m.summaryHeader(), strings.Split(m.preview.View(), "\n")...)
	return strings.Join(fit(lines, m.height-lipgloss.Height(help)), "\n") + "\n" + help
}

// summaryHeader draws what the summary shows above the preview: the title, the score, and the
// question whether to replace an existing report or where the report goes, each in full.
func (m *Model) summaryHeader() []string {
	lines := []string{m.st.Title.Render(truncate(m.summaryTitle(), m.width))}
	for _, l := range summaryLinesFor(m.result) {
		lines = append(lines, wrapLines(l, m.width)...)
	}
	t := m.target
	switch {
	case m.result == nil:
		lines = append(lines, m.st.Faint.Render(m.t().rendering))
	case t.asking:
		keys := m.t().replaceKey
		if t.free != "" {
			keys += msgf(m.t().writeInstead, t.free)
		}
		lines = append(lines, wrap(m.st.Error, msgf(m.t().exists, t.path), m.width, 0)...)
		lines = append(lines, wrap(m.st.Error, keys+m.t().cancelKey, m.width, 0)...)
	case t.path != "" && t.path != "-":
		lines = append(lines, wrap(m.st.Faint, msgf(m.t().previewTo, t.path), m.width, 0)...)
	default:
		lines = append(lines, wrap(m.st.Faint, m.t().preview, m.width, 0)...)
	}
	return lines
}

// previewWidth is the width the report preview is drawn at: the viewport's, less its frame.
func (m *Model) previewWidth() int {
	return m.preview.Width() - m.preview.Style.GetHorizontalFrameSize()
}

// summaryTitle says whose assessment is complete, or that it is a draft.
func (m *Model) summaryTitle() string {
	vendor, c := m.s.File.Assessment.Vendor, m.t()
	switch {
	case m.result != nil && !m.result.Complete && vendor != "":
		return msgf(c.draft, vendor)
	case m.result != nil && !m.result.Complete:
		return c.draftNoVendor
	case vendor != "":
		return msgf(c.complete, vendor)
	}
	return c.completeNoVendor
}

// summaryLinesFor is the score summary, or nothing before the result is known.
func summaryLinesFor(r *scoring.Result) []string {
	if r == nil {
		return nil
	}
	return interview.SummaryLines(r)
}

// onRendered shows the rendered report in the preview.
func (m *Model) onRendered(msg renderedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.status = msgf(m.t().couldNotRender, msg.err.Error())
		return m, nil
	}
	m.result = msg.result
	m.target = msg.target
	m.preview.SetContent(msg.preview)
	m.resize()
	return m, nil
}
