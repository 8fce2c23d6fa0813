package tui

import (
	"errors"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// questionKey handles a key on a question screen. Shift+tab is both Back and PrevField: on the
// answer it goes back a question, on the other fields to the previous field.
func (m *Model) questionKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.reading {
		m.readerKey(msg)
		return nil
	}
	q := m.s.Question(m.cur)
	switch {
	case key.Matches(msg, m.keys().Next):
		a, err := m.form.answer()
		if errors.Is(err, errSkip) { // nothing chosen: record nothing but what was typed
			cmd := m.keep(false)
			m.advance()
			return cmd
		}
		if err != nil {
			m.form.err = err.Error()
			return nil
		}
		return m.commit(a)
	case key.Matches(msg, m.keys().PrevField) && m.form.focus() != fieldAnswer:
		m.form.update(msg) // the previous field; on the answer, shift+tab goes back a question
		return nil
	case key.Matches(msg, m.keys().Back):
		cmd := m.keep(true)
		m.back()
		return cmd
	case key.Matches(msg, m.keys().Skip):
		cmd := m.keep(false)
		m.goTo(m.s.Next(m.cur))
		return cmd
	case key.Matches(msg, m.keys().Unknown):
		return m.commit(m.form.extras(&assessment.Answer{Unknown: true}))
	case key.Matches(msg, m.keys().NA):
		if !q.AllowNA {
			m.form.err = m.t().noNA
			return nil
		}
		return m.commit(m.form.extras(&assessment.Answer{NA: true}))
	case key.Matches(msg, m.keys().Sections):
		cmd := m.keep(true)
		m.openPicker()
		return cmd
	case key.Matches(msg, m.keys().Review):
		cmd := m.keep(true)
		m.openReview()
		return cmd
	case key.Matches(msg, m.keys().Cancel) && m.fromReview:
		cmd := m.keep(true)
		m.backToReview()
		return cmd
	case key.Matches(msg, m.keys().Read) && len(m.info()) > 0:
		m.reading, m.readTop = true, 0
		return nil
	}
	m.form.update(msg)
	return nil
}

// keep records what was typed on the question screen before it is left without an answer
// (back, skip, a jump, quitting), so that no note, evidence or source is lost, and saves it.
// withValue also keeps a valid typed date or text; skipping leaves the answer as it was.
func (m *Model) keep(withValue bool) tea.Cmd {
	if m.state != stateQuestion {
		return nil
	}
	q := m.s.Question(m.cur)
	a := m.form.kept(m.s.Answer(q.ID), withValue)
	if a == nil {
		return nil
	}
	m.s.SetAnswer(q.ID, a)
	m.status = msgf(m.t().keptTyped, truncate(q.Prompt, 40))
	return m.saveCmd()
}

// commit records the answer to the current question, saves, and moves on (see advance); an
// answer given before and not changed just moves to the next visible question.
func (m *Model) commit(a *assessment.Answer) tea.Cmd {
	q := m.s.Question(m.cur)
	old := m.s.Answer(q.ID)
	if sameAnswer(a, old) && old.Answered() && !old.Carried { // a carried answer is confirmed below
		if m.fromReview {
			m.backToReview()
		} else {
			m.goTo(m.s.Next(m.cur))
		}
		return nil
	}
	if old != nil {
		a.By = old.By
	}
	m.s.SetAnswer(q.ID, a)
	m.status = msgf(m.t().saved, describe(m.t(), q, a))
	cmd := m.saveCmd()
	m.advance()
	return cmd
}

// advance leaves a question answered or skipped with enter: back to the review when the
// question was opened from it; otherwise on to the next question still unanswered, or to the
// review when none is left after this one.
func (m *Model) advance() {
	if m.fromReview {
		m.backToReview()
		return
	}
	m.goTo(m.s.NextOpen(m.cur))
}

// goTo shows question i, or the review after the last question.
func (m *Model) goTo(i int) {
	m.fromReview, m.reading, m.begun = false, false, true
	if i >= len(m.s.Questions()) {
		m.openReview()
		return
	}
	m.state = stateQuestion
	m.cur = i
	q := m.s.Question(i)
	m.form = newQuestionForm(q, m.s.Answer(q.ID), m.t(), m.mainWidth(), m.formRoom(), m.isDark, m.plain)
}

