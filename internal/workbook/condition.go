package workbook

import (
	"fmt"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// condition says in words when a conditional question applies, or returns "" for a question
// always asked.
func (l *layout) condition(q *questionnaire.Question) string {
	if q.When == nil || q.When.Always() {
		return ""
	}
	return fmt.Sprintf(l.msg.appliesIf, l.describe(q.When, false))
}

// describe puts a condition in words: each atom, then all of them joined by "and", any of
// them by "or", a negation as "it is not the case that". nested asks for brackets around a
// compound, so that "a and (b or c)" reads as meant.
func (l *layout) describe(c *questionnaire.Condition, nested bool) string {
	msg := l.msg
	var parts []string
	if c.Question != "" && len(c.In) > 0 {
		parts = append(parts, l.answerIn(c))
	}
	if c.Question != "" && len(c.Is) > 0 {
		var states []string
		for _, s := range c.Is {
			states = append(states, fmt.Sprintf(msg.states[s], l.ref(c.Question)))
		}
		parts = append(parts, l.bracket(msg.joinWith(states, msg.or), nested && len(states) > 1))
	}
	for _, k := range c.All {
		parts = append(parts, l.describe(k, true))
	}
	if len(c.Any) > 0 {
		var alts []string
		for _, k := range c.Any {
			alts = append(alts, l.describe(k, true))
		}
		parts = append(parts, l.bracket(msg.joinWith(alts, msg.or), nested && len(alts) > 1))
	}
	if c.Not != nil {
		parts = append(parts, fmt.Sprintf(msg.notCond, l.describe(c.Not, true)))
	}
	return l.bracket(msg.joinWith(parts, msg.and), nested && len(parts) > 1)
}

// bracket puts a text in brackets when asked.
func (l *layout) bracket(s string, yes bool) string {
	if yes {
		return fmt.Sprintf(l.msg.bracket, s)
	}
	return s
}

// answerIn words an atom naming options: "the answer to 2.1 is “Yes”".
func (l *layout) answerIn(c *questionnaire.Condition) string {
	msg := l.msg
	target := l.qn.Question(c.Question)
	labels := make([]string, 0, len(c.In))
	for _, id := range c.In {
		label := id
		if target != nil {
			if o := target.Option(id); o != nil {
				label = oneLine(o.Label)
			}
		}
		labels = append(labels, fmt.Sprintf(msg.quote, label))
	}
	format := msg.answerIs
	if target != nil && target.Kind == questionnaire.KindMulti {
		format = msg.answerIncludes
	}
	return fmt.Sprintf(format, l.ref(c.Question), msg.joinWith(labels, msg.or))
}

// ref names a question in a condition: its number when the workbook holds it, else its prompt
// in quotes, marked as a question the organisation answers itself.
func (l *layout) ref(id string) string {
	if _, here := l.rowOf[id]; here {
		return l.numbers[id]
	}
	if q := l.qn.Question(id); q != nil {
		return fmt.Sprintf(l.msg.quote, oneLine(q.Prompt)) + l.msg.ourQuestion
	}
	return fmt.Sprintf(l.msg.quote, id)
}
