package tui

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// errSkip reports an empty answer: the question is left unanswered.
var errSkip = errors.New("skipped")

// parseAnswer turns one line typed at the accessible prompt into an answer to q: option numbers
// (separated by commas for multi), y/n, a date, text, "?" for unknown or "n/a" for not
// applicable. Yes and no may also be typed as the catalogue's words. An empty line returns
// errSkip; any other error says what is wrong in one line, in the catalogue's language.
func parseAnswer(c *messages, q *questionnaire.Question, line string) (*assessment.Answer, error) {
	line = strings.TrimSpace(line)
	switch strings.ToLower(line) {
	case "":
		return nil, errSkip
	case "?":
		if q.Kind == questionnaire.KindText {
			return &assessment.Answer{Text: line}, nil
		}
		return &assessment.Answer{Unknown: true}, nil
	case "n/a", "na":
		if !q.AllowNA {
			return nil, errors.New(c.errNoNA)
		}
		return &assessment.Answer{NA: true}, nil
	}
	switch q.Kind {
	case questionnaire.KindYesNo:
		switch w := strings.ToLower(line); {
		case w == "1" || slices.Contains(c.yesWords, w):
			return &assessment.Answer{Choice: "yes"}, nil
		case w == "2" || slices.Contains(c.noWords, w):
			return &assessment.Answer{Choice: "no"}, nil
		}
		return nil, errors.New(c.errYesNo)
	case questionnaire.KindChoice:
		n, err := optionNumber(c, q, line)
		if err != nil {
			return nil, err
		}
		return &assessment.Answer{Choice: q.Options[n].ID}, nil
	case questionnaire.KindMulti:
		parts := strings.FieldsFunc(line, isListSep)
		if len(parts) == 0 {
			return nil, errors.New(msgf(c.errOption, line, len(q.Options)))
		}
		ticked := make([]bool, len(q.Options))
		for _, part := range parts {
			n, err := optionNumber(c, q, part)
			if err != nil {
				return nil, err
			}
			ticked[n] = true
		}
		var ids []string // in the questionnaire's order, as the full-screen interview records them
		for i, o := range q.Options {
			if ticked[i] {
				ids = append(ids, o.ID)
			}
		}
		if id := q.ExclusiveConflict(ids); id != "" {
			i := slices.IndexFunc(q.Options, func(o questionnaire.Option) bool { return o.ID == id })
			return nil, errors.New(msgf(c.errExclusive, i+1, q.Options[i].Label))
		}
		return &assessment.Answer{Choices: ids}, nil
	case questionnaire.KindDate:
		if err := checkDate(c, line); err != nil {
			return nil, err
		}
		return &assessment.Answer{Date: line}, nil
	}
	return &assessment.Answer{Text: line}, nil
}

// isListSep reports whether r separates the items of a list (listSeps).
func isListSep(r rune) bool { return strings.ContainsRune(listSeps, r) }

// optionNumber reads a 1-based option number of q and returns its 0-based index.
func optionNumber(c *messages, q *questionnaire.Question, s string) (int, error) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > len(q.Options) {
		return 0, errors.New(msgf(c.errOption, s, len(q.Options)))
	}
	return n - 1, nil
}

// checkDate accepts a calendar date written YYYY-MM-DD.
func checkDate(c *messages, s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return errors.New(msgf(c.errDate, s))
	}
	return nil
}

// parseSource reads how an answer is backed, as its name in English or in the catalogue's
// language, or its initial; empty means not said.
func parseSource(c *messages, s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	for id, name := range c.sourceNames {
		if id != "" && s == strings.ToLower(name) {
			return id, nil
		}
	}
	switch s {
	case "", assessment.SourceStated, assessment.SourceDocumented, assessment.SourceVerified:
		return s, nil
	case "s":
		return assessment.SourceStated, nil
	case "d":
		return assessment.SourceDocumented, nil
	case "v":
		return assessment.SourceVerified, nil
	}
	return "", errors.New(msgf(c.errSource, s))
}

// quotes pairs the quotation marks that may hold an evidence item with a separator inside.
var quotes = map[rune]rune{'"': '"', '“': '”', '「': '」', '『': '』'}

// splitEvidence splits the evidence typed in one line at the separators (evidenceSeps) that are
// not inside quotation marks, so that "contract, annex 2" stays one item; the quotation marks
// around an item are dropped.
func splitEvidence(s string) []string {
	var out []string
	var cur strings.Builder
	var closing rune
	flush := func() {
		item := strings.TrimSpace(cur.String())
		if r, size := utf8.DecodeRuneInString(item); size > 0 {
			if end, ok := quotes[r]; ok && strings.HasSuffix(item, string(end)) && len(item) > size {
				item = strings.TrimSpace(strings.TrimSuffix(item[size:], string(end)))
			}
		}
		if item != "" {
			out = append(out, item)
		}
		cur.Reset()
	}
	for _, r := range s {
		switch {
		case closing != 0:
			if r == closing {
				closing = 0
			}
		case quotes[r] != 0 && strings.TrimSpace(cur.String()) == "":
			closing = quotes[r]
		case strings.ContainsRune(evidenceSeps, r):
			flush()
			continue
		}
		cur.WriteRune(r)
	}
	flush()
	return out
}

// joinEvidence writes evidence items as one line that splitEvidence reads back: items holding a
// separator are put in quotation marks.
func joinEvidence(items []string) string {
	out := make([]string, len(items))
	for i, item := range items {
		out[i] = item
		if strings.ContainsAny(item, evidenceSeps) {
			out[i] = "“" + item + "”"
			if !strings.ContainsRune(item, '”') {
				continue
			}
			out[i] = "\"" + item + "\""
		}
	}
	return strings.Join(out, "; ")
}

// splitList splits a list separated by any of the characters in seps, trimming the items and
// dropping empty ones.
func splitList(s, seps string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
