package tui

import (
	"fmt"
	"math"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Draft is an answers file the start screen offers to resume.
type Draft struct {
	Path, Vendor, Date string
}

// resumedMsg carries the session of a draft chosen on the start screen.
type resumedMsg struct {
	s   *Session
	err error
}

// offersStart reports whether a new interview begins on the start screen.
func (m *Model) offersStart() bool {
	return m.opt.AskDetails && len(m.opt.Questionnaires)+len(m.opt.Drafts) > 0
}

// openStart shows the start screen with the session's questionnaire selected.
func (m *Model) openStart() {
	m.state = stateStart
	m.list = 0
	for i, qn := range m.opt.Questionnaires {
		if qn.ID == m.s.QN.ID && qn.Language == m.s.QN.Language {
			m.list = i
		}
	}
}

// startKey handles a key on the start screen: enter chooses a questionnaire (then the details)
// or resumes a draft.
func (m *Model) startKey(msg tea.KeyPressMsg) tea.Cmd {
	qs, n := m.opt.Questionnaires, len(m.opt.Questionnaires)+len(m.opt.Drafts)
	switch {
	case m.keys().moveCursor(msg, &m.list, n):
	case key.Matches(msg, m.keys().Next) && m.list < len(qs):
		if qn := qs[m.list]; qn != m.s.QN {
			details := m.s.File.Assessment
			*m.s = *NewSession(qn, assessment.NewFile(qn, details), m.s.Path)
		}
		m.state = stateDetails
		m.details = newDetailsForm(&m.s.File.Assessment, m.t(), m.opt.Today, m.mainWidth(), m.isDark, m.plain)
	case key.Matches(msg, m.keys().Next) && m.opt.Resume != nil:
		path, resume := m.opt.Drafts[m.list-len(qs)].Path, m.opt.Resume
		m.status = msgf(m.t().opening, path)
		return func() tea.Msg {
			s, err := resume(path)
			return resumedMsg{s: s, err: err}
		}
	}
	return nil
}

// onResumed continues the chosen draft at its first open question.
func (m *Model) onResumed(msg resumedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.status = msgf(m.t().cannotResume, msg.err.Error())
		return m, nil
	}
	*m.s = *msg.s
	m.status = msgf(m.t().resumed, m.s.Path)
	m.goTo(m.s.FirstOpen())
	return m, nil
}

// startView draws the start screen: the built-in questionnaires, each with its title on one
// line and its language, id, number of questions and the time it takes on the next, then the
// drafts found here.
func (m *Model) startView(w, h int) []string {
	type entry struct {
		lines   []string
		heading string
	}
	var entries []entry
	for i, qn := range m.opt.Questionnaires {
		// The count is every question, as list and the progress bar count them; the estimate is
		// for those asked before any answer hides or shows others.
		about := msgf(m.t().estimate, qn.Language, qn.ID, len(qn.Questions()), estimateMinutes(askedAtFirst(qn), m.opt.Pace))
		e := entry{lines: []string{qn.Title, about}}
		if i == 0 {
			e.heading = m.t().chooseQuestionnaire
		}
		entries = append(entries, e)
	}
	for i, d := range m.opt.Drafts {
		vendor := d.Vendor
		if vendor == "" {
			vendor = m.t().noVendor
		}
		e := entry{lines: []string{fmt.Sprintf("%s · %s · %s", vendor, d.Date, d.Path)}}
		if i == 0 {
			e.heading = m.t().resumeDraft
		}
		entries = append(entries, e)
	}
	var lines []string
	from, to := window(len(entries), m.list, (h-4)/2)
	for i := from; i < to; i++ {
		if entries[i].heading != "" {
			lines = append(lines, m.st.Heading.Render(entries[i].heading))
		}
		for j, text := range entries[i].lines {
			text = truncate(text, w-2)
			switch {
			case j > 0:
				lines = append(lines, "  "+m.st.Faint.Render(text))
			case i == m.list:
				lines = append(lines, m.st.Current.Render("❯ "+text))
			default:
				lines = append(lines, "  "+text)
			}
		}
	}
	return append(lines, "", m.st.Faint.Render(truncate(m.t().startKeys, w)))
}

// askedAtFirst counts the questions a new interview of qn asks before any answer: those whose
// conditions hold with no answers.
func askedAtFirst(qn *questionnaire.Questionnaire) int {
	n := 0
	for _, visible := range scoring.Visibility(qn, map[string]*assessment.Answer{}) {
		if visible {
			n++
		}
	}
	return n
}

// defaultPace is the time a question takes when no answers file here says otherwise: reading
// it, asking and noting the answer.
const defaultPace = 45 * time.Second

// estimateMinutes is how long n questions take at the pace (defaultPace when 0), in minutes,
// rounded to 5 minutes (at least 5).
func estimateMinutes(n int, pace time.Duration) int {
	if pace <= 0 {
		pace = defaultPace
	}
	return max(int(math.Round(float64(n)*pace.Minutes()/5))*5, 5)
}

// Pace measures how long a question takes from the times recorded in answers files: the median
// of the gaps between answers given one after the other, ignoring breaks of more than 15
// minutes. It is 0 when the files hold fewer than 10 such gaps.
func Pace(files []*assessment.File) time.Duration {
	var gaps []time.Duration
	for _, f := range files {
		var times []time.Time
		for _, a := range f.Answers {
			if at, err := time.Parse(time.RFC3339, a.At); err == nil {
				times = append(times, at)
			}
		}
		slices.SortFunc(times, time.Time.Compare)
		for i := 1; i < len(times); i++ {
			if gap := times[i].Sub(times[i-1]); gap > 0 && gap <= 15*time.Minute {
				gaps = append(gaps, gap)
			}
		}
	}
	if len(gaps) < 10 {
		return 0
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/2]
}
