package assessment

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// The rules below hold for every answers file, whether read by Parse or written by Marshal, so
// that a file Marshal writes always loads again. Each returns "" when the value is fine, or what
// is wrong with it and what is allowed.

// dateProblem checks an assessment or answer date.
func dateProblem(s string) string {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Sprintf("%q is not a date (write YYYY-MM-DD, such as 2026-11-28)", s)
	}
	return ""
}

// atProblem checks the time an answer was recorded.
func atProblem(s string) string {
	if _, err := time.Parse(time.RFC3339, s); err != nil {
		return fmt.Sprintf("%q is not a time (write RFC 3339, such as 2026-11-28T10:42:00+08:00)", s)
	}
	return ""
}

// sources lists the values of an answer's source, from weakest to strongest.
var sources = []string{SourceStated, SourceDocumented, SourceVerified}

// sourceProblem checks how an answer is backed.
func sourceProblem(s string) string {
	if !slices.Contains(sources, s) {
		return fmt.Sprintf("%q is not a source (use %s)", s, strings.Join(sources, ", "))
	}
	return ""
}

// choicesProblem checks the options chosen in a multi answer: each named, none twice.
func choicesProblem(ids []string) string {
	for i, id := range ids {
		if id == "" {
			return "has an empty option id (name each chosen option by its id)"
		}
		if slices.Contains(ids[:i], id) {
			return fmt.Sprintf("lists option %q twice (list each chosen option once)", id)
		}
	}
	return ""
}

// values lists the fields of an answer that carry a value, in the order of the format.
func values(a *Answer) []string {
	has := []bool{a.Choice != "", len(a.Choices) > 0, a.Date != "", a.Text != "", a.Unknown, a.NA}
	var out []string
	for i, ok := range has {
		if ok {
			out = append(out, valueKeys[i])
		}
	}
	return out
}

// valuesProblem checks that an answer carries at most one value.
func valuesProblem(a *Answer) string {
	if v := values(a); len(v) > 1 {
		return fmt.Sprintf("has more than one answer (%s; keep one of %s)", strings.Join(v, ", "), valueKeyMsg)
	}
	return ""
}

// carriedProblem checks that an answer marked as carried over carries a value to confirm.
func carriedProblem(a *Answer) string {
	if a.Carried && !a.Answered() {
		return "is marked carried but has no answer (carried marks an answer taken over from an earlier assessment)"
	}
	return ""
}
