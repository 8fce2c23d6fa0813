package questionnaire

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// String formats the position as "line:col", or "" for the zero Pos.
func (p Pos) String() string {
	if p.Line == 0 {
		return ""
	}
	return fmt.Sprintf("%d:%d", p.Line, p.Col)
}

// compare orders positions by line, then column; the zero Pos comes first.
func (p Pos) compare(o Pos) int {
	if c := cmp.Compare(p.Line, o.Line); c != 0 {
		return c
	}
	return cmp.Compare(p.Col, o.Col)
}

// Problem is one thing wrong with a questionnaire file, at the position of the offending value
// or key.
type Problem struct {
	File string
	Pos  Pos // zero when the problem concerns the whole file
	Msg  string
}

// Error formats the problem as "file:line:col: message", or "file: message" without a position.
func (p Problem) Error() string {
	if p.Pos.Line == 0 {
		return p.File + ": " + p.Msg
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Pos.Line, p.Pos.Col, p.Msg)
}

// Problems is every problem found in one questionnaire file, sorted by position. Parse and Load
// return it as their error, so a caller can print each problem on its own line.
type Problems []Problem

// MaxListed is the number of problems Error lists; the others are counted.
const MaxListed = 50

// Error lists the problems one per line: the first MaxListed, then how many more there are.
func (ps Problems) Error() string {
	lines := make([]string, 0, min(len(ps), MaxListed+1))
	for _, p := range ps[:min(len(ps), MaxListed)] {
		lines = append(lines, p.Error())
	}
	if len(ps) > MaxListed {
		lines = append(lines, fmt.Sprintf("%s: and %d more problems", ps[0].File, len(ps)-MaxListed))
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns each problem as an error, for errors.Is and errors.As.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errs
}

// Sorted returns the problems sorted by position, keeping the order of problems at the same
// position.
func (ps Problems) Sorted() Problems {
	slices.SortStableFunc(ps, func(a, b Problem) int { return a.Pos.compare(b.Pos) })
	return ps
}
