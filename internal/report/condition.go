package report

import (
	"fmt"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// condNames says how a document names, in a condition, a question (nil when the questionnaire
// lacks it) and an option label; both return escaped text.
type condNames struct {
	question func(q *questionnaire.Question, id string) string
	option   func(label string) string
}

// simpleCondition reports whether a condition is the one shape version 1 files had, a question
// with in and nothing else, which documents word as they always did.
func simpleCondition(c *questionnaire.Condition) bool {
	return c.Question != "" && c.In != nil && c.Is == nil && c.All == nil && c.Any == nil && c.Not == nil &&
		c.Sensitivity == nil && c.Rating == nil && c.Worst == nil && c.Complete == nil
}

// describe says a condition in words: its parts joined by "and", any by "or", not as "not (…)",
// a nested group in parentheses when it joins several parts.
func (m *messages) describe(qn *questionnaire.Questionnaire, c *questionnaire.Condition, nm condNames) string {
	s, _ := m.describeParts(qn, c, nm)
	return s
}

// describeParts describes a condition and reports whether it joins several parts (and so needs
// parentheses inside another).
func (m *messages) describeParts(qn *questionnaire.Questionnaire, c *questionnaire.Condition, nm condNames) (string, bool) {
	if c == nil {
		return "", false
	}
	var parts []string
	if c.Question != "" {
		parts = append(parts, m.describeAnswer(qn, c, nm)...)
	}
	for _, k := range c.All {
		parts = append(parts, m.nested(qn, k, nm, len(c.All) > 1 || len(parts) > 0))
	}
	if len(c.Any) > 0 {
		alts := make([]string, len(c.Any))
		for i, k := range c.Any {
			alts[i] = m.nested(qn, k, nm, len(c.Any) > 1)
		}
		alt := m.joinOr(alts)
		if len(alts) > 1 && (len(parts) > 0 || hasOutcome(c) || c.Not != nil) {
			alt = fmt.Sprintf(m.vd.condGroup, alt)
		}
		parts = append(parts, alt)
	}
	if c.Not != nil {
		parts = append(parts, m.describeNot(qn, c.Not, nm))
	}
	parts = append(parts, m.describeOutcome(c)...)
	return m.joinAnd(parts), len(parts) > 1 || (len(parts) == 1 && len(c.Any) > 1)
}

// describeNot words the negation of a condition: "is not" for one atom on an answer, the
// opposite for complete, "not (…)" otherwise.
func (m *messages) describeNot(qn *questionnaire.Questionnaire, c *questionnaire.Condition, nm condNames) string {
	only := c.All == nil && c.Any == nil && c.Not == nil && !hasOutcome(c)
	switch {
	case only && c.Question != "" && (c.In == nil) != (c.Is == nil):
		return m.describeAtom(qn, c, nm, true)
	case c.Question == "" && c.All == nil && c.Any == nil && c.Not == nil && c.Complete != nil &&
		c.Sensitivity == nil && c.Rating == nil && c.Worst == nil:
		if *c.Complete {
			return m.vd.condDraft
		}
		return m.vd.condComplete
	}
	return fmt.Sprintf(m.vd.condNot, m.describe(qn, c, nm))
}

// hasOutcome reports whether a condition holds an atom on the verdict.
func hasOutcome(c *questionnaire.Condition) bool {
	return len(c.Sensitivity) > 0 || len(c.Rating) > 0 || c.Worst != nil || c.Complete != nil
}

// nested describes a condition inside all or any, in parentheses when it joins several parts
// and group says it sits beside others.
func (m *messages) nested(qn *questionnaire.Questionnaire, c *questionnaire.Condition, nm condNames, group bool) string {
	s, several := m.describeParts(qn, c, nm)
	if several && group {
		return fmt.Sprintf(m.vd.condGroup, s)
	}
	return s
}

// describeAnswer words the atoms on an answer: in and is.
func (m *messages) describeAnswer(qn *questionnaire.Questionnaire, c *questionnaire.Condition, nm condNames) []string {
	var parts []string
	if c.In != nil {
		parts = append(parts, m.describeAtom(qn, &questionnaire.Condition{Question: c.Question, In: c.In}, nm, false))
	}
	if c.Is != nil {
		parts = append(parts, m.describeAtom(qn, &questionnaire.Condition{Question: c.Question, Is: c.Is}, nm, false))
	}
	return parts
}

// describeAtom words one atom on an answer, in or is, or its negation.
func (m *messages) describeAtom(qn *questionnaire.Questionnaire, c *questionnaire.Condition, nm condNames, not bool) string {
	q := qn.Question(c.Question)
	name := nm.question(q, c.Question)
	if c.Is != nil {
		states := make([]string, len(c.Is))
		for i, st := range c.Is {
			states[i] = m.stateWord(st)
		}
		format := m.vd.condState
		if not {
			format = m.vd.condStateNot
		}
		return fmt.Sprintf(format, name, m.joinOr(states))
	}
	labels := make([]string, len(c.In))
	for i, id := range c.In {
		label := id
		if q != nil {
			if o := q.Option(id); o != nil && strings.TrimSpace(o.Label) != "" {
				label = o.Label
			}
		}
		labels[i] = nm.option(trimSentenceEnd(label))
	}
	multi := q != nil && q.Kind == questionnaire.KindMulti
	var format string
	switch {
	case multi && not:
		format = m.vd.condExcludes
	case multi && len(labels) > 1:
		format = m.vd.condIncludesAny
	case multi:
		format = m.vd.condIncludes
	case not:
		format = m.vd.condIsNot
	default:
		format = m.vd.condIs
	}
	return fmt.Sprintf(format, name, m.joinOr(labels))
}

// describeOutcome words the atoms on the verdict: sensitivity, rating, worst and complete.
func (m *messages) describeOutcome(c *questionnaire.Condition) []string {
	var parts []string
	if len(c.Sensitivity) > 0 {
		words := make([]string, len(c.Sensitivity))
		for i, s := range c.Sensitivity {
			words[i] = m.sensitivityWord(s)
		}
		parts = append(parts, fmt.Sprintf(m.vd.condSensitivity, m.joinOr(words)))
	}
	if len(c.Rating) > 0 {
		words := make([]string, len(c.Rating))
		for i, r := range c.Rating {
			words[i] = Text(r)
		}
		parts = append(parts, fmt.Sprintf(m.vd.condRating, m.joinOr(words)))
	}
	if c.Worst != nil {
		words := make([]string, len(c.Worst))
		for i, s := range c.Worst {
			words[i] = m.vd.noFinding
			if s != questionnaire.SeverityNone {
				words[i] = strings.ToLower(m.severityName(s))
			}
		}
		parts = append(parts, fmt.Sprintf(m.vd.condWorst, m.joinOr(words)))
	}
	if c.Complete != nil {
		if *c.Complete {
			parts = append(parts, m.vd.condComplete)
		} else {
			parts = append(parts, m.vd.condDraft)
		}
	}
	return parts
}

// stateWord names the state of an answer inside a sentence.
func (m *messages) stateWord(s questionnaire.AnswerState) string {
	switch s {
	case questionnaire.StateAnswered:
		return m.vd.stateAnswered
	case questionnaire.StateUnknown:
		return m.vd.stateUnknown
	case questionnaire.StateNA:
		return m.vd.stateNA
	}
	return m.vd.stateUnanswered
}

// trimSentenceEnd drops the full stop that ends a label ("Singapore."), so that labels joined
// in a sentence read "Singapore or Mainland China", not "Singapore. or Mainland China.".
func trimSentenceEnd(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") {
		return s
	}
	return strings.TrimRight(s, ".。")
}
