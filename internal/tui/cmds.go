package tui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/report"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/vendorcheck/vendorcheck/internal/tui/preview"
)

// saver writes snapshots of the answers file in order: a snapshot older than one already
// written is dropped, so saves that run out of order never replace newer answers.
type saver struct {
	mu   sync.Mutex
	last int
}

// save writes the snapshot numbered seq unless a newer one was written: through the store
// when there is one (see Session.Store), else to path. moved is the new name the store chose
// when the file had changed on disk.
func (sv *saver) save(seq int, st *assessment.Store, path string, f *assessment.File, qn *questionnaire.Questionnaire) (moved string, err error) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if seq < sv.last {
		return "", nil
	}
	sv.last = seq
	if st != nil {
		return st.Save(f, qn)
	}
	return "", assessment.Save(path, f, qn)
}

// savedMsg reports the outcome of a save.
type savedMsg struct {
	seq   int
	moved string // the new name of the answers file, when the old one had changed on disk
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
	m.seq++
	seq, st, path, f, qn, sv := m.seq, m.s.Store, m.s.Path, m.s.snapshot(), m.s.QN, m.saver
	return func() tea.Msg {
		moved, err := sv.save(seq, st, path, f, qn)
		return savedMsg{seq: seq, moved: moved, err: err}
	}
}

// nameCmd names the answers file of a new interview, holds it (assessment.OpenStore) and saves
// it for the first time.
func (m *Model) nameCmd() tea.Cmd {
	m.seq++
	seq, st, path, f, qn, sv, pathFor := m.seq, m.s.Store, m.s.Path, m.s.snapshot(), m.s.QN, m.saver, m.opt.PathFor
	return func() tea.Msg {
		if path == "" {
			if pathFor == nil {
				return pathMsg{err: errNoPath}
			}
			var err error
			if path, err = pathFor(f); err != nil {
				return pathMsg{err: err}
			}
			if st, err = assessment.OpenStore(path, f, false); err != nil {
				return pathMsg{err: err}
			}
		}
		moved, err := sv.save(seq, st, path, f, qn)
		if moved != "" {
			path = moved
		}
		return pathMsg{path: path, store: st, err: err}
	}
}

// renderCmd scores the answers and renders the report and its preview at the given width.
func (m *Model) renderCmd(width int) tea.Cmd {
	f, qn, path, reportPath := m.s.snapshot(), m.s.QN, m.s.Path, m.opt.ReportPath
	look := preview.Options{Width: width, Dark: m.isDark, Plain: m.plain}
	return func() tea.Msg {
		md, r, err := renderReport(qn, f, path)
		if err != nil {
			return renderedMsg{err: err}
		}
		blocks, err := report.Blocks(r, report.Options{EvidenceDir: filepath.Dir(path)})
		if err != nil {
			return renderedMsg{err: err}
		}
		var target reportTarget
		if reportPath != nil {
			target = findTarget(reportPath(path))
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
