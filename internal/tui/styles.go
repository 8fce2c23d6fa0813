package tui

import (
	"image/color"
	"sync"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// styles are the looks of the interview, for a dark or light background, or plain with NO_COLOR.
type styles struct {
	Title    lipgloss.Style
	Heading  lipgloss.Style
	Prompt   lipgloss.Style
	Faint    lipgloss.Style
	Label    lipgloss.Style
	Selected lipgloss.Style
	Current  lipgloss.Style
	Error    lipgloss.Style
	// Sidebar draws the section list: a rule on its right, a space either side of the rule.
	Sidebar lipgloss.Style
	Focus   lipgloss.Style
}

// newStyles builds the styles for the background; plain drops every colour.
func newStyles(isDark, plain bool) styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color {
		if plain {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(dark))
	}
	accent := c("#5A4FCF", "#A99CFF")
	faint := c("#6B6B6B", "#9A9A9A")
	return styles{
		Title:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Heading:  lipgloss.NewStyle().Bold(true),
		Prompt:   lipgloss.NewStyle().Bold(true),
		Faint:    lipgloss.NewStyle().Foreground(faint),
		Label:    lipgloss.NewStyle().Foreground(faint),
		Selected: lipgloss.NewStyle().Foreground(c("#1A7F37", "#56D364")),
		Current:  lipgloss.NewStyle().Bold(true).Foreground(accent),
		Error:    lipgloss.NewStyle().Foreground(c("#B42318", "#FF7B72")),
		Sidebar:  lipgloss.NewStyle().Border(lipgloss.NormalBorder(), false, true, false, false).BorderForeground(faint).PaddingRight(1).MarginRight(1),
		Focus:    lipgloss.NewStyle().Bold(true).Foreground(accent),
	}
}

// cachedTheme is a Huh theme built once for each background. Huh asks its theme for the styles
// on every render and its built-in themes rebuild them each time, which is most of the cost of a
// keystroke; this one returns the same styles.
type cachedTheme struct{ dark, light *huh.Styles }

// Theme returns the styles for a dark or a light background.
func (t *cachedTheme) Theme(isDark bool) *huh.Styles {
	if isDark {
		return t.dark
	}
	return t.light
}

// The question form's themes: coloured, and plain for NO_COLOR. Like every Huh style, they are
// made the first time they are needed: commands other than the interview never pay for them.
var (
	colourTheme = sync.OnceValue(func() *cachedTheme {
		return &cachedTheme{dark: formStyles(true, false), light: formStyles(false, false)}
	})
	plainTheme = sync.OnceValue(func() *cachedTheme {
		return &cachedTheme{dark: formStyles(true, true), light: formStyles(false, true)}
	})
)

// The theme of a single choice with nothing chosen yet: the option under the cursor does not
// look chosen.
var (
	colourUntouched = sync.OnceValue(func() *cachedTheme {
		return &cachedTheme{dark: untouchedStyles(true, false), light: untouchedStyles(false, false)}
	})
	plainUntouched = sync.OnceValue(func() *cachedTheme {
		return &cachedTheme{dark: untouchedStyles(true, true), light: untouchedStyles(false, true)}
	})
)

// chosenMark follows the chosen option of a single choice in plain mode, where no colour tells
// it from the others: when the options are not focused, and when nothing is chosen yet, the
// option under the cursor looking the same.
const chosenMark = " ✓"

// plainChosen is the plain theme of a single choice with an option chosen: the option is marked.
var plainChosen = sync.OnceValue(func() *cachedTheme {
	return &cachedTheme{dark: chosenStyles(true), light: chosenStyles(false)}
})

// choiceTheme returns the theme of a single choice, chosen or not yet.
func choiceTheme(chosen, plain bool) huh.Theme {
	switch {
	case !chosen && plain:
		return plainUntouched()
	case !chosen:
		return colourUntouched()
	case plain:
		return plainChosen()
	}
	return colourTheme()
}

// chosenStyles are the plain formStyles with chosenMark after the chosen option.
func chosenStyles(isDark bool) *huh.Styles {
	t := formStyles(isDark, true)
	mark := func(s string) string { return s + chosenMark }
	t.Focused.SelectedOption = t.Focused.SelectedOption.Transform(mark)
	t.Blurred.SelectedOption = t.Blurred.SelectedOption.Transform(mark)
	return t
}

// untouchedStyles are formStyles with the option under the cursor drawn like the others.
func untouchedStyles(isDark, plain bool) *huh.Styles {
	t := formStyles(isDark, plain)
	t.Focused.SelectedOption = t.Focused.UnselectedOption
	t.Blurred.SelectedOption = t.Blurred.UnselectedOption
	return t
}

// formTheme returns the question form's theme.
func formTheme(plain bool) huh.Theme {
	if plain {
		return plainTheme()
	}
	return colourTheme()
}

// formStyles styles the question form like the rest of the interview: Huh's base layout, with
// the interview's accent for the focused field and the cursor, and no blank line between fields,
// which 24 lines cannot spare.
func formStyles(isDark, plain bool) *huh.Styles {
	t := huh.ThemeBase(isDark)
	st := newStyles(isDark, plain)
	t.FieldSeparator = lipgloss.NewStyle().SetString("\n")
	t.Focused.Base = t.Focused.Base.BorderForeground(st.Focus.GetForeground())
	t.Focused.Title = st.Focus
	t.Focused.SelectSelector = st.Current.SetString("❯ ")
	t.Focused.MultiSelectSelector = st.Current.SetString("❯ ")
	t.Focused.SelectedOption = st.Selected
	t.Focused.SelectedPrefix = st.Selected.SetString("[x] ")
	t.Focused.UnselectedPrefix = lipgloss.NewStyle().SetString("[ ] ")
	// The only inline select, the source, draws its own ‹ › after its label (questionForm.group).
	t.Focused.NextIndicator = lipgloss.NewStyle()
	t.Focused.PrevIndicator = lipgloss.NewStyle()
	t.Focused.TextInput.Cursor = st.Focus
	t.Focused.TextInput.Placeholder = st.Faint
	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Title = st.Label
	t.Blurred.SelectSelector = lipgloss.NewStyle().SetString("  ")
	t.Blurred.MultiSelectSelector = lipgloss.NewStyle().SetString("  ")
	return t
}

// backgroundFor is a background colour that is dark or light, to tell the form which it is.
func backgroundFor(isDark bool) color.Color {
	if isDark {
		return lipgloss.Color("#000000")
	}
	return lipgloss.Color("#FFFFFF")
}
