package scoring

import (
	"math"
	"slices"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// expiryWindow is how close to the assessment date an expiry date still scores half: within 90
// days (0 < d <= 90) it is 0.5, beyond that 1, on or before the assessment date 0.
const expiryWindow = 90 * 24 * time.Hour

// question scores one question from its answer (nil when the file has none).
func (s *scorer) question(q *questionnaire.Question, a *assessment.Answer) QuestionResult {
	qr := QuestionResult{Question: q, Answer: a, Visible: s.visible[q.ID], Status: StatusUnanswered}
	switch {
	case !qr.Visible:
		qr.Status = StatusHidden
		return qr
	case !a.Answered():
	case a.Unknown:
		qr.Status = StatusUnknown
	case a.NA && q.AllowNA:
		qr.Status = StatusNA
	default:
		if qr.Problem = assessment.CheckAnswer(q, a); qr.Problem == nil {
			qr.Score, qr.Problem = s.value(q, a)
		}
		if qr.Problem == nil {
			qr.Status = StatusAnswered
		} else {
			qr.Score = 0
		}
	}
	qr.Counted = q.Scored() && qr.Status != StatusNA
	return qr
}

// value returns s_q for an answer that fits its question, or why it cannot be scored.
func (s *scorer) value(q *questionnaire.Question, a *assessment.Answer) (float64, *assessment.AnswerProblem) {
	switch q.Kind {
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		return q.Option(a.Choice).Score, nil
	case questionnaire.KindMulti:
		return multiScore(q, a.Choices), nil
	case questionnaire.KindDate:
		if !q.Expiry {
			return 0, nil
		}
		if !s.dated {
			return 0, &assessment.AnswerProblem{Code: assessment.ProblemUndated, Value: a.Date}
		}
		d, _ := time.Parse(time.DateOnly, a.Date) // CheckAnswer checked it
		return expiryScore(d, s.assessed), nil
	}
	return 0, nil
}

// multiScore aggregates the scores of the chosen options, each counted once: the lowest (the
// default), the highest, the mean, or the sum capped at 1.
func multiScore(q *questionnaire.Question, choices []string) float64 {
	var scores []float64
	for _, o := range chosen(q, choices) {
		scores = append(scores, o.Score)
	}
	switch q.Aggregate {
	case questionnaire.AggregateMax:
		return slices.Max(scores)
	case questionnaire.AggregateMean:
		return sum(scores) / float64(len(scores))
	case questionnaire.AggregateSum:
		return math.Min(sum(scores), 1)
	}
	return slices.Min(scores)
}

// chosen returns the options named in choices, in the question's order, each once.
func chosen(q *questionnaire.Question, choices []string) []*questionnaire.Option {
	var out []*questionnaire.Option
	for i := range q.Options {
		if slices.Contains(choices, q.Options[i].ID) {
			out = append(out, &q.Options[i])
		}
	}
	return out
}

// sum adds the scores in order.
func sum(scores []float64) float64 {
	var t float64
	for _, s := range scores {
		t += s
	}
	return t
}

// expiryScore scores an expiry date against the assessment date: 1 when more than 90 days
// later, 0.5 when 1 to 90 days later, 0 on or before it.
func expiryScore(expiry, assessed time.Time) float64 {
	switch left := expiry.Sub(assessed); {
	case left <= 0:
		return 0
	case left <= expiryWindow:
		return 0.5
	}
	return 1
}
