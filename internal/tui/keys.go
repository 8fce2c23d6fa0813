package tui

import "charm.land/bubbles/v2/key"

// keyMap holds every key of the interview; the help line shows the ones that apply (help.go).
type keyMap struct {
	Next     key.Binding
	Back     key.Binding
	Skip     key.Binding
	Field    key.Binding
	Toggle   key.Binding
	Up       key.Binding
	Down     key.Binding
	Unknown  key.Binding
	NA       key.Binding
	Sections key.Binding
	Review   key.Binding
	Cancel   key.Binding
	Quit     key.Binding
}

// keys are the interview's key bindings.
var keys = keyMap{
	Next:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
	Back:     key.NewBinding(key.WithKeys("ctrl+b", "shift+tab"), key.WithHelp("ctrl+b", "back")),
	Skip:     key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "skip")),
	Field:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "note…")),
	Toggle:   key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "tick")),
	Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "move")),
	Down:     key.NewBinding(key.WithKeys("down", "j")),
	Unknown:  key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "unknown")),
	NA:       key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", "n/a")),
	Sections: key.NewBinding(key.WithKeys("ctrl+g", "ctrl+s"), key.WithHelp("ctrl+g", "sections")),
	Review:   key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "review")),
	Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
	Quit:     key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "save & quit")),
}
