package workbook

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/xuri/excelize/v2"
)

// Filled is what a filled-in workbook answers.
type Filled struct {
	// Answers holds one answer per question whose cells were filled in: the value, the note and
	// the evidence. Who gave it and how it is backed are the caller's to set.
	Answers map[string]*assessment.Answer
	// Order lists the ids of Answers in the workbook's order.
	Order []string
	// At names the cell each answer was read from, such as Questions!E14.
	At map[string]string
}

// maxProblems is how many problems the import lists before it stops.
const maxProblems = 10

// Problems lists what is wrong in a workbook, each naming its sheet and cell.
type Problems []string

func (p Problems) Error() string { return strings.Join(p, "\n") }

// Read reads the answers of the workbook, which must have been made from qn (same id, version
// and language; the caller finds qn from Meta). Every row's hidden ids must be those Write put
// there; every answer must be one of the question's options, a date, or text. Problems are
// returned together, each with its sheet and cell.
func (wb *Workbook) Read(qn *questionnaire.Questionnaire) (*Filled, error) {
	m := wb.Meta
	if qn.ID != m.ID || qn.Version != m.Version {
		return nil, fmt.Errorf("%s was made for questionnaire %s version %s (%s), not %s version %s",
			wb.name, m.ID, m.Version, wb.VersionCell(), qn.ID, qn.Version)
	}
	if !strings.EqualFold(qn.Language, m.Language) {
		return nil, fmt.Errorf("%s is in language %s, the questionnaire in %s", wb.name, m.Language, qn.Language)
	}
	l := layoutFor(qn, m.Audience)
	sheet := wb.msg.questionsSheet
	r := &rowReader{wb: wb, l: l, sheet: sheet,
		filled: &Filled{Answers: make(map[string]*assessment.Answer), At: make(map[string]string)}}
	if err := r.checkRows(); err != nil {
		return nil, err
	}
	for i := 0; i < len(l.rows) && len(r.problems) < maxProblems; i++ {
		if l.rows[i].kind == rowQuestion {
			r.question(l.rows[i], l.rows[i+1:])
		}
	}
	if len(r.problems) > 0 {
		return nil, r.problems
	}
	return r.filled, nil
}

// rowReader reads the questions sheet of one workbook.
type rowReader struct {
	wb       *Workbook
	l        *layout
	sheet    string
	filled   *Filled
	problems Problems
}

// problem records a problem at a cell of the questions sheet.
func (r *rowReader) problem(col string, row int, format string, args ...any) {
	if len(r.problems) < maxProblems {
		r.problems = append(r.problems, fmt.Sprintf("%s: %s!%s: ", r.wb.name, r.sheet, cell(col, row))+fmt.Sprintf(format, args...))
	}
}

// get reads a cell of the questions sheet; a cell the library cannot read is a problem.
func (r *rowReader) get(col string, row int) value {
	v, err := r.wb.value(r.sheet, cell(col, row))
	if err != nil {
		r.problem(col, row, "cannot be read")
	}
	return v
}

// checkRows compares the hidden ids of every row with the layout, and refuses anything written
// below the last row: rows added, removed, moved or relabelled mean the answers cannot be
// matched to the questions with certainty.
func (r *rowReader) checkRows() error {
	for _, row := range r.l.rows {
		wantID, wantOpt := "", ""
		if row.kind != rowSection {
			wantID = row.q.ID
		}
		if row.kind == rowOption {
			wantOpt = row.opt.ID
		}
		if got := r.get(colID, row.n); got.text != wantID {
			r.problem(colID, row.n, "the question id is %q where %q was written; the rows were changed, so answers cannot be matched: fill in a new copy from 'vendorcheck sheet'", got.text, wantID)
			break
		}
		if got := r.get(colOption, row.n); got.text != wantOpt {
			r.problem(colOption, row.n, "the option id is %q where %q was written; the rows were changed, so answers cannot be matched: fill in a new copy from 'vendorcheck sheet'", got.text, wantOpt)
			break
		}
	}
	if len(r.problems) == 0 {
		r.checkBelow()
	}
	if len(r.problems) > 0 {
		return r.problems
	}
	return nil
}

