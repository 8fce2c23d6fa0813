package report

import (
	"fmt"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// tableVendors is the largest number of vendors whose differing answers are shown as a table;
// with more, each question becomes a list, which stays readable on a page.
const tableVendors = 3

// knockouts writes each vendor's critical findings.
func (c *comparison) knockouts(d *doc) {
	msg := c.msg
	d.heading(2, msg.knockoutsHeading)
	var items, clean []string
	for i, rk := range c.ranked {
		var lines []string
		for _, f := range rk.Result.Findings {
			if f.Severity != questionnaire.SeverityCritical {
				continue
			}
			text, remedy := msg.findingWords(f)
			line := c.source(f) + " — " + inline(text)
			if remedy != "" {
				line += msg.inlineRemedy + inline(remedy)
			}
			lines = append(lines, line)
		}
		if len(lines) == 0 {
			clean = append(clean, inline(c.labels[i]))
			continue
		}
		items = append(items, fmt.Sprintf(msg.vendorCriticals, inline(c.labels[i]), msg.count(msg.criticalCount, len(lines)))+sublist(lines))
	}
	if len(items) == 0 {
		d.para(msg.noKnockout)
		return
	}
	d.para(msg.knockoutNote)
	d.list(items...)
	if len(clean) > 0 {
		d.para(fmt.Sprintf(msg.noCriticalFor, msg.joinAnd(clean)))
	}
}

// source names what raised a finding: the question, numbered, or the rule.
func (c *comparison) source(f scoring.Finding) string {
	if f.Rule != nil {
		return c.msg.ruleSource(c.ref, f.Rule)
	}
	return c.numbered(f.Question)
}

// numbered returns the question's prompt, escaped, after its number in the report's rows
// where the newest version has it.
func (c *comparison) numbered(q *questionnaire.Question) string {
	if n, ok := c.numbers[q.ID]; ok {
		return n + " " + inline(q.Prompt)
	}
	return inline(q.Prompt)
}

// differences writes, section by section, the questions whose answers differ between vendors.
func (c *comparison) differences(d *doc) {
	d.heading(2, c.msg.differHeading)
	groups := c.differingGroups()
	if len(groups) == 0 {
		d.para(c.msg.allSame)
		return
	}
	d.para(c.msg.differNote)
	for _, g := range groups {
		d.heading(3, g.title)
		if len(c.ranked) <= tableVendors {
			c.differenceTable(d, g.rows)
		} else {
			c.differenceList(d, g.rows)
		}
	}
}

// differenceGroup is a section (or the profile) with its questions whose answers differ.
type differenceGroup struct {
	title string // escaped
	rows  []differenceRow
}

// differenceRow is one question with each vendor's answer.
type differenceRow struct {
	question *questionnaire.Question
	answers  []string // raw answer texts, one per vendor in ranking order
}

// differingGroups collects the questions whose answers differ: the profile first, then the
// sections of the newest version, then questions that only older versions have.
func (c *comparison) differingGroups() []differenceGroup {
	var groups []differenceGroup
	add := func(title string, qs []*questionnaire.Question) {
		var rows []differenceRow
		for _, q := range qs {
			if row, ok := c.differing(q); ok {
				rows = append(rows, row)
			}
		}
		if len(rows) > 0 {
			groups = append(groups, differenceGroup{title: title, rows: rows})
		}
	}
	add(c.msg.profileGroup, c.ref.Profile)
	for i, s := range c.ref.Sections {
		add(fmt.Sprintf("%d. %s", i+1, Heading(trimHeadingEnd(s.Title))), s.Questions)
	}
	add(fmt.Sprintf(c.msg.notInVersionGroup, Heading(c.ref.Version)), c.olderOnly())
	return groups
}

// numberedPlain is numbered without escaping, for a table cell.
func (c *comparison) numberedPlain(q *questionnaire.Question) string {
	if n, ok := c.numbers[q.ID]; ok {
		return n + " " + q.Prompt
	}
	return q.Prompt
}

// olderOnly returns the questions that some vendor's version has and the newest does not.
func (c *comparison) olderOnly() []*questionnaire.Question {
	var qs []*questionnaire.Question
	seen := map[string]bool{}
	for _, rk := range c.ranked {
		for _, q := range rk.Result.Questionnaire.Questions() {
			if c.ref.Question(q.ID) == nil && !seen[q.ID] {
				seen[q.ID] = true
				qs = append(qs, q)
			}
		}
	}
	return qs
}

// differing returns the row of a question when not every vendor gave the same answer.
func (c *comparison) differing(q *questionnaire.Question) (differenceRow, bool) {
	row := differenceRow{question: q}
	same := true
	for i, rk := range c.ranked {
		text := fmt.Sprintf(c.msg.notInVersion, rk.Result.Questionnaire.Version)
		if qr := c.answers[i][q.ID]; qr != nil {
			text = c.msg.answerText(qr)
		}
		row.answers = append(row.answers, text)
		if row.answers[i] != row.answers[0] {
			same = false
		}
	}
	return row, !same
}

func (c *comparison) differenceTable(d *doc, rows []differenceRow) {
	header := append([]string{c.msg.colQuestion}, c.escapedLabels(Cell)...)
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = []string{Cell(c.numberedPlain(r.question))}
		for _, a := range r.answers {
			cells[i] = append(cells[i], Cell(a))
		}
	}
	d.table(header, cells)
}

