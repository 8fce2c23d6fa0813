package tui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/report"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/vendorcheck/vendorcheck/internal/tui/preview"
)

// savedMsg reports the outcome of a save.
type savedMsg struct {
	s     *interview.Session // the session saved
	moved string             // the new name of the answers file, when the old one had changed on disk
	err   error
}

// pathMsg reports the answers file chosen for a new interview and its first save.
type pathMsg struct {
	path  string
	store *assessment.Store // the file, held for this interview
	err   error
}

// renderedMsg carries the report and its preview, and where the report file would go.
type renderedMsg struct {
	markdown []byte
	preview  string
	result   *scoring.Result
	target   reportTarget
	err      error
}

// reportTarget is where the report file goes at the end, and what to do when it exists.
type reportTarget struct {
	path   string // the report file; empty when not known
	exists bool   // a file of that name exists already
	free   string // a name not taken, such as x-2.report.md, when it exists
	asking bool   // the summary asks whether to replace it
}

// saveCmd saves a snapshot of the answers in a command.
func (m *Model) saveCmd() tea.Cmd {
	if m.s.Path == "" {
		return nil
	}
	s, snap := m.s, m.s.Snapshot()
	return func() tea.Msg {
		moved, err := snap.Save()
		return savedMsg{s: s, moved: moved, err: err}
	}
}

// nameCmd names the answers file of a new interview, holds it (assessment.OpenStore) and saves
// it for the first time.
func (m *Model) nameCmd() tea.Cmd {
	snap, pathFor := m.s.Snapshot(), m.opt.PathFor
	return func() tea.Msg {
		if snap.Path == "" {
			if pathFor == nil {
				return pathMsg{err: errNoPath}
			}
			path, err := pathFor(snap.File)
			if err != nil {
				return pathMsg{err: err}
			}
			st, err := assessment.OpenStore(path, snap.File, false)
			if err != nil {
				return pathMsg{err: err}
			}
			snap.Path, snap.Store = path, st
		}
		moved, err := snap.Save()
		if moved != "" {
			snap.Path = moved
		}
		return pathMsg{path: snap.Path, store: snap.Store, err: err}
	}
}

// renderCmd scores the answers and renders the report and its preview at the given width.
func (m *Model) renderCmd(width int) tea.Cmd {
	snap, reportPath := m.s.Snapshot(), m.opt.ReportPath
	look := preview.Options{Width: width, Dark: m.isDark, Plain: m.plain}
	return func() tea.Msg {
		md, r, err := snap.Report()
		if err != nil {
			return renderedMsg{err: err}
		}
		blocks, err := report.Blocks(r, snap.ReportOptions())
		if err != nil {
			return renderedMsg{err: err}
		}
		var target reportTarget
		if reportPath != nil {
			target = findTarget(reportPath(snap.Path))
		}
		return renderedMsg{markdown: md, preview: preview.Render(blocks, look), result: r, target: target}
	}
}

// findTarget looks whether the report file exists and, if so, finds a free name beside it by
// adding -2, -3, … before its extension.
func findTarget(path string) reportTarget {
	t := reportTarget{path: path}
	if _, err := os.Lstat(path); path == "" || path == "-" || err != nil {
		return t
	}
	t.exists = true
	stem, ext := path, filepath.Ext(path)
	if strings.HasSuffix(path, ".report.md") {
		ext = ".report.md"
	}
	stem = strings.TrimSuffix(stem, ext)
	for n := 2; n < 1000; n++ {
		name := fmt.Sprintf("%s-%d%s", stem, n, ext)
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			t.free = name
			break
		}
	}
	return t
}
