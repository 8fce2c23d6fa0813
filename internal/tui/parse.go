package tui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// errSkip reports an empty answer: the question is left unanswered.
var errSkip = errors.New("skipped")

// parseAnswer turns one line typed at the accessible prompt into an answer to q: option numbers
// (separated by commas for multi), y/n, a date, text, "?" for unknown or "n/a" for not
// applicable. An empty line returns errSkip; any other error says what is wrong in one line.
func parseAnswer(q *questionnaire.Question, line string) (*assessment.Answer, error) {
	line = strings.TrimSpace(line)
	switch strings.ToLower(line) {
	case "":
		return nil, errSkip
	case "?":
		return &assessment.Answer{Unknown: true}, nil
	case "n/a", "na":
		if !q.AllowNA {
			return nil, errors.New("this question cannot be marked not applicable")
		}
		return &assessment.Answer{NA: true}, nil
	}
	switch q.Kind {
	case questionnaire.KindYesNo:
		switch strings.ToLower(line) {
		case "y", "yes", "1":
			return &assessment.Answer{Choice: "yes"}, nil
		case "n", "no", "2":
			return &assessment.Answer{Choice: "no"}, nil
		}
		return nil, errors.New("answer y or n (or 1 or 2)")
	case questionnaire.KindChoice:
		n, err := optionNumber(q, line)
		if err != nil {
			return nil, err
		}
		return &assessment.Answer{Choice: q.Options[n].ID}, nil
	case questionnaire.KindMulti:
		var ids []string
		seen := map[int]bool{}
		for _, part := range strings.Split(line, ",") {
			n, err := optionNumber(q, part)
			if err != nil {
				return nil, err
			}
			if !seen[n] {
				seen[n] = true
				ids = append(ids, q.Options[n].ID)
			}
		}
		return &assessment.Answer{Choices: ids}, nil
	case questionnaire.KindDate:
		if err := checkDate(line); err != nil {
			return nil, err
		}
		return &assessment.Answer{Date: line}, nil
	}
	return &assessment.Answer{Text: line}, nil
}

// optionNumber reads a 1-based option number of q and returns its 0-based index.
func optionNumber(q *questionnaire.Question, s string) (int, error) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > len(q.Options) {
		return 0, fmt.Errorf("%q is not an option number: type a number from 1 to %d", s, len(q.Options))
	}
	return n - 1, nil
}

// checkDate accepts a calendar date written YYYY-MM-DD.
func checkDate(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%q is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31", s)
	}
	return nil
}

// parseSource reads how an answer is backed; empty means not said.
func parseSource(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
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
	return "", fmt.Errorf("%q is not a source: type stated, documented or verified, or leave it empty", s)
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

// describe shows an answer in a few words, as the screens and prompts list it.
func describe(q *questionnaire.Question, a *assessment.Answer) string {
	switch {
	case !a.Answered():
		return "not answered"
	case a.Unknown:
		return "unknown"
	case a.NA:
		return "not applicable"
	case a.Choice != "":
		return optionLabel(q, a.Choice)
	case len(a.Choices) > 0:
		labels := make([]string, len(a.Choices))
		for i, id := range a.Choices {
			labels[i] = optionLabel(q, id)
		}
		return strings.Join(labels, ", ")
	case a.Date != "":
		return a.Date
	}
	return a.Text
}

// optionLabel returns the label of the option with the id, or the id when there is none.
func optionLabel(q *questionnaire.Question, id string) string {
	if o := q.Option(id); o != nil && o.Label != "" {
		return o.Label
	}
	return id
}
