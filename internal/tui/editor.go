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
//   - A text field that loses the focus keeps showing the text around its cursor, so the editor
//     puts the cursor at the start of every text field it leaves or has not focused yet, and a
//     long value shows its beginning; the focused field has its cursor at the end, where typing
//     goes on (cursorTo).
//   - A form learns the background only from a tea.BackgroundColorMsg (restyle). It is as wide
//     as WithWidth and as high as its group's content; its text fields lay out their
//     placeholders on their first Update (settleMsg).
type editor struct {
	form  *huh.Form
	group func() *huh.Group // makes the form's only group from the bound values
	keys  []string          // the keys of the group's fields, in order
	width int
	lines int // the height of the form
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
// when none has that name), keeping the cursor of a multi-select that keeps the focus.
func (e *editor) build(focus string) {
	hovered, wasHovered := "", false
	if e.form != nil && e.focus() == focus {
		hovered, wasHovered = e.hovered()
	}
	g := e.group()
	form := huh.NewForm(g).WithKeyMap(formKeys()).WithTheme(formTheme(e.plain)).WithShowHelp(false).WithShowErrors(false)
	restyle(form, e.dark)
	form.Init()
	form.WithWidth(e.width)
	e.lines = lipgloss.Height(g.Content())
	form.WithHeight(e.lines)
	form.Update(settleMsg{})
	e.form = form
	for range e.keys[1:] { // every text field from its start, then back to the focus
		e.cursorTo(false)
		e.form.NextField()
	}
	e.cursorTo(false)
	for i := len(e.keys) - 1; i > 0 && e.keys[i] != focus; i-- {
		e.form.PrevField()
	}
	e.cursorTo(true)
	if wasHovered {
		e.hover(hovered)
	}
}

// cursorTo puts the cursor of the focused text field at its end, or at its start.
func (e *editor) cursorTo(end bool) {
	k := tea.KeyPressMsg{Code: tea.KeyHome}
	if end {
		k.Code = tea.KeyEnd
	}
	switch e.form.GetFocusedField().(type) {
	case *huh.Input:
		e.form.Update(k)
	case *huh.Text:
		k.Mod = tea.ModCtrl // the whole text, not the line
		e.form.Update(k)
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
	e.cursorTo(false)
	switch {
	case i == e.index()+1:
		e.form.NextField()
	case i == e.index()-1:
		e.form.PrevField()
	default:
		e.build(e.keys[i])
	}
	e.cursorTo(true)
}

// index is the position of the focused field.
func (e *editor) index() int { return max(slices.Index(e.keys, e.focus()), 0) }

// update gives a message to the form.
func (e *editor) update(msg tea.Msg) { e.form.Update(msg) }

// hovered is the value under the cursor of the focused multi-select, if it is one. (A select's
// cursor is on its value.)
func (e *editor) hovered() (string, bool) {
	if ms, ok := e.form.GetFocusedField().(*huh.MultiSelect[string]); ok {
		return ms.Hovered()
	}
	return "", false
}

// hover moves the cursor of the focused multi-select to the option with the value.
func (e *editor) hover(value string) {
	if _, ok := e.hovered(); ok {
		e.form.Update(tea.KeyPressMsg{Code: tea.KeyHome}) // the first option
	}
	for {
		v, ok := e.hovered()
		if !ok || v == value {
			return
		}
		e.form.Update(tea.KeyPressMsg{Code: tea.KeyDown})
		if after, _ := e.hovered(); after == v { // the last option
			return
		}
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
