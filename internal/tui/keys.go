package tui

import (
	"sync"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// keyMap holds every key of the interview; the help line shows the ones that apply (help.go).
type keyMap struct {
	Next   key.Binding
	Back   key.Binding
	Skip   key.Binding
	Field  key.Binding
	Toggle key.Binding
	Up     key.Binding
	Down   key.Binding
	// Top and Bottom go to the first and last entry of a list, or the top and end of a text.
	Top, Bottom key.Binding
	// Read opens the question's help, evidence and references in full; esc closes them.
	Read key.Binding
	// NewLine starts a new line in the note.
	NewLine key.Binding
	// PageUp and PageDown scroll a text a screen at a time.
	PageUp, PageDown key.Binding
	Unknown          key.Binding
	NA               key.Binding
	Sections         key.Binding
	Review           key.Binding
	Accept           key.Binding // on the review: accept the risk of an open finding (accept.go)
	Cancel           key.Binding
	Quit             key.Binding
	Choose           key.Binding
	Write            key.Binding
	// Fields moves to the next field of a form with tab.
	Fields key.Binding
	// FieldDown and FieldUp move to the next and the previous field of a form of one-line text
	// fields (the details): tab and shift+tab, or the arrows. Unlike Down and Up they take no
	// letter, as letters are typed into the field.
	FieldDown, FieldUp key.Binding
	// PrevField is shift+tab on a form; on a question's answer it means Back instead.
	PrevField key.Binding
	// Pick picks (or ticks) an option by its number.
	Pick key.Binding
	// Yes and No answer the summary's question whether to replace the report.
	Yes, No key.Binding
	// Help shows or hides every key; "?" types itself in a text field, where only HelpTyping
	// (f1) works.
	Help, HelpTyping key.Binding
}

// newKeyMap makes the interview's key bindings, described in the catalogue's language.
func newKeyMap(c *messages) *keyMap {
	return &keyMap{
		Next:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.keyNext)),
		Back:       key.NewBinding(key.WithKeys("ctrl+b", "shift+tab"), key.WithHelp("ctrl+b", c.keyBack)),
		Skip:       key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", c.keySkip)),
		Field:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.keyField)),
		Toggle:     key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", c.keyTick)),
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.keyMove)),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		Top:        key.NewBinding(key.WithKeys("home"), key.WithHelp("home/end", c.keyEnds)),
		Bottom:     key.NewBinding(key.WithKeys("end")),
		NewLine:    key.NewBinding(key.WithKeys("ctrl+j"), key.WithHelp("ctrl+j", c.keyNewLine)),
		PageUp:     key.NewBinding(key.WithKeys("pgup")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown")),
		Read:       key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", c.keyRead)),
		Unknown:    key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", c.keyUnknown)),
		NA:         key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", c.keyNA)),
		Sections:   key.NewBinding(key.WithKeys("ctrl+g", "ctrl+s"), key.WithHelp("ctrl+g", c.keySections)),
		Review:     key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", c.keyReview)),
		Accept:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", c.acc.keyAccept)),
		Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.keyClose)),
		Quit:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", c.keyQuit)),
		Choose:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.keyChoose)),
		Write:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.keyWrite)),
		Fields:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.keyFields)),
		FieldDown:  key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↑/↓", c.keyFields)),
		FieldUp:    key.NewBinding(key.WithKeys("shift+tab", "up")),
		PrevField:  key.NewBinding(key.WithKeys("shift+tab")),
		Pick:       key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9")),
		Yes:        key.NewBinding(key.WithKeys("y", "Y")),
		No:         key.NewBinding(key.WithKeys("n", "N")),
		Help:       key.NewBinding(key.WithKeys("?", "f1")),
		HelpTyping: key.NewBinding(key.WithKeys("f1")),
	}
}

// keyMaps are the key bindings of each catalogue, made the first time they are needed.
var keyMaps = sync.OnceValue(func() map[*messages]*keyMap {
	km := make(map[*messages]*keyMap, len(catalogues))
	for _, c := range catalogues {
		km[c] = newKeyMap(c)
	}
	return km
})

// keys returns the key bindings described in the catalogue's language.
func (c *messages) keys() *keyMap { return keyMaps()[c] }

// formKeys are the keys of the question screen's Huh form. The interview handles enter, tab,
// quitting, ticking and the option numbers itself; filtering is off, as "/" and letters are
// typed into the note.
var formKeys = sync.OnceValue(func() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit.SetEnabled(false)
	km.Select.Filter.SetEnabled(false)
	km.MultiSelect.Filter.SetEnabled(false)
	// Ticking goes through the interview (space, digits), which keeps exclusive options alone.
	km.MultiSelect.Toggle.SetEnabled(false)
	km.MultiSelect.SelectAll.SetEnabled(false)
	km.MultiSelect.SelectNone.SetEnabled(false)
	km.Text.Editor.SetEnabled(false) // an editor would need the program, which the form never runs
	return km
})

// moveCursor moves the cursor *cur of a list of n entries for the list keys (up and down wrap
// round, home and end go to the ends) and reports whether msg was one of them.
func (k *keyMap) moveCursor(msg tea.KeyPressMsg, cur *int, n int) bool {
	switch {
	case n == 0:
		return false
	case key.Matches(msg, k.Up):
		*cur = (*cur + n - 1) % n
	case key.Matches(msg, k.Down):
		*cur = (*cur + 1) % n
	case key.Matches(msg, k.Top):
		*cur = 0
	case key.Matches(msg, k.Bottom):
		*cur = n - 1
	default:
		return false
	}
	return true
}
