package scoring

import (
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Visible reports whether the question is shown and scored with these answers: a question
// without a condition always is; one with a condition is when the condition holds, where a
// question that is itself not shown counts as unanswered (so a question whose only target is
// hidden is hidden too). See Visibility, which decides every question at once.
func Visible(qn *questionnaire.Questionnaire, answers map[string]*assessment.Answer, q *questionnaire.Question) bool {
	return Visibility(qn, answers)[q.ID]
}

// Visibility returns Visible for every question of the questionnaire at once, by id. It walks
// the questions in order, so every question a condition names (always an earlier one) is
// decided before the condition; a question named before it is decided counts as not shown.
func Visibility(qn *questionnaire.Questionnaire, answers map[string]*assessment.Answer) map[string]bool {
	all := qn.Questions()
	e := env{qn: qn, answers: answers, visible: make(map[string]bool, len(all))}
	for _, q := range all {
		e.visible[q.ID] = q.When == nil || e.holds(q.When)
	}
	return e.visible
}
