package scoring

import (
	"fmt"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// expiredFinding is the finding of an expiry date on or before the assessment date.
func expiredFinding(date string) questionnaire.Finding {
	return questionnaire.Finding{
		Severity: questionnaire.SeverityHigh,
		Text:     fmt.Sprintf("The date given, %s, is not after the assessment date: the document it belongs to has expired.", date),
		Remedy:   "Ask the vendor for the renewed document and record its new date.",
	}
}

// findings lists the findings a section question's answer raises: the finding of each chosen
// option (yesno through its implied options), finding_unknown for unknown, and a high finding
// for an expiry date that has passed. Hidden questions and answers that cannot be used raise
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
		if d, err := time.Parse(time.DateOnly, a.Date); err == nil && expiryScore(d, s.assessed) == 0 {
			f := expiredFinding(a.Date)
			add(&f)
		}
	}
	return out
}
