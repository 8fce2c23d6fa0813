package scoring

import (
	"slices"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Visible reports whether the question is shown and scored with these answers: a question
// without a condition always is; one with a condition is when its target question is visible
// and answered with one of the listed options (for a multi target, when any chosen option is
// listed). An unknown, N/A or missing answer to the target does not satisfy the condition.
func Visible(qn *questionnaire.Questionnaire, answers map[string]*assessment.Answer, q *questionnaire.Question) bool {
	for q != nil && q.When != nil {
		target := qn.Question(q.When.Question)
		// Targets come earlier in the questionnaire, so the walk ends; a target that does not,
		// which a loaded questionnaire never has, hides the question rather than loop.
		if target == nil || qn.Index(target.ID) >= qn.Index(q.ID) || !holds(q.When, target, answers[target.ID]) {
			return false
		}
		q = target
	}
	return true
}

// Visibility returns Visible for every question of the questionnaire at once, by id. It walks
// the questions in order, so each condition's target is decided before the condition.
func Visibility(qn *questionnaire.Questionnaire, answers map[string]*assessment.Answer) map[string]bool {
	all := qn.Questions()
	vis := make(map[string]bool, len(all))
	for _, q := range all {
		if q.When == nil {
			vis[q.ID] = true
			continue
		}
		target := qn.Question(q.When.Question)
		vis[q.ID] = target != nil && vis[target.ID] && holds(q.When, target, answers[target.ID])
	}
	return vis
}

// holds reports whether the answer to a condition's target names one of the listed options: its
// choice for a choice or yesno target, any of its choices for a multi target.
func holds(c *questionnaire.Condition, target *questionnaire.Question, a *assessment.Answer) bool {
	if a == nil || a.Unknown || a.NA {
		return false
	}
	if target.Kind == questionnaire.KindMulti {
		return slices.ContainsFunc(a.Choices, func(id string) bool { return slices.Contains(c.In, id) })
	}
	return a.Choice != "" && slices.Contains(c.In, a.Choice)
}
