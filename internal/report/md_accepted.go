package report

import (
	"fmt"

	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// acceptedRisks writes the accepted risks in the order of the answers file: the question or
// rule, who accepted it, when and until when, why, and the findings it covers; an acceptance
// that ran out before the assessment date is flagged as expired. Nothing is written when the
// file accepts no risk.
func (m *markdown) acceptedRisks() {
	if len(m.r.Accepted) == 0 {
		return
	}
	msg := m.msg
	m.d.heading(2, msg.acc.heading)
	m.d.para(msg.acc.intro)
	items := make([]string, 0, len(m.r.Accepted))
	for _, a := range m.r.Accepted {
		head := m.findingSource(a.Finding)
		if a.Expired {
			head = msg.acc.expiredMark + head
		}
		sub := []string{fmt.Sprintf(msg.acc.by, Text(a.By), Text(a.On), Text(a.Until))}
		if a.Expired {
			sub = append(sub, fmt.Sprintf(msg.acc.ranOut, Text(a.Until), Text(m.r.File.Assessment.Date)))
		}
		sub = append(sub, msg.acc.reason+Text(a.Reason))
		for _, f := range a.Findings {
			text, _ := msg.findingWords(f)
			sub = append(sub, fmt.Sprintf(msg.acc.finding, msg.severityName(f.Severity), Text(text)))
		}
		if len(a.Findings) == 0 {
			sub = append(sub, msg.acc.noFinding)
		}
		items = append(items, head+sublist(sub))
	}
	m.d.list(items...)
}

// findingSource names the question or rule an accepted entry names: its id, and a question's
// prompt.
func (m *markdown) findingSource(id string) string {
	s := Text(id)
	if s == "" {
		s = m.msg.emptyID
	}
	if q := m.r.Questionnaire.Question(id); q != nil {
		s += m.msg.colon + Text(q.Prompt)
	}
	return s
}

// acceptedNote says, for a finding in the list of critical and high findings, who accepted its
// risk and until when; "" when nobody did.
func (m *markdown) acceptedNote(f scoring.Finding) string {
	a := m.r.Acceptance(f)
	if a == nil {
		return ""
	}
	format := m.msg.acc.covered
	if a.Expired {
		format = m.msg.acc.coveredExpired
	}
	return fmt.Sprintf(format, Text(a.By), Text(a.Until))
}

// carried writes the visible questions whose answers were carried over from an earlier
// assessment and not confirmed since, with those answers. Nothing is written when there are none.
func (m *markdown) carried() {
	var items []string
	for _, qr := range m.r.Questions {
		if qr.Visible && qr.Answer != nil && qr.Answer.Carried {
			items = append(items, m.findingSource(qr.Question.ID)+sublist([]string{m.msg.acc.carriedAnswer + m.answer(qr)}))
		}
	}
	if len(items) == 0 {
		return
	}
	m.d.heading(2, m.msg.acc.carriedHeading)
	m.d.para(m.msg.count(m.msg.acc.carriedIntro, len(items)))
	m.d.list(items...)
}