// checkBelow refuses a value in any row below the questions.
func (r *rowReader) checkBelow() {
	rows, err := r.wb.f.GetRows(r.sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		r.problem(colNumber, 1, "cannot be read")
		return
	}
	for i := r.l.lastRow(); i < len(rows); i++ {
		for j, v := range rows[i] {
			if strings.TrimSpace(v) != "" {
				col, _ := excelize.ColumnNumberToName(j + 1)
				r.problem(col, i+1, "holds %s below the last question; the rows were changed: fill in a new copy from 'vendorcheck sheet'", quoteCell(value{text: v}))
				return
			}
		}
	}
}

// question reads a question's row (and, for a multi question, the rows of its options that
// follow) into an answer, if anything was filled in.
func (r *rowReader) question(row row, after []row) {
	q, n := row.q, row.n
	a := &assessment.Answer{}
	answer := r.get(colAnswer, n)
	switch q.Kind {
	case questionnaire.KindText:
		a.Text = cleanText(answer.text)
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		r.choice(a, q, answer, n)
	case questionnaire.KindMulti:
		r.choice(a, q, answer, n)
		r.ticks(a, q, after, n)
	case questionnaire.KindDate:
		r.choice(a, q, answer, n)
		if date := r.get(colDate, n); !date.empty() {
			d, err := parseDate(date, r.wb.date1904)
			switch {
			case err != nil:
				r.problem(colDate, n, "%v", err)
			case a.Unknown || a.NA:
				r.problem(colDate, n, "%s has both a date and %s; keep one", r.l.numbers[q.ID], quoteCell(answer))
			default:
				a.Date = d
			}
		}
	}
	a.Note = cleanText(r.get(colNote, n).text)
	a.Evidence = splitEvidence(r.get(colEvidence, n).text)
	if a.Answered() || a.Note != "" || len(a.Evidence) > 0 {
		r.filled.Answers[q.ID] = a
		r.filled.Order = append(r.filled.Order, q.ID)
		r.filled.At[q.ID] = r.sheet + "!" + cell(colAnswer, n)
	}
}

// choice reads the answer cell of a question with a drop-down list.
func (r *rowReader) choice(a *assessment.Answer, q *questionnaire.Question, v value, n int) {
	if v.empty() {
		return
	}
	list := r.l.lists[q.ID]
	c, ok := matchChoice(list, v)
	if !ok {
		labels := make([]string, len(list))
		for i, c := range list {
			labels[i] = c.label
		}
		why := "is not one of the answers of " + r.l.numbers[q.ID]
		if v.formula {
			why = "is a formula, which is never worked out: choose an answer of " + r.l.numbers[q.ID]
		}
		r.problem(colAnswer, n, "%s %s (%s)", quoteCell(v), why, strings.Join(labels, " | "))
		return
	}
	switch {
	case c.unknown:
		a.Unknown = true
	case c.na:
		a.NA = true
	default:
		a.Choice = c.option
	}
}

// ticks reads the option rows of a multi question.
func (r *rowReader) ticks(a *assessment.Answer, q *questionnaire.Question, after []row, n int) {
	for _, o := range after {
		if o.kind != rowOption {
			break
		}
		ticked, err := parseTick(r.l.msg, r.get(colAnswer, o.n))
		if err != nil {
			r.problem(colAnswer, o.n, "%v", err)
			continue
		}
		if ticked {
			a.Choices = append(a.Choices, o.opt.ID)
		}
	}
	for _, o := range q.Options {
		if o.Exclusive && len(a.Choices) > 1 && slices.Contains(a.Choices, o.ID) {
			r.problem(colAnswer, n, "%s: %s cannot be marked %s with other answers; keep one", r.l.numbers[q.ID],
				quoteCell(value{text: o.Label}), r.l.msg.tickYes)
		}
	}
	if len(a.Choices) > 0 && (a.Unknown || a.NA) {
		r.problem(colAnswer, n, "%s is marked %s but options are ticked below it; keep one", r.l.numbers[q.ID], quoteCell(r.get(colAnswer, n)))
		a.Unknown, a.NA = false, false
	}
}
