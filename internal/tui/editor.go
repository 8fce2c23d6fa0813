package tui

import (
	"slices"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// editor is the one place the interview drives a Huh form. A screen with fields (a question's
// answer, note, evidence and source; the assessment details) holds one, made from a group of
// fields bound to the screen's own values; the interview owns the flow and every key it knows, and
// the form only edits. The editor relies on these rules of Huh (v2.0.3), which the tests of the
// screens exercise:
//
//   - The form is never run. Keys the interview does not handle go to Update, and the commands
//     Huh returns are dropped: with no *Func fields they only blink the cursor or ask to move to
//     another group. So the cursor is steady (no redraws while the user reads), the form stays on
//     its only group, and it never completes or quits (Quit is off in formKeys; enter and
//     ctrl+c never reach it).
//   - Moving past the last field blurs it without focusing another; the editor then makes the
//     form again, focused on the first field.
//   - Huh writes every value through the bound pointer on each Update, so the form can be made
//     again at any time (a resize, a picked option) from the same values. A select puts its
//     cursor on its value; a multi-select puts it on its first option, so the editor moves it
//     back with Down presses, which Huh handles at once.
//   - A form learns the background only from a tea.BackgroundColorMsg (restyle). It is as wide
//     as WithWidth and as high as its group's content; its text fields lay out their
//     placeholders on their first Update (settleMsg).
type editor struct {
	form  *huh.Form
	group func() *huh.Group // makes the form's only group from the bound values
	keys  []string          // the keys of the group's fields, in order
	width int
	dark  bool
	plain bool
}

// newEditor makes the form from the group, whose fields have the keys given in order, width
// cells wide and focused on the field named focus.
func newEditor(group func() *huh.Group, keys []string, width int, isDark, plain bool, focus string) *editor {
	e := &editor{group: group, keys: keys, width: width, dark: isDark, plain: plain}
	e.build(focus)
	return e
}

// build makes the form again from the bound values and focuses the field named focus (the last
// when none has that name).
func (e *editor) build(focus string) {
	g := e.group()
	form := huh.NewForm(g).WithKeyMap(formKeys).WithTheme(formTheme(e.plain)).WithShowHelp(false).WithShowErrors(false)
	restyle(form, e.dark)
	form.Init()
	form.WithWidth(e.width)
	form.WithHeight(lipgloss.Height(g.Content()))
	form.Update(settleMsg{})
	e.form = form
	for _, k := range e.keys[:len(e.keys)-1] {
		if k == focus {
			break
		}
		e.form.NextField()
	}
}

// settleMsg is sent to a new form once it is sized: its text fields lay out their placeholders
// on their first update.
type settleMsg struct{}

// restyle tells a form whether the background is dark.
func restyle(form *huh.Form, isDark bool) {
	form.Update(tea.BackgroundColorMsg{Color: backgroundFor(isDark)})
}

// focus is the key of the focused field.
func (e *editor) focus() string { return e.form.GetFocusedField().GetKey() }

// move focuses the field n places after the focused one (before it when n is negative), coming
// round at either end.
func (e *editor) move(n int) {
	i := (e.index() + n%len(e.keys) + len(e.keys)) % len(e.keys)
	switch {
	case i == e.index()+1:
		e.form.NextField()
	case i == e.index()-1:
		e.form.PrevField()
	default:
		e.build(e.keys[i])
	}
}

// index is the position of the focused field.
func (e *editor) index() int { return max(slices.Index(e.keys, e.focus()), 0) }

// update gives a message to the form.
func (e *editor) update(msg tea.Msg) { e.form.Update(msg) }

// down moves the cursor of the focused list n options down.
func (e *editor) down(n int) {
	for range n {
		e.form.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	}
}

// view draws the form.
func (e *editor) view() string { return e.form.View() }

// resize makes the form again, w cells wide, keeping the focus.
func (e *editor) resize(w int) {
	e.width = w
	e.build(e.focus())
}

// setDark restyles the form for a dark or light background.
func (e *editor) setDark(isDark bool) {
	e.dark = isDark
	restyle(e.form, isDark)
}

// textField is a one-line text field of a form, its title on the same line.
func textField(key, title string, value *string) *huh.Input {
	return huh.NewInput().Key(key).Inline(true).Prompt("").CharLimit(2000).Title(title).Value(value)
}
