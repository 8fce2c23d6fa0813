package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// questionKey handles a key on a question screen. Shift+tab is both Back and PrevField: on the
// answer it goes back a question, on the other fields to the previous field.
func (m *Model) questionKey(msg tea.KeyPressMsg) tea.Cmd {
	q := m.s.Question(m.cur)
	switch {
	case key.Matches(msg, m.keys().Next):
		a, err := m.form.answer()
		if errors.Is(err, errSkip) {
			cmd := m.keep(false)
			m.goTo(m.s.Next(m.cur))
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

// commit records the answer to the current question, saves, and moves to the next question
// visible with the new answers.
func (m *Model) commit(a *assessment.Answer) tea.Cmd {
	q := m.s.Question(m.cur)
	old := m.s.Answer(q.ID)
	if sameAnswer(a, old) && old.Answered() {
		m.goTo(m.s.Next(m.cur))
		return nil
	}
	if old != nil {
		a.By = old.By
	}
	m.s.SetAnswer(q.ID, a)
	m.status = msgf(m.t().saved, describe(m.t(), q, a))
	cmd := m.saveCmd()
	m.goTo(m.s.Next(m.cur))
	return cmd
}

// goTo shows question i, or the review after the last question.
func (m *Model) goTo(i int) {
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
// location, a short prompt and a blank line, and above an error line.
func (m *Model) formRoom() int { return m.bodyHeight(m.helpView()) - 9 }

// questionView draws the current question: where it is, the prompt, help, evidence and
// references, then the form with the answer and the note, evidence and source fields.
func (m *Model) questionView(w, h int) []string {
	q := m.s.Question(m.cur)
	where := sectionTitle(m.t(), q.Section)
	if a := m.s.Answer(q.ID); a.Answered() {
		where += msgf(m.t().answeredAs, describe(m.t(), q, a))
	}
	top := []string{m.st.Faint.Render(truncate(where, w))}
	top = append(top, wrap(m.st.Prompt, q.Prompt, w, 4)...)
	var info []string
	for _, line := range questionDetails(m.t(), m.s.QN, q) {
		info = append(info, wrap(m.st.Faint, line, w, 3)...)
	}
	bottom := append([]string{""}, strings.Split(m.form.view(), "\n")...)
	if m.form.err != "" {
		bottom = append(bottom, m.st.Error.Render(truncate(m.form.err, w)))
	}
	room := h - len(top) - len(bottom)
	if room < len(info) {
		info = info[:max(room, 0)]
	}
	return append(append(top, info...), bottom...)
}
