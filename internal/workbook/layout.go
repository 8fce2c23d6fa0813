// Package workbook writes a questionnaire as an .xlsx workbook for someone outside the
// interview, usually the vendor, to fill in, and reads the filled-in workbook back as answers.
//
// The workbook has a sheet of instructions, a sheet with one row per question and a very hidden
// sheet holding what the import needs: the questionnaire's id, version and language, the
// audience and the drop-down lists. Both directions lay the questions out with the same pure
// function (layoutFor), and the import checks the ids kept in the hidden columns of every row
// against it, so an answer is never matched to a question by its label. Reading is bounded: the
// file, every part of it and every sheet are checked against limits before they are parsed.
package workbook

import (
	"fmt"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// forAudience reports whether the question goes in the audience's workbook; an empty audience
// takes every question.
func forAudience(q *questionnaire.Question, audience string) bool {
	return audience == "" || q.ForAudience(questionnaire.Audience(audience))
}

// The columns of the questions sheet. The last two are hidden and locked: the question id and,
// on the rows of a multi question's options, the option id.
const (
	colNumber        = "A"
	colQuestion      = "B"
	colHelp          = "C"
	colEvidenceAsk   = "D"
	colAnswer        = "E"
	colDate          = "F"
	colNote          = "G"
	colEvidence      = "H"
	colID            = "I"
	colOption        = "J"
	lastVisibleCol   = colEvidence
	lastCol          = colOption
	headerRow        = 1
	firstQuestionRow = 2
)

// The cells of the instructions sheet that the respondent fills in.
const (
	cellRespondentName = "B10"
	cellRespondentRole = "B11"
)

// rowKind is what a row of the questions sheet holds.
type rowKind int

const (
	rowSection  rowKind = iota // a section's (or the profile's) title
	rowQuestion                // a question
	rowOption                  // one option of the multi question above it
)

// row is one row of the questions sheet below the header.
type row struct {
	kind   rowKind
	n      int    // the sheet row, 1-based
	number string // the number shown: "2", "2.3", "P1"; empty on option rows
	title  string // section rows: the title
	q      *questionnaire.Question
	opt    *questionnaire.Option // option rows
}

// layout is where everything of one questionnaire goes in the workbook for one audience.
type layout struct {
	qn       *questionnaire.Questionnaire
	audience string
	msg      *messages
	rows     []row
	numbers  map[string]string // question id -> number, for every question of the questionnaire
	rowOf    map[string]int    // question id -> sheet row, for the questions in the workbook
	lists    map[string][]choice
}

// choice is one entry of a question's drop-down list.
type choice struct {
	label   string
	option  string // the option id; empty for unknown and not applicable
	unknown bool
	na      bool
}

// layoutFor lays out the questionnaire for the audience. The numbers are those of the report
// (P1… in the profile, 2.3 for the third question of the second section) whatever the audience
// leaves out, so that the vendor, the report and the guide name a question the same way.
func layoutFor(qn *questionnaire.Questionnaire, audience string) *layout {
	l := &layout{qn: qn, audience: audience, msg: messagesFor(qn.Language),
		numbers: make(map[string]string), rowOf: make(map[string]int), lists: make(map[string][]choice)}
	for i, q := range qn.Profile {
		l.numbers[q.ID] = fmt.Sprintf("P%d", i+1)
	}
	for si, s := range qn.Sections {
		for qi, q := range s.Questions {
			l.numbers[q.ID] = fmt.Sprintf("%d.%d", si+1, qi+1)
		}
	}
	n := firstQuestionRow
	group := func(number, title string, qs []*questionnaire.Question) {
		var chosen []*questionnaire.Question
		for _, q := range qs {
			if forAudience(q, audience) {
				chosen = append(chosen, q)
			}
		}
		if len(chosen) == 0 {
			return
		}
		l.rows = append(l.rows, row{kind: rowSection, n: n, number: number, title: title})
		n++
		for _, q := range chosen {
			l.rows = append(l.rows, row{kind: rowQuestion, n: n, number: l.numbers[q.ID], q: q})
			l.rowOf[q.ID] = n
			n++
			l.lists[q.ID] = l.choices(q)
			if q.Kind == questionnaire.KindMulti {
				for i := range q.Options {
					l.rows = append(l.rows, row{kind: rowOption, n: n, q: q, opt: &q.Options[i]})
					n++
				}
			}
		}
	}
	group("P", l.msg.profileRow, qn.Profile)
	for si, s := range qn.Sections {
		group(fmt.Sprint(si+1), fmt.Sprintf(l.msg.sectionRow, si+1, s.Title), s.Questions)
	}
	return l
}

// lastRow returns the last sheet row the layout uses.
func (l *layout) lastRow() int {
	if len(l.rows) == 0 {
		return headerRow
	}
	return l.rows[len(l.rows)-1].n
}

// questionCount counts the questions in the workbook.
func (l *layout) questionCount() int { return len(l.rowOf) }

// choices returns the drop-down list of a question's answer cell: the options of a choice or
// yesno question, then unknown, then not applicable where the question allows it. A multi or
// date question lists only unknown and not applicable (its options have rows of their own, its
// date a column); a text question has no list. Labels are made unique, so that each entry of
// the list means one thing.
func (l *layout) choices(q *questionnaire.Question) []choice {
	var list []choice
	switch q.Kind {
	case questionnaire.KindText:
		return nil
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		for _, o := range q.Options {
			list = append(list, choice{label: oneLine(o.Label), option: o.ID})
		}
	}
	list = append(list, choice{label: l.msg.unknown, unknown: true})
	if q.AllowNA {
		list = append(list, choice{label: l.msg.notApplicable, na: true})
	}
	seen := make(map[string]bool)
	for i := range list {
		base := list[i].label
		for k := 2; seen[labelKey(list[i].label)]; k++ {
			list[i].label = fmt.Sprintf("%s (%d)", base, k)
		}
		seen[labelKey(list[i].label)] = true
	}
	return list
}

// ticks returns the list of an option row of a multi question.
func (l *layout) ticks() []string { return []string{l.msg.tickYes, l.msg.tickNo} }

// oneLine folds the runs of white space of a text, line breaks included, into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// labelKey is how two labels are compared: white space folded, case ignored.
func labelKey(s string) string { return strings.ToLower(oneLine(s)) }

// cell names a cell of the questions sheet.
func cell(col string, row int) string { return fmt.Sprintf("%s%d", col, row) }
