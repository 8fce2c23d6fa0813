package report

import (
	"fmt"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// question writes one question: a heading with its number and prompt, then a list with the
// answer, the score and weight, the findings, the note, the evidence, the source and the
// references. A hidden question gets why it was not asked.
func (m *markdown) question(qr scoring.QuestionResult) {
	q, msg := qr.Question, m.msg
	prompt := Heading(trimHeadingEnd(q.Prompt))
	if prompt == "" {
		prompt = Heading(q.ID)
	}
	m.d.heading(4, m.numbered(q, prompt))
	findings := m.findingsOf[q]
	// The list is written before the next question's is made: they share one slice.
	items := append(m.items[:0], msg.answer+m.answer(qr))
	defer func() { m.items = items[:0] }()
	if !qr.Visible {
		if qr.Answer.Answered() {
			items = append(items, msg.recordedNotCounted+msg.rawValue(qr.Answer))
			items = m.annotations(items, qr.Answer)
		}
		m.d.list(items...)
		return
	}
	if s := msg.scoreLine(qr); s != "" {
		items = append(items, s)
	}
	for _, f := range findings {
		text, remedy := msg.findingWords(f)
		items = append(items, fmt.Sprintf(msg.findingSeverity, strings.ToLower(msg.severityName(f.Severity)))+Text(text))
		if rem := Text(remedy); rem != "" {
			items = append(items, msg.remedy+rem)
		}
	}
	items = m.annotations(items, qr.Answer)
	if refs := m.refTitles(msg.references, q.Refs); refs != "" {
		items = append(items, refs)
	}
	m.d.list(items...)
}

// numbered puts a question's number before its escaped prompt, in one allocation.
func (m *markdown) numbered(q *questionnaire.Question, prompt string) string {
	n := m.r.Questionnaire.Number(q)
	var b strings.Builder
	b.Grow(len(n) + 1 + len(prompt))
	b.WriteString(n)
	b.WriteByte(' ')
	b.WriteString(prompt)
	return b.String()
}

// answer describes the answer to a question for a reader: option labels, a date, a text,
// or Unknown, Not applicable, Not answered, Hidden.
func (m *markdown) answer(qr scoring.QuestionResult) string {
	q, a, msg := qr.Question, qr.Answer, m.msg
	if !qr.Visible {
		return msg.hidden + m.condition(q)
	}
	var s string
	switch {
	case !a.Answered():
		s = msg.notAnswered
	case a.NA:
		s = msg.notApplicableAnswer
	case a.Unknown:
		s = msg.unknownAnswer
	case a.Choice != "":
		s = msg.optionLabel(q, a.Choice)
	case len(a.Choices) > 0:
		labels := make([]string, len(a.Choices))
		for i, id := range a.Choices {
			labels[i] = msg.optionLabel(q, id)
		}
		s = strings.Join(labels, msg.listSepComma)
	case a.Date != "":
		s = Text(a.Date)
	default:
		s = Text(a.Text)
	}
	if qr.Problem != nil {
		s += fmt.Sprintf(msg.notUsed, msg.problemText(qr.Problem))
	}
	return s
}

// optionLabel returns the escaped label of an option, with its sensitivity on a profile
// question; an id the question does not have is shown as recorded, in quotes.
func (m *messages) optionLabel(q *questionnaire.Question, id string) string {
	o := q.Option(id)
	if o == nil {
		return m.quoted(Text(id))
	}
	s := Text(o.Label)
	if s == "" {
		s = Text(o.ID)
	}
	if o.Sensitivity != "" {
		s += fmt.Sprintf(m.optionSensitivity, m.sensitivityWord(o.Sensitivity))
	}
	return s
}

// condition explains when a hidden question is asked.
func (m *markdown) condition(q *questionnaire.Question) string {
	c := q.When
	if c == nil {
		return ""
	}
	qn := m.r.Questionnaire
	if !simpleCondition(c) {
		return fmt.Sprintf(m.msg.vd.askedWhen, m.msg.describe(qn, c, m.condNames()))
	}
	target := qn.Question(c.Question)
	values := make([]string, len(c.In))
	for i, id := range c.In {
		if target != nil {
			values[i] = m.msg.optionLabel(target, id)
		} else {
			values[i] = Text(id)
		}
	}
	name := qn.Number(target)
	if name == "" {
		name = Text(c.Question)
	}
	return fmt.Sprintf(m.msg.askedOnlyWhen, name, strings.Join(values, m.msg.or))
}

// condNames names questions by number (by id when the questionnaire lacks them) and options by
// their quoted label in the report's conditions.
func (m *markdown) condNames() condNames {
	return condNames{
		question: func(q *questionnaire.Question, id string) string {
			if n := m.r.Questionnaire.Number(q); n != "" {
				return n
			}
			return Text(id)
		},
		option: func(label string) string { return m.msg.quoted(Text(label)) },
	}
}

// scoreLine shows how the question counts in its section's score: score × weight, or why it
// does not count. It is empty for profile questions.
func (m *messages) scoreLine(qr scoring.QuestionResult) string {
	q := qr.Question
	switch {
	case q.IsProfile():
		return ""
	case !q.Scored():
		return m.scoreNotScored
	case qr.Status == scoring.StatusNA:
		return m.scoreNotCountedNA
	case !qr.Counted:
		return m.scoreNotCounted
	}
	s := fmt.Sprintf(m.scoreTimesWeight, m.num(qr.Score), m.num(q.Weight))
	switch {
	case qr.Status == scoring.StatusUnknown:
		s += m.scoresZeroUnknown
	case qr.Problem != nil:
		s += m.scoresZeroUnusable
	case qr.Status == scoring.StatusUnanswered:
		s += m.scoresZeroMissing
	}
	return s
}

// annotations appends to items what came with an answer: the note, the evidence (with the
// SHA-256 of files) and the source, who gave it and when.
func (m *markdown) annotations(items []string, a *assessment.Answer) []string {
	if a == nil {
		return items
	}
	msg := m.msg
	if note := Text(a.Note); note != "" {
		items = append(items, msg.note+note)
	}
	var evidence []string
	for _, e := range a.Evidence {
		if text := Text(e); text != "" {
			evidence = append(evidence, msg.evidenceItem(m.opt, e, text))
		}
	}
	if len(evidence) > 0 {
		items = append(items, msg.evidence+sublist(evidence))
	}
	if line := m.sourceLine(a); line != "" {
		items = append(items, line)
	}
	if a.Carried {
		items = append(items, msg.acc.carriedNote)
	}
	return items
}

// sourceLine says how far an answer is backed, who gave it and when, or nothing: "Source:"
// only when the answer names one. It is written in one buffer: it runs for most answers of a
// report.
func (m *markdown) sourceLine(a *assessment.Answer) string {
	msg := m.msg
	source, by, at := Text(a.Source), Text(a.By), Text(a.At)
	if source == "" && by == "" && at == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(msg.source) + len(source) + len(by) + len(at) + 48)
	open, closing := "", ""
	if source != "" {
		b.WriteString(msg.source)
		b.WriteString(msg.sourceWord(a.Source))
		if by != "" || at != "" {
			open, closing, _ = strings.Cut(msg.paren, "%[1]s")
		}
	} else {
		b.WriteString(msg.answered)
	}
	b.WriteString(open)
	if by != "" {
		fill(&b, msg.givenBy, by)
	}
	if at != "" {
		if by != "" {
			b.WriteString(msg.listSep)
		}
		fill(&b, msg.recordedAt, at)
	}
	b.WriteString(closing)
	return b.String()
}

// fill writes a format holding one %[1]s with value in its place.
func fill(b *strings.Builder, format, value string) {
	before, after, _ := strings.Cut(format, "%[1]s")
	b.WriteString(before)
	b.WriteString(value)
	b.WriteString(after)
}

// rawValue describes a recorded answer as it is in the answers file, for answers the report
// cannot match to the questionnaire.
func (m *messages) rawValue(a *assessment.Answer) string {
	switch {
	case a == nil || !a.Answered():
		return m.rawNoValue
	case a.NA:
		return m.notApplicable
	case a.Unknown:
		return m.unknown
	case a.Choice != "":
		return fmt.Sprintf(m.rawChoice, m.quoted(Text(a.Choice)))
	case len(a.Choices) > 0:
		ids := make([]string, len(a.Choices))
		for i, id := range a.Choices {
			ids[i] = m.quoted(Text(id))
		}
		return fmt.Sprintf(m.rawChoices, strings.Join(ids, m.listSep))
	case a.Date != "":
		return fmt.Sprintf(m.rawDate, Text(a.Date))
	}
	return fmt.Sprintf(m.rawText, m.quoted(Text(a.Text)))
}
