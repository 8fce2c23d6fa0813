package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// findings writes the findings resolved since the earlier assessment, those new in the later
// one, and those still open.
func (df *diff) findings(d *doc) {
	d.heading(2, df.msg.findingsHeading2)
	resolved := missingFindings(df.earlier.Findings, df.later.Findings)
	added := missingFindings(df.later.Findings, df.earlier.Findings)
	var open []scoring.Finding
	for _, f := range df.later.Findings {
		if !slices.ContainsFunc(added, func(a scoring.Finding) bool { return sameFinding(a, f) }) {
			open = append(open, f)
		}
	}
	if len(resolved)+len(added)+len(open) == 0 {
		d.para(df.msg.noFindings)
		return
	}
	df.findingList(d, df.msg.resolved, resolved, false)
	df.findingList(d, df.msg.added, added, true)
	df.findingList(d, df.msg.stillOpen, open, false)
}

// findingList writes one group of findings under a heading with their count; the remedies
// with remedy.
func (df *diff) findingList(d *doc, title string, fs []scoring.Finding, remedy bool) {
	d.heading(3, fmt.Sprintf(df.msg.groupCount, title, len(fs)))
	if len(fs) == 0 {
		d.para(df.msg.listNone)
		return
	}
	items := make([]string, len(fs))
	for i, f := range fs {
		text, rem := df.msg.findingWords(f)
		source := ""
		if f.Rule != nil {
			source = df.msg.ruleSource(df.later.Questionnaire, f.Rule)
		} else {
			source = df.numbered(f.Question)
		}
		item := "**" + df.msg.severityName(f.Severity) + "** " + source + " — " + inline(text)
		if remedy && rem != "" {
			item += df.msg.inlineRemedy + inline(rem)
		}
		items[i] = item
	}
	d.list(items...)
}

// missingFindings returns the findings of from that to does not have.
func missingFindings(from, to []scoring.Finding) []scoring.Finding {
	var out []scoring.Finding
	for _, f := range from {
		if !slices.ContainsFunc(to, func(g scoring.Finding) bool { return sameFinding(f, g) }) {
			out = append(out, f)
		}
	}
	return out
}

// sameFinding reports whether two findings are the same: raised by the same question or rule,
// with the same severity, kind, date and text.
func sameFinding(a, b scoring.Finding) bool {
	return a.FindingID() == b.FindingID() && (a.Rule == nil) == (b.Rule == nil) && a.Severity == b.Severity &&
		a.Kind == b.Kind && a.Date == b.Date && a.Text == b.Text
}

// numbered returns the question's prompt, escaped, after its number in the later version where
// that version has it.
func (df *diff) numbered(q *questionnaire.Question) string {
	if n, ok := df.numbers[q.ID]; ok {
		return n + " " + inline(q.Prompt)
	}
	return inline(q.Prompt)
}

// answers writes every answer that changed, with its note, group by group.
func (df *diff) answers(d *doc) {
	d.heading(2, df.msg.changedHeading)
	later := df.later.Questionnaire
	type group struct {
		title string
		items []string
	}
	var groups []group
	add := func(title string, qs []*questionnaire.Question) {
		var items []string
		for _, q := range qs {
			if item, ok := df.changed(q); ok {
				items = append(items, item)
			}
		}
		if len(items) > 0 {
			groups = append(groups, group{title, items})
		}
	}
	add(df.msg.profileGroup, later.Profile)
	for i, s := range later.Sections {
		add(fmt.Sprintf("%d. %s", i+1, Heading(trimHeadingEnd(s.Title))), s.Questions)
	}
	if len(groups) == 0 {
		if df.earlier.Questionnaire.Version == df.later.Questionnaire.Version {
			d.para(df.msg.noChange)
		} else {
			d.para(df.msg.noChangeCommon)
		}
		return
	}
	for _, g := range groups {
		d.heading(3, g.title)
		d.list(g.items...)
	}
}

