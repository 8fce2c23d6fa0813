package tui

import (
	"image/color"

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
	Sidebar  lipgloss.Style
	Focus    lipgloss.Style
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
		Sidebar:  lipgloss.NewStyle().Border(lipgloss.NormalBorder(), false, true, false, false).BorderForeground(faint).PaddingRight(1),
		Focus:    lipgloss.NewStyle().Bold(true).Foreground(accent),
	}
}
