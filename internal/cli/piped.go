package cli

import (
	"io"
	"os"
	"strconv"
)

// When stdout is not a terminal (the help piped to a pager or a file), fang would lay the help
// out for 120 columns and pad every line of a description to that width, so that in a pager or
// a terminal narrower than 120 each line wraps onto a blank row. So the help is laid out for
// COLUMNS, or else for helpColumns, and the padding at the ends of the lines is left out.

// fangWidthEnv, when set, is the width fang lays the help out for instead of the terminal's.
// fang reads it once per process, the first time it draws a help.
const fangWidthEnv = "__FANG_TEST_WIDTH"

// maxColumns is the widest fang lays help out for in a terminal.
const maxColumns = 120

// pipedOutput readies the help for stdout when stdout is not a terminal, and returns the writer
// for the commands' own stdout, which only cobra and fang write to (the help, the version and
// the shell completion, none of which ends a line in a space that matters). A terminal is left
// as fang draws it.
func pipedOutput(stdout io.Writer) io.Writer {
	if isTerminal(stdout) {
		return stdout
	}
	if os.Getenv(fangWidthEnv) == "" {
		os.Setenv(fangWidthEnv, strconv.Itoa(pipedColumns(os.Getenv("COLUMNS"))))
	}
	return &trimWriter{w: stdout}
}

// pipedColumns is the width to lay out help for when stdout is not a terminal: COLUMNS when it
// is a whole number of columns, at most maxColumns as a terminal's width would be, and
// helpColumns otherwise.
func pipedColumns(columns string) int {
	n, err := strconv.Atoi(columns)
	if err != nil || n < 1 {
		return helpColumns
	}
	return min(n, maxColumns)
}

// trimWriter passes what is written to it on to w without the spaces at the end of each line.
// Spaces are held back until the byte after them shows whether the line goes on, so a line cut
// between two writes is trimmed too, and the columns of the command and flag lists, whose
// padding is followed by text, are kept.
type trimWriter struct {
	w      io.Writer
	spaces int // spaces written but not passed on yet
}

func (t *trimWriter) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p)+t.spaces)
	for _, b := range p {
		switch b {
		case ' ':
			t.spaces++
			continue
		case '\n':
			t.spaces = 0
		}
		for ; t.spaces > 0; t.spaces-- {
			out = append(out, ' ')
		}
		out = append(out, b)
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
