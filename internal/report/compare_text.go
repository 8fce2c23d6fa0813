package report

import "strings"

// inline escapes text for use inside a sentence, a list item or a heading: its lines are
// joined by spaces, so it always stays on one line.
func inline(s string) string {
	return Text(strings.Join(Plain(s), " "))
}

// joinOr joins items as "a, b or c"; with a comma in any item, as "a; b or c".
func joinOr(items []string) string { return joinWith(items, "or") }

// joinAnd joins items as "a, b and c"; with a comma in any item, as "a; b and c".
func joinAnd(items []string) string { return joinWith(items, "and") }

func joinWith(items []string, word string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	sep := ", "
	for _, it := range items {
		if strings.Contains(it, ",") {
			sep = "; "
		}
	}
	return strings.Join(items[:len(items)-1], sep) + " " + word + " " + items[len(items)-1]
}

// orDash returns s, or a dash when s is blank.
func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
