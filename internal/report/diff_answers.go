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
	d.heading(2, "Findings")
	resolved := missingFindings(df.earlier.Findings, df.later.Findings)
	added := missingFindings(df.later.Findings, df.earlier.Findings)
	var open []scoring.Finding
	for _, f := range df.later.Findings {
		if !slices.ContainsFunc(added, func(a scoring.Finding) bool { return sameFinding(a, f) }) {
			open = append(open, f)
		}
	}
	if len(resolved)+len(added)+len(open) == 0 {
		d.para("Neither assessment has a finding.")
		return
	}
	df.findingList(d, "Resolved", resolved, false)
	df.findingList(d, "New", added, true)
	df.findingList(d, "Still open", open, false)
}

// findingList writes one group of findings under a heading with their count; the remedies
// with remedy.
func (df *diff) findingList(d *doc, title string, fs []scoring.Finding, remedy bool) {
	d.heading(3, fmt.Sprintf("%s (%d)", title, len(fs)))
	if len(fs) == 0 {
		d.para("None.")
		return
	}
	items := make([]string, len(fs))
	for i, f := range fs {
		item := fmt.Sprintf("**%s** %s — %s", severityName(f.Severity), df.numbered(f.Question), inline(f.Text))
		if remedy && f.Remedy != "" {
			item += " Remedy: " + inline(f.Remedy)
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

// sameFinding reports whether two findings are the same: raised by the same question, with
// the same severity and text.
func sameFinding(a, b scoring.Finding) bool {
	return a.Question.ID == b.Question.ID && a.Severity == b.Severity && a.Text == b.Text
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
	d.heading(2, "Changed answers")
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
	add("Profile: the use of the platform", later.Profile)
	for i, s := range later.Sections {
		add(fmt.Sprintf("%d. %s", i+1, Heading(trimHeadingEnd(s.Title))), s.Questions)
	}
	if len(groups) == 0 {
		if df.earlier.Questionnaire.Version == df.later.Questionnaire.Version {
			d.para("No answer changed.")
		} else {
			d.para("No answer changed in the questions both versions have.")
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
	if e == nil || l == nil || answerRecord(e) == answerRecord(l) {
		return "", false
	}
	return "**" + df.numbered(q) + "**" + sublist([]string{"Earlier: " + answerDetail(e), "Later: " + answerDetail(l)}), true
}

// answerRecord gathers what the diff compares of an answer: the answer itself, how it is
// backed, the note and the evidence.
func answerRecord(qr *scoring.QuestionResult) string {
	rec := []string{answerText(qr)}
	if a := qr.Answer; a != nil {
		rec = append(rec, a.Source, oneLine(a.Note))
		rec = append(rec, a.Evidence...)
	}
	return strings.Join(rec, "\x00")
}

// answerDetail shows an answer for a list item of the diff: the answer and how it is backed,
// then the note and the evidence in a nested list; all escaped.
func answerDetail(qr *scoring.QuestionResult) string {
	s := inline(answerText(qr))
	a := qr.Answer
	if a == nil {
		return s
	}
	if src := inline(a.Source); src != "" {
		s += " (" + src + ")"
	}
	var more []string
	if note := Text(a.Note); note != "" {
		more = append(more, "Note: "+note)
	}
	var ev []string
	for _, e := range a.Evidence {
		if t := inline(e); t != "" {
			ev = append(ev, t)
		}
	}
	if len(ev) > 0 {
		more = append(more, "Evidence: "+strings.Join(ev, "; "))
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
	d.heading(2, "Questionnaire changes")
	if eq.Version == lq.Version {
		df.unusedAnswers(d)
		return
	}
	var added, removed []string
	for _, q := range lq.Questions() {
		if eq.Question(q.ID) == nil {
			added = append(added, df.numbered(q)+" — later answer: "+inline(answerText(df.laterQs[q.ID])))
		}
	}
	for _, q := range eq.Questions() {
		if lq.Question(q.ID) == nil {
			removed = append(removed, inline(q.Prompt)+" — earlier answer: "+inline(answerText(df.earlierQs[q.ID])))
		}
	}
	d.para(inline(fmt.Sprintf("Questions added in version %s:", lq.Version)))
	df.listOrNone(d, added)
	d.para(inline(fmt.Sprintf("Questions that version %s had and version %s no longer has:", eq.Version, lq.Version)))
	df.listOrNone(d, removed)
}

// unusedAnswers lists the earlier answers to questions the version at hand does not have.
func (df *diff) unusedAnswers(d *doc) {
	d.para(inline(fmt.Sprintf("Only version %s of the questionnaire was at hand, so both assessments are scored with it. "+
		"The earlier answers, made with version %s, include these questions that version %s does not have:",
		df.later.Questionnaire.Version, df.earlier.File.Questionnaire.Version, df.later.Questionnaire.Version)))
	items := make([]string, len(df.earlier.Extra))
	for i, x := range df.earlier.Extra {
		items[i] = inline(x.ID) + ": " + rawValue(x.Answer)
	}
	df.listOrNone(d, items)
}

func (df *diff) listOrNone(d *doc, items []string) {
	if len(items) == 0 {
		d.para("None.")
		return
	}
	d.list(items...)
}
