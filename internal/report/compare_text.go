package report

import "strings"

// inline escapes text for use inside a sentence, a list item or a heading: its lines are
// joined by spaces, so it always stays on one line.
func inline(s string) string {
	return Text(strings.Join(Plain(s), " "))
}

// orDash returns s, or a dash when s is blank.
func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
