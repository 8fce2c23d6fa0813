package tui

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// The keys of the fields of the question screen's form, in tab order.
const (
	fieldAnswer   = "answer"
	fieldNote     = "note"
	fieldEvidence = "evidence"
	fieldSource   = "source"
)

// listSeps separate the items of a list typed by the user: the comma, and the full-width comma
// and the enumeration comma that Chinese input methods type.
const listSeps = ",，、"

// evidenceSeps separate the items of the evidence field: the list separators and semicolons.
const evidenceSeps = listSeps + ";；"

// sources are the choices of the source field; the first means "not said".
var sources = []string{"", assessment.SourceStated, assessment.SourceDocumented, assessment.SourceVerified}

// questionForm is the editable state of one question screen: a small Huh form (see editor)
// whose fields are bound to the values below: the answer (an option, ticked options, or typed
// text), the note, the evidence and the source. The interview owns the flow (enter, back,
// unknown, jumps); the form only edits.
type questionForm struct {
	q    *questionnaire.Question
	msgs *messages
	ed   *editor

	choice   string
	choices  []string
	value    string
	note     string
	evidence string
	source   string

	width, room int
	err         string
}

// newQuestionForm fills a form from the question's current answer (nil for none), sized to
// width cells and at most room lines.
func newQuestionForm(q *questionnaire.Question, a *assessment.Answer, msgs *messages, width, room int, isDark, plain bool) *questionForm {
	f := &questionForm{q: q, msgs: msgs, width: width, room: room}
	if a != nil {
		f.choice = a.Choice
		f.choices = slices.Clone(a.Choices)
		f.value = a.Date + a.Text
		f.note = a.Note
		f.evidence = strings.Join(a.Evidence, "; ")
		f.source = a.Source
	}
	if f.choice == "" && q.HasOptions() {
		f.choice = q.Options[0].ID
	}
	f.ed = newEditor(f.group, []string{fieldAnswer, fieldNote, fieldEvidence, fieldSource}, max(width, 20), isDark, plain, fieldAnswer)
	return f
}

// group makes the fields of the form from the bound values.
func (f *questionForm) group() *huh.Group {
	q := f.q
	var answer huh.Field
	switch {
	case q.Kind == questionnaire.KindMulti:
		answer = huh.NewMultiSelect[string]().Key(fieldAnswer).Options(f.options()...).Value(&f.choices).
			Height(f.optionsHeight())
	case q.HasOptions():
		answer = huh.NewSelect[string]().Key(fieldAnswer).Options(f.options()...).Value(&f.choice).
			Height(f.optionsHeight())
	default:
		in := textField(fieldAnswer, f.label(f.msgs.answerLabel), &f.value)
		if q.Kind == questionnaire.KindDate {
			in.Title(f.label(f.msgs.dateLabel)).Placeholder("YYYY-MM-DD")
		}
		answer = in
	}
	// Huh draws an inline select's title on a line of its own: the label goes into the
	// options instead, so that the source takes one line like the note and the evidence.
	srcOpts := make([]huh.Option[string], len(sources))
	for i, s := range sources {
		srcOpts[i] = huh.NewOption(f.label(f.msgs.sourceLabel)+"‹ "+f.msgs.sourceName(s)+" ›", s)
	}
	return huh.NewGroup(answer,
		textField(fieldNote, f.label(f.msgs.noteLabel), &f.note),
		textField(fieldEvidence, f.label(f.msgs.evidenceLabel), &f.evidence).Placeholder(f.msgs.evidenceHint),
		huh.NewSelect[string]().Key(fieldSource).Inline(true).Options(srcOpts...).Value(&f.source),
	)
}

// options turns the question's options into Huh options labelled with their numbers and cut to
// one line: a selector, a tick box and the form's border take 10 cells.
func (f *questionForm) options() []huh.Option[string] {
	opts := make([]huh.Option[string], len(f.q.Options))
	for i, o := range f.q.Options {
		opts[i] = huh.NewOption(truncate(strconv.Itoa(i+1)+". "+o.Label, f.width-10), o.ID)
	}
	return opts
}

