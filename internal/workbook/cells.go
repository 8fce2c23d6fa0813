package workbook

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"
)

// value is what the import reads from one cell: its text as typed (a formula's text, never its
// result), and whether the spreadsheet stored it as a number.
type value struct {
	text    string
	number  bool
	formula bool
}

// empty reports whether the cell holds nothing but white space.
func (v value) empty() bool { return strings.TrimSpace(v.text) == "" }

// maxText is the most characters a spreadsheet cell holds; longer text is cut.
const maxText = 32767

// cleanText returns the text of a cell as an answers file keeps it: valid UTF-8, line breaks as
// \n, no other control characters, no white space around it.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return '\n'
		case unicode.IsControl(r), r == '\uFEFF':
			return -1
		}
		return r
	}, s)
	if r := []rune(s); len(r) > maxText {
		s = string(r[:maxText])
	}
	return strings.TrimSpace(s)
}

// matchChoice finds the entry of a drop-down list that the cell names: the label as listed,
// white space and case aside. A formula is never matched: its text is not a label.
func matchChoice(list []choice, v value) (choice, bool) {
	if v.formula {
		return choice{}, false
	}
	key := labelKey(cleanText(v.text))
	for _, c := range list {
		if labelKey(c.label) == key {
			return c, true
		}
	}
	return choice{}, false
}

// parseTick reads the cell of a multi question's option: ticked (yes), not ticked (no, or
// empty), or not one of the two.
func parseTick(msg *messages, v value) (ticked bool, err error) {
	if v.empty() {
		return false, nil
	}
	switch labelKey(cleanText(v.text)) {
	case labelKey(msg.tickYes):
		if !v.formula {
			return true, nil
		}
	case labelKey(msg.tickNo):
		if !v.formula {
			return false, nil
		}
	}
	return false, fmt.Errorf("%s is not %s or %s", quoteCell(v), msg.tickYes, msg.tickNo)
}

// parseDate reads a date cell: a date the spreadsheet stores as a day number (counted from 1900,
// or from 1904 in workbooks that say so), or a text such as 2027-03-31 or 2027/03/31. It returns
// the date as YYYY-MM-DD.
func parseDate(v value, date1904 bool) (string, error) {
	bad := fmt.Errorf("%s is not a date (write it as 2027-03-31)", quoteCell(v))
	if v.formula {
		return "", bad
	}
	s := cleanText(v.text)
	if v.number {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || f < 1 || f >= maxDateSerial+1 {
			return "", bad
		}
		t, err := excelize.ExcelDateToTime(math.Floor(f), date1904)
		if err != nil || t.Year() < 1900 || t.Year() > 9999 {
			return "", bad
		}
		return t.Format(time.DateOnly), nil
	}
	if len(s) > len("2006-01-02T15:04:05") {
		return "", bad
	}
	s = strings.ReplaceAll(s, "/", "-")
	if i := strings.IndexByte(s, 'T'); i > 0 { // a date cell stored as ISO 8601 text
		s = s[:i]
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return "", bad
	}
	return t.Format(time.DateOnly), nil
}

// splitEvidence splits the evidence cell into entries: one per line, or separated by semicolons.
func splitEvidence(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(cleanText(s), func(r rune) bool { return r == '\n' || r == ';' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// quoteCell quotes a cell's text for a message, cut short when long.
func quoteCell(v value) string {
	s := oneLine(cleanText(v.text))
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40]) + "…"
	}
	return strconv.Quote(s)
}
