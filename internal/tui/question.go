package tui

import (
	"errors"
	"slices"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// The fields of the question screen, in tab order.
const (
	fieldAnswer = iota
	fieldNote
	fieldEvidence
	fieldSource
	fieldCount
)

// evidenceSeps are the characters that separate the items of the evidence field.
const evidenceSeps = ",;"

// sources are the choices of the source field; the first means "not said".
var sources = []string{"", assessment.SourceStated, assessment.SourceDocumented, assessment.SourceVerified}

// questionForm is the editable state of one question screen: the option cursor and ticks, the
// text of a date or text answer, and the note, evidence and source fields.
type questionForm struct {
	q        *questionnaire.Question
	cursor   int
	ticked   map[int]bool
	value    textinput.Model
	note     textinput.Model
	evidence textinput.Model
	source   int
	focus    int
	err      string
}

// newQuestionForm fills a form from the question's current answer (nil for none).
func newQuestionForm(q *questionnaire.Question, a *assessment.Answer, width int) questionForm {
	f := questionForm{q: q, ticked: map[int]bool{}}
	f.value = newInput("", width)
	f.note = newInput("Note", width)
	f.evidence = newInput("Documents or files, separated by , or ;", width)
	if a != nil {
		for i, o := range q.Options {
			if o.ID == a.Choice {
				f.cursor = i
			}
			for _, id := range a.Choices {
				if o.ID == id {
					f.ticked[i] = true
				}
			}
		}
		f.value.SetValue(a.Date + a.Text)
		f.note.SetValue(a.Note)
		f.evidence.SetValue(strings.Join(a.Evidence, "; "))
		for i, s := range sources {
			if s == a.Source {
				f.source = i
			}
		}
	}
	if q.Kind == questionnaire.KindDate {
		f.value.Placeholder = "YYYY-MM-DD"
	}
	f.setFocus(fieldAnswer)
	return f
}

// newInput makes a one-line text field.
func newInput(placeholder string, width int) textinput.Model {
	t := textinput.New()
	t.Prompt = ""
	t.Placeholder = placeholder
	t.CharLimit = 2000
	t.SetWidth(max(width, 10))
	st := t.Styles()
	st.Cursor.Blink = false // a steady cursor: no timer ticks, no redraws while idle
	t.SetStyles(st)
	return t
}

// typed reports whether the answer is typed (date, text) rather than picked from options.
func (f *questionForm) typed() bool { return !f.q.HasOptions() }

// setFocus moves the focus to a field, blurring the others.
func (f *questionForm) setFocus(n int) {
	f.focus = n
	f.value.Blur()
	f.note.Blur()
	f.evidence.Blur()
	switch n {
	case fieldAnswer:
		if f.typed() {
			f.value.Focus()
		}
	case fieldNote:
		f.note.Focus()
	case fieldEvidence:
		f.evidence.Focus()
	}
}

// setWidth resizes the text fields.
func (f *questionForm) setWidth(w int) {
	for _, t := range []*textinput.Model{&f.value, &f.note, &f.evidence} {
		t.SetWidth(max(w, 10))
	}
}

// update handles a key that is not one of the interview's own keys.
func (f *questionForm) update(msg tea.KeyPressMsg) tea.Cmd {
	f.err = ""
	if msg.String() == "tab" {
		f.setFocus((f.focus + 1) % fieldCount)
		return nil
	}
	var cmd tea.Cmd
	switch f.focus {
	case fieldAnswer:
		if f.typed() {
			f.value, cmd = f.value.Update(msg)
			return cmd
		}
		f.moveOption(msg.String())
	case fieldNote:
		f.note, cmd = f.note.Update(msg)
	case fieldEvidence:
		f.evidence, cmd = f.evidence.Update(msg)
	case fieldSource:
		switch msg.String() {
		case "left", "h":
			f.source = (f.source + len(sources) - 1) % len(sources)
		case "right", "l", "space":
			f.source = (f.source + 1) % len(sources)
		}
	}
	return cmd
}

// moveOption moves the option cursor, ticks a multi option, or picks an option by its number.
func (f *questionForm) moveOption(k string) {
	n := len(f.q.Options)
	switch k {
	case "up", "k":
		f.cursor = (f.cursor + n - 1) % n
	case "down", "j":
		f.cursor = (f.cursor + 1) % n
	case "space", "x":
		if f.q.Kind == questionnaire.KindMulti {
			f.ticked[f.cursor] = !f.ticked[f.cursor]
		}
	default:
		if len(k) == 1 && k[0] >= '1' && k[0] <= '9' && int(k[0]-'1') < n {
			f.cursor = int(k[0] - '1')
			if f.q.Kind == questionnaire.KindMulti {
				f.ticked[f.cursor] = !f.ticked[f.cursor]
			}
		}
	}
}

// answer builds the answer the form holds; errSkip when nothing was given.
func (f *questionForm) answer() (*assessment.Answer, error) {
	a := &assessment.Answer{}
	switch f.q.Kind {
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		a.Choice = f.q.Options[f.cursor].ID
	case questionnaire.KindMulti:
		for i, o := range f.q.Options {
			if f.ticked[i] {
				a.Choices = append(a.Choices, o.ID)
			}
		}
		if len(a.Choices) == 0 {
			return nil, errors.New("tick at least one option with space, or press ctrl+u for unknown")
		}
	case questionnaire.KindDate:
		v := strings.TrimSpace(f.value.Value())
		if v == "" {
			return nil, errSkip
		}
		if err := checkDate(v); err != nil {
			return nil, err
		}
		a.Date = v
	default:
		a.Text = strings.TrimSpace(f.value.Value())
		if a.Text == "" {
			return nil, errSkip
		}
	}
	return f.extras(a), nil
}

// extras adds the note, evidence and source to an answer.
func (f *questionForm) extras(a *assessment.Answer) *assessment.Answer {
	a.Note = strings.TrimSpace(f.note.Value())
	a.Evidence = splitList(f.evidence.Value(), evidenceSeps)
	a.Source = sources[f.source]
	return a
}

// kept is the answer to record when the question is left without being answered: the current
// answer (nil for none) with the note, evidence and source as typed and, when withValue, a valid
// typed date or text. It is nil when nothing differs from the current answer.
func (f *questionForm) kept(old *assessment.Answer, withValue bool) *assessment.Answer {
	a := &assessment.Answer{}
	if old != nil {
		c := *old
		a = &c
	}
	if v := strings.TrimSpace(f.value.Value()); withValue && f.typed() && v != "" {
		switch {
		case f.q.Kind == questionnaire.KindDate && checkDate(v) == nil:
			*a = assessment.Answer{Date: v, By: a.By}
		case f.q.Kind != questionnaire.KindDate:
			*a = assessment.Answer{Text: v, By: a.By}
		}
	}
	f.extras(a)
	if sameAnswer(a, old) {
		return nil
	}
	return a
}

// sameAnswer reports whether two answers (nil for none) say the same; who and when are ignored.
func sameAnswer(a, b *assessment.Answer) bool {
	if a == nil || b == nil {
		empty := func(x *assessment.Answer) bool {
			return x == nil || !x.Answered() && x.Note == "" && len(x.Evidence) == 0 && x.Source == ""
		}
		return empty(a) && empty(b)
	}
	return a.Choice == b.Choice && slices.Equal(a.Choices, b.Choices) && a.Date == b.Date && a.Text == b.Text &&
		a.Unknown == b.Unknown && a.NA == b.NA && a.Note == b.Note && slices.Equal(a.Evidence, b.Evidence) && a.Source == b.Source
}