// optionsHeight is the number of options shown at once, scrolling when they do not all fit the
// room left by the note, evidence and source fields; 0 shows them all.
func (f *questionForm) optionsHeight() int {
	if room := max(f.room-3, 2); len(f.q.Options) > room {
		return room
	}
	return 0
}

// label pads a field label so that the inline fields line up.
func (f *questionForm) label(s string) string {
	return pad(s, labelWidth)
}

// labelWidth is the width of the labels of the inline fields, space included.
const labelWidth = 11

// setSize resizes the form.
func (f *questionForm) setSize(width, room int) {
	if f == nil || width == f.width && room == f.room {
		return
	}
	f.width, f.room = width, room
	f.ed.resize(max(width, 20))
}

// setDark restyles the form for a dark or light background.
func (f *questionForm) setDark(isDark bool) {
	if f == nil {
		return
	}
	f.ed.setDark(isDark)
}

// focus is the key of the focused field.
func (f *questionForm) focus() string { return f.ed.focus() }

// typed reports whether the answer is typed (date, text) rather than picked from options.
func (f *questionForm) typed() bool { return !f.q.HasOptions() }

// typing reports whether keys go to a text field.
func (f *questionForm) typing() bool {
	k := f.focus()
	return k == fieldNote || k == fieldEvidence || k == fieldAnswer && f.typed()
}

// update handles a key that is not one of the interview's own keys. Tab cycles through the
// fields; a digit picks (or ticks) that option.
func (f *questionForm) update(msg tea.KeyPressMsg) {
	f.err = ""
	keys := f.msgs.keys()
	switch {
	case key.Matches(msg, keys.Field):
		f.ed.move(1)
	case key.Matches(msg, keys.PrevField):
		f.ed.move(-1)
	case key.Matches(msg, keys.Pick) && f.focus() == fieldAnswer && !f.typed():
		f.pick(int(msg.String()[0] - '1'))
	default:
		f.ed.update(msg)
	}
}

// pick selects option i, or ticks or unticks it on a multiple-choice question.
func (f *questionForm) pick(i int) {
	if i >= len(f.q.Options) {
		return
	}
	id := f.q.Options[i].ID
	if f.q.Kind != questionnaire.KindMulti {
		f.choice = id
	} else if j := slices.Index(f.choices, id); j >= 0 {
		f.choices = slices.Delete(f.choices, j, j+1)
	} else {
		f.choices = append(f.choices, id)
	}
	f.ed.build(fieldAnswer)
	if f.q.Kind == questionnaire.KindMulti { // a new multi-select has its cursor on the first option
		f.ed.down(i)
	}
}

// view draws the form.
func (f *questionForm) view() string { return f.ed.view() }

// answer builds the answer the form holds; errSkip when nothing was given.
func (f *questionForm) answer() (*assessment.Answer, error) {
	a := &assessment.Answer{}
	switch f.q.Kind {
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		a.Choice = f.choice
	case questionnaire.KindMulti:
		for _, o := range f.q.Options { // in the questionnaire's order, not the order ticked
			if slices.Contains(f.choices, o.ID) {
				a.Choices = append(a.Choices, o.ID)
			}
		}
		if len(a.Choices) == 0 {
			return nil, errors.New(f.msgs.tickOne)
		}
	case questionnaire.KindDate:
		v := strings.TrimSpace(f.value)
		if v == "" {
			return nil, errSkip
		}
		if err := checkDate(f.msgs, v); err != nil {
			return nil, err
		}
		a.Date = v
	default:
		a.Text = strings.TrimSpace(f.value)
		if a.Text == "" {
			return nil, errSkip
		}
	}
	return f.extras(a), nil
}

// extras adds the note, evidence and source to an answer.
func (f *questionForm) extras(a *assessment.Answer) *assessment.Answer {
	a.Note = strings.TrimSpace(f.note)
	a.Evidence = splitList(f.evidence, evidenceSeps)
	a.Source = f.source
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
	if v := strings.TrimSpace(f.value); withValue && f.typed() && v != "" {
		switch {
		case f.q.Kind == questionnaire.KindDate && checkDate(f.msgs, v) == nil:
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
