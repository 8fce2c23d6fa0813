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

// quotes pairs the opening and closing quotation marks that may hold a list item with a
// separator inside: straight, English, Portuguese and Chinese, and the full-width mark of
// Chinese input methods.
var quotes = map[rune]rune{'"': '"', '“': '”', '«': '»', '「': '」', '『': '』', '＂': '＂'}

// splitEvidence splits the evidence typed in one line into its items; see splitList.
func splitEvidence(s string) []string { return splitList(s, evidenceSeps) }

// joinList writes a list (evidence, interviewees) as one line that splitList reads back:
// items holding a separator are put in quotation marks.
func joinList(items []string) string {
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

// splitList splits a list typed in one line, such as the evidence of an answer or the people
// interviewed, at the separators in seps that are not inside quotation marks, so that
// "Chan, Tai Man" or “contract, annex 2” stays one item. A quotation mark (quotes) quotes only at
// the start of an item, and only when it is closed; otherwise it is an ordinary character, and
// the item ends at the next separator. The items are trimmed, the marks around a quoted item
// dropped, and empty items left out.
func splitList(s, seps string) []string {
	var out []string
	start := 0 // where the current item starts
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if end, ok := quotes[r]; ok && strings.TrimSpace(s[start:i]) == "" {
			if j := strings.IndexRune(s[i+size:], end); j >= 0 {
				i += size + j + utf8.RuneLen(end)
				continue
			}
		}
		if strings.ContainsRune(seps, r) {
			out = appendItem(out, s[start:i])
			start = i + size
		}
		i += size
	}
	return appendItem(out, s[start:])
}

// appendItem appends a list item to out, trimmed and without the quotation marks around it;
// an empty item is left out.
func appendItem(out []string, item string) []string {
	item = strings.TrimSpace(item)
	if r, size := utf8.DecodeRuneInString(item); size > 0 {
		if end, ok := quotes[r]; ok && len(item) > size && strings.HasSuffix(item, string(end)) {
			item = strings.TrimSpace(strings.TrimSuffix(item[size:], string(end)))
		}
	}
	if item == "" {
		return out
	}
	return append(out, item)
}