func (c *comparison) differenceList(d *doc, rows []differenceRow) {
	items := make([]string, len(rows))
	for i, r := range rows {
		var lines []string
		for v, a := range r.answers {
			lines = append(lines, inline(c.labels[v])+c.msg.colon+inline(a))
		}
		items[i] = "**" + c.numbered(r.question) + "**" + sublist(lines)
	}
	d.list(items...)
}

// unscored lists, for each vendor, the answers to questions that the version it was scored
// with does not have: they are kept in the answers file and shown here, never dropped.
func (c *comparison) unscored(d *doc) {
	var items []string
	for i, rk := range c.ranked {
		if len(rk.Result.Extra) == 0 {
			continue
		}
		lines := make([]string, len(rk.Result.Extra))
		for j, x := range rk.Result.Extra {
			lines[j] = inline(x.ID) + c.msg.colon + c.msg.rawValue(x.Answer)
		}
		items = append(items, fmt.Sprintf(c.msg.unscoredVendor, inline(c.labels[i]),
			inline(rk.Result.Questionnaire.Version))+sublist(lines))
	}
	if len(items) == 0 {
		return
	}
	d.heading(2, c.msg.unscoredHeading)
	d.para(c.msg.unscoredNote)
	d.list(items...)
}

// digests ties each assessment to its answers file.
func (c *comparison) digests(d *doc) {
	d.heading(2, c.msg.digestsHeading)
	d.para(c.msg.digestsNote)
	items := make([]string, len(c.ranked))
	for i, rk := range c.ranked {
		digest := c.msg.notRecorded
		if h := rk.Result.File.Digest; h != "" {
			digest = "`" + h + "`"
		}
		items[i] = inline(c.labels[i]) + c.msg.colon + digest
	}
	d.list(items...)
}

// answerText says in a few words what was answered to a question, for one vendor: the option
// labels, the date or the text, or why there is no answer. It is not escaped.
func (m *messages) answerText(qr *scoring.QuestionResult) string {
	q, a := qr.Question, qr.Answer
	switch qr.Status {
	case scoring.StatusHidden:
		return m.notAsked
	case scoring.StatusNA:
		return m.notApplicable
	case scoring.StatusUnknown:
		return m.unknown
	}
	if a == nil || !a.Answered() || qr.Problem != nil {
		if qr.Problem != nil {
			return m.noUsableAnswer
		}
		return m.noAnswer
	}
	switch {
	case a.Unknown:
		return m.unknown
	case a.NA:
		return m.notApplicable
	case len(a.Choices) > 0:
		labels := make([]string, len(a.Choices))
		for i, id := range a.Choices {
			labels[i] = m.plainLabel(q, id)
		}
		return strings.Join(labels, m.listSepComma)
	case a.Choice != "":
		return m.plainLabel(q, a.Choice)
	case a.Date != "":
		return a.Date
	}
	return oneLine(a.Text)
}

// plainLabel returns the label of an option, not escaped, or its id when the question does not
// have it.
func (m *messages) plainLabel(q *questionnaire.Question, id string) string {
	if o := q.Option(id); o != nil {
		return o.Label
	}
	return id
}

// oneLine folds the lines of a text into one.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
