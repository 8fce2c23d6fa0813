package scoring

import (
	"time"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// findings lists the findings a section question's answer raises: the finding of each chosen
// option (yesno through its implied options), finding_unknown for unknown, and for an expiry
// date a high finding when it has passed or a low one when it is within 90 days. Hidden questions and answers that cannot be used raise
// none; Score asks only for section questions.
func (s *scorer) findings(qr QuestionResult) []Finding {
	q, a := qr.Question, qr.Answer
	var out []Finding
	add := func(f *questionnaire.Finding) {
		if f != nil {
			out = append(out, Finding{Question: q, Finding: *f})
		}
	}
	switch {
	case qr.Status == StatusUnknown:
		add(q.FindingUnknown)
	case qr.Status != StatusAnswered:
	case q.Kind == questionnaire.KindChoice, q.Kind == questionnaire.KindYesNo:
		add(q.Option(a.Choice).Finding)
	case q.Kind == questionnaire.KindMulti:
		for _, o := range chosen(q, a.Choices) {
			add(o.Finding)
		}
	case q.Kind == questionnaire.KindDate && q.Expiry && s.dated:
		d, err := time.Parse(time.DateOnly, a.Date)
		if err != nil {
			break
		}
		switch expiryScore(d, s.assessed) {
		case 0:
			out = append(out, Finding{Question: q, Kind: FindingExpired, Date: a.Date,
				Finding: questionnaire.Finding{Severity: questionnaire.SeverityHigh}})
		case 0.5:
			out = append(out, Finding{Question: q, Kind: FindingExpiring, Date: a.Date,
				Finding: questionnaire.Finding{Severity: questionnaire.SeverityLow}})
		}
	}
	return out
}
