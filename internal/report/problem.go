package report

import (
	"fmt"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// problemText says why a recorded answer could not be used. The explanation the scoring gives
// (QuestionResult.Problem) is English, so English documents show it as it is; other languages
// name the reason in their own words from the answer and the question, with a general sentence
// for a reason not recognised.
func (m *messages) problemText(q *questionnaire.Question, a *assessment.Answer, problem string) string {
	if m == &messagesEn || a == nil {
		return Text(problem)
	}
	switch {
	case a.NA && !q.AllowNA:
		return m.problemNA
	case a.Date != "" && q.Kind == questionnaire.KindDate && !isDate(a.Date):
		return fmt.Sprintf(m.problemDate, m.quoted(Text(a.Date)))
	case a.Date != "" && q.Kind == questionnaire.KindDate:
		return m.problemNoAssessmentDate
	}
	ids := append([]string{a.Choice}, a.Choices...)
	for _, id := range ids {
		if id != "" && q.Option(id) == nil && (q.Kind == questionnaire.KindChoice || q.Kind == questionnaire.KindMulti || q.Kind == questionnaire.KindYesNo) {
			return fmt.Sprintf(m.problemOption, m.quoted(Text(id)))
		}
	}
	return m.problemOther
}

// isDate reports whether s is a date written YYYY-MM-DD.
func isDate(s string) bool {
	var y, mo, d int
	n, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &mo, &d)
	return err == nil && n == 3 && len(s) == 10 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31
}