// changed returns the list item of a question whose answer, note, evidence or source differs
// between the assessments; both must have the question.
func (df *diff) changed(q *questionnaire.Question) (string, bool) {
	e, l := df.earlierQs[q.ID], df.laterQs[q.ID]
	if e == nil || l == nil || df.answerRecord(e) == df.answerRecord(l) {
		return "", false
	}
	return "**" + df.numbered(q) + "**" + sublist([]string{df.msg.earlierAnswer + df.answerDetail(e),
		df.msg.laterAnswer + df.answerDetail(l)}), true
}

// answerRecord gathers what the diff compares of an answer: the answer itself, how it is
// backed, the note and the evidence.
func (df *diff) answerRecord(qr *scoring.QuestionResult) string {
	rec := []string{df.msg.answerText(qr)}
	if a := qr.Answer; a != nil {
		rec = append(rec, a.Source, oneLine(a.Note))
		rec = append(rec, a.Evidence...)
	}
	return strings.Join(rec, "\x00")
}

// answerDetail shows an answer for a list item of the diff: the answer and how it is backed,
// then the note and the evidence in a nested list; all escaped.
func (df *diff) answerDetail(qr *scoring.QuestionResult) string {
	s := inline(df.msg.answerText(qr))
	a := qr.Answer
	if a == nil {
		return s
	}
	if inline(a.Source) != "" {
		s = df.msg.parens(s, df.msg.sourceWord(strings.Join(Plain(a.Source), " ")))
	}
	var more []string
	if note := Text(a.Note); note != "" {
		more = append(more, df.msg.note+note)
	}
	var ev []string
	for _, e := range a.Evidence {
		if t := inline(e); t != "" {
			ev = append(ev, t)
		}
	}
	if len(ev) > 0 {
		more = append(more, df.msg.evidenceInline+strings.Join(ev, df.msg.listSepComma))
	}
	return s + sublist(more)
}

// versions lists the questions added and removed between the questionnaire versions, or,
// when the earlier answers were scored with the later version, the answers it cannot use.
func (df *diff) versions(d *doc) {
	ev, lv := df.earlier.File.Questionnaire.Version, df.later.File.Questionnaire.Version
	eq, lq := df.earlier.Questionnaire, df.later.Questionnaire
	if ev == lv && eq.Version == lq.Version {
		return
	}
	d.heading(2, df.msg.qnChangesHeading)
	if eq.Version == lq.Version {
		df.unusedAnswers(d)
		return
	}
	var added, removed []string
	for _, q := range lq.Questions() {
		if eq.Question(q.ID) == nil {
			added = append(added, df.numbered(q)+df.msg.laterAnswerInline+inline(df.msg.answerText(df.laterQs[q.ID])))
		}
	}
	for _, q := range eq.Questions() {
		if lq.Question(q.ID) == nil {
			removed = append(removed, inline(q.Prompt)+df.msg.earlierAnswerInline+inline(df.msg.answerText(df.earlierQs[q.ID])))
		}
	}
	d.para(inline(fmt.Sprintf(df.msg.questionsAdded, lq.Version)))
	df.listOrNone(d, added)
	d.para(inline(fmt.Sprintf(df.msg.questionsRemoved, eq.Version, lq.Version)))
	df.listOrNone(d, removed)
}

// unusedAnswers lists the earlier answers to questions the version at hand does not have.
func (df *diff) unusedAnswers(d *doc) {
	d.para(inline(fmt.Sprintf(df.msg.onlyVersionAtHand, df.later.Questionnaire.Version, df.earlier.File.Questionnaire.Version)))
	items := make([]string, len(df.earlier.Extra))
	for i, x := range df.earlier.Extra {
		items[i] = inline(x.ID) + df.msg.colon + df.msg.rawValue(x.Answer)
	}
	df.listOrNone(d, items)
}

// listOrNone writes the items as a list, or says there are none.
func (df *diff) listOrNone(d *doc, items []string) {
	if len(items) == 0 {
		d.para(df.msg.listNone)
		return
	}
	d.list(items...)
}
