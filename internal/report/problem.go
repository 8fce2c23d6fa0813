package report

import (
	"fmt"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// problemText says in the document's language why a recorded answer could not be used, from
// the code and value the scoring gives.
func (m *messages) problemText(p *assessment.AnswerProblem) string {
	switch p.Code {
	case assessment.ProblemNA:
		return m.problemNA
	case assessment.ProblemKind:
		return fmt.Sprintf(m.vd.problemKind, m.valueWord(p.Value), m.valueWord(p.Want))
	case assessment.ProblemOption:
		return fmt.Sprintf(m.problemOption, Text(p.Value))
	case assessment.ProblemDate:
		return fmt.Sprintf(m.problemDate, Text(p.Value))
	case assessment.ProblemUndated:
		return m.problemNoAssessmentDate
	}
	return m.problemOther
}

// valueWord names the value field of an answer (choice, choices, date, text) in words.
func (m *messages) valueWord(field string) string {
	switch field {
	case "choice":
		return m.vd.valueChoice
	case "choices":
		return m.vd.valueChoices
	case "date":
		return m.vd.valueDate
	}
	return m.vd.valueText
}