// back shows the previous visible question, or the details before the first one.
func (m *Model) back() {
	if i := m.s.Prev(m.cur); i >= 0 {
		m.goTo(i)
		return
	}
	m.state = stateDetails
	m.form = nil
	m.details = newDetailsForm(&m.s.File.Assessment, m.t(), m.opt.Today, m.mainWidth(), m.isDark, m.plain)
}

// formRoom is the number of lines the question screen gives its form: what is left below the
// location and the prompt, the start of the help (or an error) and the spacer above the form.
func (m *Model) formRoom() int {
	return m.bodyHeight(m.helpView()) - len(m.questionTop(m.mainWidth())) - infoLeast - len(spacer)
}

// infoLeast is the fewest lines of the question's help (or of an error) shown above the form.
const infoLeast = 2

// questionTop draws where the question is (its section, and its answer) and its prompt in full.
func (m *Model) questionTop(w int) []string {
	q := m.s.Question(m.cur)
	where := sectionTitle(m.t(), q.Section)
	a := m.s.Answer(q.ID)
	if a.Answered() && !a.Carried {
		where += msgf(m.t().answeredAs, describe(m.t(), q, a))
	}
	top := []string{m.st.Faint.Render(truncate(where, w))}
	if a.Answered() && a.Carried { // in full: the answer to confirm or change
		top = append(top, wrap(m.st.Selected, carriedText(m.t(), m.s, m.t().cr.carriedAs, q, a), w, 0)...)
	}
	return append(top, wrap(m.st.Prompt, q.Prompt, w, 0)...)
}

// info draws the question's help, evidence to ask for and references in full, paragraphs
// reflowed, at the width of the main pane; on the first question of a section, the section's
// description before them. The lines are kept until the question or the width changes.
func (m *Model) info() []string {
	q, w := m.s.Question(m.cur), m.mainWidth()
	if c := &m.infoCache; c.q != q || c.width != w || c.dark != m.isDark {
		c.q, c.width, c.dark, c.lines = q, w, m.isDark, nil
		details := questionDetails(m.t(), m.s.QN, q)
		if sec := q.Section; sec != nil && strings.TrimSpace(sec.Description) != "" && m.s.SectionStart(sec) == m.cur {
			details = append([]string{m.t().aboutSection + strings.TrimSpace(sec.Description)}, details...)
		}
		for _, d := range details {
			for _, para := range paragraphs(d) {
				c.lines = append(c.lines, wrap(m.st.Faint, para, w, 0)...)
			}
		}
	}
	return m.infoCache.lines
}

// questionView draws the current question: where it is, the prompt, as much of the help,
// evidence and references as fits (the rest on a key), any error in full, then the form with
// the answer and the note, evidence and source fields.
func (m *Model) questionView(w, h int) []string {
	if m.reading {
		return m.readerView(h)
	}
	top := m.questionTop(w)
	var errs []string
	if m.form.err != "" {
		errs = wrap(m.st.Error, m.form.err, w, 0)
	}
	form := append(slices.Clone(spacer), strings.Split(m.form.view(), "\n")...)
	info := m.info()
	if room := h - len(top) - len(errs) - len(form); len(info) > room {
		keep := max(room-1, 0) // and a line that says how many more there are
		more := m.st.Faint.Render(truncate(msgf(m.t().moreInfo, len(info)-keep, m.keys().Read.Help().Key), w))
		info = append(info[:keep:keep], more)
	}
	return append(append(append(top, info...), errs...), form...)
}

// infoCut reports whether the help, evidence and references of the question do not fit above
// the form with a one-line key help (the key help itself depends on this: helpView).
func (m *Model) infoCut() bool {
	if m.form == nil {
		return false
	}
	return len(m.info()) > m.bodyHeight(oneLine)-len(m.questionTop(m.mainWidth()))-len(spacer)-m.form.height()
}

// oneLine stands for a key help of one line, to measure the layout before it is drawn.
const oneLine = ""
