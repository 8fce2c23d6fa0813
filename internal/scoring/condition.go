package scoring

import (
	"slices"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// env is what a condition is decided against: the answers and which questions are shown, and,
// for rules and recommendations, the verdict so far.
type env struct {
	qn      *questionnaire.Questionnaire
	answers map[string]*assessment.Answer
	visible map[string]bool

	sensitivity questionnaire.Sensitivity
	rating      string
	worst       questionnaire.Severity // SeverityNone when no finding was raised
	complete    bool
}

// holds reports whether the condition holds: every part that is set holds. A nil condition
// always holds.
func (e *env) holds(c *questionnaire.Condition) bool {
	if c == nil {
		return true
	}
	if c.Question != "" {
		q := e.qn.Question(c.Question)
		a := e.answer(q)
		if c.In != nil && !answerIn(q, a, c.In) {
			return false
		}
		if c.Is != nil && !slices.Contains(c.Is, State(q, a)) {
			return false
		}
	}
	switch {
	case c.All != nil && !all(c.All, e.holds),
		c.Any != nil && !slices.ContainsFunc(c.Any, e.holds),
		c.Not != nil && e.holds(c.Not),
		len(c.Sensitivity) > 0 && !slices.Contains(c.Sensitivity, e.sensitivity),
		len(c.Rating) > 0 && !slices.Contains(c.Rating, e.rating),
		c.Worst != nil && !slices.Contains(c.Worst, e.worst),
		c.Complete != nil && *c.Complete != e.complete:
		return false
	}
	return true
}

// all reports whether f holds for every condition.
func all(cs []*questionnaire.Condition, f func(*questionnaire.Condition) bool) bool {
	for _, c := range cs {
		if !f(c) {
			return false
		}
	}
	return true
}

// answer returns the answer to a shown question, or nil for a question that does not exist or
// is not shown: a question that is not asked has no answer.
func (e *env) answer(q *questionnaire.Question) *assessment.Answer {
	if q == nil || !e.visible[q.ID] {
		return nil
	}
	return e.answers[q.ID]
}

// answerIn reports whether the answer names one of the options: its choice for a choice or
// yesno question, any of its choices for a multi question. Unknown and N/A name none.
func answerIn(q *questionnaire.Question, a *assessment.Answer, options []string) bool {
	if q == nil || a == nil || a.Unknown || a.NA {
		return false
	}
	if q.Kind == questionnaire.KindMulti {
		return slices.ContainsFunc(a.Choices, func(id string) bool { return slices.Contains(options, id) })
	}
	return a.Choice != "" && slices.Contains(options, a.Choice)
}

// State returns the state of an answer to a question, as the is atom of a condition tests it:
// no answer, and an answer that cannot be used for the question (an option it does not offer,
// N/A where it is not allowed), are unanswered.
func State(q *questionnaire.Question, a *assessment.Answer) questionnaire.AnswerState {
	switch {
	case q == nil || !a.Answered():
		return questionnaire.StateUnanswered
	case a.Unknown:
		return questionnaire.StateUnknown
	case a.NA && q.AllowNA:
		return questionnaire.StateNA
	case assessment.CheckAnswer(q, a) != nil:
		return questionnaire.StateUnanswered
	}
	return questionnaire.StateAnswered
}
