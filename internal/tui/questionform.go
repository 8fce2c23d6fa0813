package tui

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
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

	choice   string   // the option under the select's cursor
	chosen   bool     // whether choice was chosen: answered before, or picked by a key
	choices  []string // the ticked options
	value    string
	note     string
	evidence string
	source   string
	// stored is the answer the form was filled from (nil for none): a note or evidence field
	// left as shown keeps the stored text and list exactly, however they were written.
	stored *assessment.Answer

	width, room int
	plain       bool // no colours
	err         string
}

// newQuestionForm fills a form from the question's current answer (nil for none), sized to
// width cells and at most room lines.
func newQuestionForm(q *questionnaire.Question, a *assessment.Answer, msgs *messages, width, room int, isDark, plain bool) *questionForm {
	f := &questionForm{q: q, msgs: msgs, width: width, room: room, plain: plain}
	f.stored = a
	if a != nil {
		f.choice, f.chosen = a.Choice, a.Choice != ""
		f.choices = slices.Clone(a.Choices)
		f.value = a.Date + a.Text
		f.note = a.Note
		f.evidence = joinList(a.Evidence)
		f.source = a.Source
	}
	f.ed = newEditor(f.group, []string{fieldAnswer, fieldNote, fieldEvidence, fieldSource}, f.formWidth(), isDark, plain, fieldAnswer)
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
		// Until an option is chosen, the one under the cursor does not look chosen.
		answer = huh.NewSelect[string]().Key(fieldAnswer).Options(f.options()...).Value(&f.choice).
			Height(f.optionsHeight()).WithTheme(choiceTheme(f.chosen, f.plain))
	default:
		in := textField(fieldAnswer, f.label(f.msgs.answerLabel), &f.value)
		if q.Kind == questionnaire.KindDate {
			in.Title(f.label(f.msgs.dateLabel)).Placeholder("YYYY-MM-DD")
		}
		answer = in
	}
	// Huh draws an inline select's title on a line of its own: the label goes into the
	// options instead, so that the source takes one line like the note and the evidence, and
	// so do the ‹ › that say it turns, after the label (the theme draws none of its own).
	srcOpts := make([]huh.Option[string], len(sources))
	for i, s := range sources {
		srcOpts[i] = huh.NewOption(f.label(f.msgs.sourceLabel)+"‹ "+f.msgs.sourceName(s)+" ›", s)
	}
	return huh.NewGroup(answer,
		huh.NewText().Key(fieldNote).Title(f.msgs.noteLabel).Lines(noteLines).CharLimit(4000).
			Placeholder(f.msgs.noteHint).Value(&f.note),
		textField(fieldEvidence, f.label(f.msgs.evidenceLabel), &f.evidence).Placeholder(f.msgs.evidenceHint),
		huh.NewSelect[string]().Key(fieldSource).Inline(true).Options(srcOpts...).Value(&f.source),
	)
}

// noteLines is the height of the note field; ctrl+j or alt+enter starts a new line.
const noteLines = 2

// otherFields is the number of lines the note, evidence and source fields take: the note's
// title above its lines, and the evidence and the source inline, a line each (the theme puts
// no line between fields: formStyles).
const otherFields = 1 + noteLines + 1 + 1

// options turns the question's options into Huh options labelled with their numbers, each
// wrapped in full under its number in the room the form leaves it (labelRoom).
func (f *questionForm) options() []huh.Option[string] {
	opts := make([]huh.Option[string], len(f.q.Options))
	room := f.labelRoom()
	for i, o := range f.q.Options {
		opts[i] = huh.NewOption(hanging(strconv.Itoa(i+1)+". ", o.Label, room), o.ID)
	}
	return opts
}

// labelRoom is the width an option's label and its number get in the form: the form's width
// less what the theme draws around them, focused or not: the field's frame (its border and
// padding), the cursor, on a multiple choice the tick box, and on a single choice any mark
// after the chosen option (chosenStyles).
func (f *questionForm) labelRoom() int {
	theme := choiceTheme(true, f.plain)
	if f.multi() {
		theme = formTheme(f.plain)
	}
	t := theme.Theme(true) // the light and dark themes differ only in colour
	around := 0
	for _, st := range []huh.FieldStyles{t.Focused, t.Blurred} {
		w := st.Base.GetHorizontalFrameSize()
		if f.multi() {
			w += max(lipgloss.Width(st.MultiSelectSelector.String()), lipgloss.Width(st.SelectSelector.String())) +
				max(lipgloss.Width(st.SelectedPrefix.String()), lipgloss.Width(st.UnselectedPrefix.String()))
		} else {
			w += lipgloss.Width(st.SelectSelector.String()) + lipgloss.Width(st.SelectedOption.Render(""))
		}
		around = max(around, w)
	}
	return f.formWidth() - around
}

// minForm is the narrowest the question's form is drawn.
const minForm = 20

