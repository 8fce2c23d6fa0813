package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// newForm makes the Huh form of one screen from its only group, the way every form of the
// interview is made: the interview's keys and cached theme, no help or errors of its own (the
// interview shows both), sized to width and to the group's content, and laid out for the
// background. The forms run synchronously: the commands Huh returns only blink the cursor or
// refresh dynamic titles, which these forms do not use, so they are dropped and the cursor is
// steady, which spares redraws while the user reads.
func newForm(g *huh.Group, width int, isDark, plain bool) *huh.Form {
	form := huh.NewForm(g).WithKeyMap(formKeys).WithTheme(formTheme(plain)).WithShowHelp(false).WithShowErrors(false)
	restyle(form, isDark)
	form.Init()
	form.WithWidth(width)
	form.WithHeight(lipgloss.Height(g.Content()))
	form.Update(settleMsg{})
	return form
}

// settleMsg is sent to a new form once it is sized: its text fields lay out their placeholders
// on their first update.
type settleMsg struct{}

// restyle tells a form whether the background is dark.
func restyle(form *huh.Form, isDark bool) {
	form.Update(tea.BackgroundColorMsg{Color: backgroundFor(isDark)})
}

// textField is a one-line text field of a form, its title on the same line.
func textField(key, title string, value *string) *huh.Input {
	return huh.NewInput().Key(key).Inline(true).Prompt("").CharLimit(2000).Title(title).Value(value)
}
