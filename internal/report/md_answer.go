package report

import (
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// question writes one question: a heading with its id, the prompt, then a list with the
// answer, the score and weight, the findings, the note, the evidence, the source and the
// references. A hidden question gets its prompt and why it was not asked.
func (m *markdown) question(qr scoring.QuestionResult) {
	q := qr.Question
	m.d.heading(4, Heading(q.ID))
	m.d.para(Text(q.Prompt))
	items := []string{"Answer: " + m.answer(qr)}
	if !qr.Visible {
		if qr.Answer.Answered() {
			items = append(items, "Recorded answer, not counted: "+rawValue(qr.Answer))
			items = append(items, m.annotations(qr.Answer)...)
		}
		m.d.list(items...)
		return
	}
	if s := scoreLine(qr); s != "" {
		items = append(items, s)
	}
	for _, f := range m.findingsOf[q] {
		items = append(items, "Finding ("+Text(string(f.Severity))+"): "+Text(f.Text))
		if rem := Text(f.Remedy); rem != "" {
			items = append(items, "Remedy: "+rem)
		}
	}
	items = append(items, m.annotations(qr.Answer)...)
	if len(q.Refs) > 0 {
		refs := make([]string, len(q.Refs))
		for i, id := range q.Refs {
			refs[i] = Text(id)
		}
		items = append(items, "References: "+strings.Join(refs, ", "))
	}
	m.d.list(items...)
}

// answer describes the answer to a question for a reader: option labels, a date, a text,
// or Unknown, Not applicable, Not answered, Hidden.
func (m *markdown) answer(qr scoring.QuestionResult) string {
	q, a := qr.Question, qr.Answer
	if !qr.Visible {
		return "Hidden (condition not met)" + m.condition(q)
	}
	var s string
	switch {
	case !a.Answered():
		s = "Not answered"
	case a.NA:
		s = "Not applicable"
	case a.Unknown:
		s = "Unknown"
	case a.Choice != "":
		s = optionLabel(q, a.Choice)
	case len(a.Choices) > 0:
		labels := make([]string, len(a.Choices))
		for i, id := range a.Choices {
			labels[i] = optionLabel(q, id)
		}
		s = strings.Join(labels, "; ")
	case a.Date != "":
		s = Text(a.Date)
	default:
		s = Text(a.Text)
	}
	if qr.Problem != "" {
		s += " (not used: " + Text(qr.Problem) + ")"
	}
	return s
}

// optionLabel returns the escaped label of an option, with its sensitivity on a profile
// question; an id the question does not have is shown as recorded, in quotes.
func optionLabel(q *questionnaire.Question, id string) string {
	o := q.Option(id)
	if o == nil {
		return "“" + Text(id) + "”"
	}
	s := Text(o.Label)
	if s == "" {
		s = Text(o.ID)
	}
	if o.Sensitivity != "" {
		s += " (sensitivity " + Text(string(o.Sensitivity)) + ")"
	}
	return s
}

// condition explains when a hidden question is asked.
func (m *markdown) condition(q *questionnaire.Question) string {
	if q.When == nil {
		return ""
	}
	target := m.r.Questionnaire.Question(q.When.Question)
	values := make([]string, len(q.When.In))
	for i, id := range q.When.In {
		if target != nil {
			values[i] = optionLabel(target, id)
		} else {
			values[i] = Text(id)
		}
	}
	return ": asked only when the answer to " + Text(q.When.Question) + " is " + strings.Join(values, " or ")
}

// scoreLine shows how the question counts in its section's score: score × weight, or why it
// does not count. It is empty for profile questions.
func scoreLine(qr scoring.QuestionResult) string {
	q := qr.Question
	switch {
	case q.IsProfile():
		return ""
	case !q.Scored():
		return "Score: not scored"
	case qr.Status == scoring.StatusNA:
		return "Score: not counted (not applicable)"
	case !qr.Counted:
		return "Score: not counted"
	}
	s := "Score × weight: " + num(qr.Score) + " × " + num(q.Weight)
	switch {
	case qr.Status == scoring.StatusUnknown:
		s += " (an unknown answer scores 0)"
	case qr.Problem != "":
		s += " (an answer that cannot be used scores 0)"
	case qr.Status == scoring.StatusUnanswered:
		s += " (no answer scores 0)"
	}
	return s
}

// annotations lists what came with an answer: the note, the evidence (with the SHA-256 of
// files) and the source, who gave it and when.
func (m *markdown) annotations(a *assessment.Answer) []string {
	if a == nil {
		return nil
	}
	var items []string
	if note := Text(a.Note); note != "" {
		items = append(items, "Note: "+note)
	}
	var evidence []string
	for _, e := range a.Evidence {
		if Text(e) != "" {
			evidence = append(evidence, evidenceItem(m.opt.EvidenceDir, e))
		}
	}
	if len(evidence) > 0 {
		items = append(items, "Evidence:"+sublist(evidence))
	}
	var src []string
	if s := Text(a.Source); s != "" {
		src = append(src, s)
	}
	if by := Text(a.By); by != "" {
		src = append(src, "given by "+by)
	}
	if at := Text(a.At); at != "" {
		src = append(src, "recorded "+at)
	}
	if len(src) > 0 {
		items = append(items, "Source: "+strings.Join(src, ", "))
	}
	return items
}

// rawValue describes a recorded answer as it is in the answers file, for answers the report
// cannot match to the questionnaire.
func rawValue(a *assessment.Answer) string {
	switch {
	case a == nil || !a.Answered():
		return "no value"
	case a.NA:
		return "not applicable"
	case a.Unknown:
		return "unknown"
	case a.Choice != "":
		return "choice “" + Text(a.Choice) + "”"
	case len(a.Choices) > 0:
		ids := make([]string, len(a.Choices))
		for i, id := range a.Choices {
			ids[i] = "“" + Text(id) + "”"
		}
		return "choices " + strings.Join(ids, ", ")
	case a.Date != "":
		return "date " + Text(a.Date)
	}
	return "text “" + Text(a.Text) + "”"
}