// formWidth is the width of the form: the main column's, at least minForm.
func (f *questionForm) formWidth() int { return max(f.width, minForm) }

// optionsHeight is the number of lines of options shown at once, scrolling when they do not all
// fit the room left by the note, evidence and source fields; 0 shows them all.
func (f *questionForm) optionsHeight() int {
	n := 0
	for _, o := range f.options() {
		n += strings.Count(o.Key, "\n") + 1
	}
	if room := max(f.room-otherFields, 3); n > room {
		return room
	}
	return 0
}

// label pads a field label so that the values of the inline fields line up after the widest
// label of the language.
func (f *questionForm) label(s string) string {
	c, w := f.msgs, 0
	for _, l := range []string{c.answerLabel, c.dateLabel, c.evidenceLabel, c.sourceLabel} {
		w = max(w, ansi.StringWidth(l))
	}
	return pad(s, w+labelGap)
}

// setSize resizes the form.
func (f *questionForm) setSize(width, room int) {
	if f == nil || width == f.width && room == f.room {
		return
	}
	f.width, f.room = width, room
	f.ed.resize(f.formWidth())
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
// fields; a digit picks (or ticks) that option, space ticks the option under the cursor; moving
// the cursor of a single choice chooses the option under it.
func (f *questionForm) update(msg tea.KeyPressMsg) {
	f.err = ""
	keys := f.msgs.keys()
	onOptions := f.focus() == fieldAnswer && !f.typed()
	switch {
	case key.Matches(msg, keys.Field):
		f.ed.move(1)
	case key.Matches(msg, keys.PrevField):
		f.ed.move(-1)
	case onOptions && key.Matches(msg, keys.Pick):
		f.pick(int(msg.String()[0] - '1'))
	case onOptions && f.multi() && key.Matches(msg, keys.Toggle):
		if id, ok := f.ed.hovered(); ok {
			f.pick(slices.IndexFunc(f.q.Options, func(o questionnaire.Option) bool { return o.ID == id }))
		}
	case onOptions && !f.multi() && !f.chosen:
		before := f.choice
		f.ed.update(msg)
		if f.choice != before || key.Matches(msg, keys.Up, keys.Down, keys.Top, keys.Bottom) {
			f.chosen = true
			f.ed.build(fieldAnswer) // in the chosen look
		}
	default:
		f.ed.update(msg)
	}
}

// multi reports whether the question is multiple choice.
func (f *questionForm) multi() bool { return f.q.Kind == questionnaire.KindMulti }

// pick chooses option i, or ticks or unticks it on a multiple-choice question (see tick), and
// puts the cursor on it.
func (f *questionForm) pick(i int) {
	if i < 0 || i >= len(f.q.Options) {
		return
	}
	id := f.q.Options[i].ID
	if !f.multi() {
		f.choice, f.chosen = id, true
		f.ed.build(fieldAnswer)
		return
	}
	f.choices = tick(f.q, f.choices, id)
	f.ed.build(fieldAnswer)
	f.ed.hover(id)
}

// tick ticks option id among the ticked ones, or unticks it when it is ticked already. An
// exclusive option ("none of these") is never ticked with another: ticking it unticks the
// others, and ticking another unticks it.
func tick(q *questionnaire.Question, ticked []string, id string) []string {
	if i := slices.Index(ticked, id); i >= 0 {
		return slices.Delete(slices.Clone(ticked), i, i+1)
	}
	return q.Tick(ticked, id)
}

// untouched reports whether nothing is chosen, ticked or typed as the answer: enter then
// records nothing.
func (f *questionForm) untouched() bool {
	switch {
	case f.multi():
		return len(f.choices) == 0
	case f.q.HasOptions():
		return !f.chosen
	}
	return strings.TrimSpace(f.value) == ""
}

// height is the number of lines the form takes.
func (f *questionForm) height() int { return f.ed.lines }

// view draws the form.
func (f *questionForm) view() string { return f.ed.view() }

// answer builds the answer the form holds; errSkip when nothing was given.
func (f *questionForm) answer() (*assessment.Answer, error) {
	a := &assessment.Answer{}
	switch f.q.Kind {
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		if !f.chosen {
			return nil, errSkip
		}
		a.Choice = f.choice
	case questionnaire.KindMulti:
		for _, o := range f.q.Options { // in the questionnaire's order, not the order ticked
			if slices.Contains(f.choices, o.ID) {
				a.Choices = append(a.Choices, o.ID)
			}
		}
		if len(a.Choices) == 0 {
			return nil, errSkip
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
	a.Evidence = splitEvidence(f.evidence)
	if old := f.stored; old != nil {
		if f.note == old.Note {
			a.Note = old.Note // as stored, spaces and line ends included
		}
		if f.evidence == joinList(old.Evidence) {
			a.Evidence = slices.Clone(old.Evidence)
		}
	}
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
