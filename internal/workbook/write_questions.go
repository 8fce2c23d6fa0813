package workbook

import (
	"fmt"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/xuri/excelize/v2"
)

// questionWidths are the widths of the columns A to H of the questions sheet, in characters.
var questionWidths = []float64{7, 48, 48, 30, 26, 13, 32, 32}

// maxDateSerial is 9999-12-31, the last date a spreadsheet knows.
const maxDateSerial = 2958465

// questions writes the questions sheet: the header, then per section a title row and its
// questions, each multi question followed by one row per option.
func (wr *writer) questions() error {
	f, msg, st := wr.f, wr.msg, wr.st
	sheet := msg.questionsSheet
	var e errs
	for i, w := range questionWidths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		e.do(f.SetColWidth(sheet, col, col, w))
	}
	e.do(f.SetColWidth(sheet, colID, colOption, 20))
	e.do(f.SetColVisible(sheet, colID+":"+colOption, false))
	header := []string{msg.colNumber, msg.colQuestion, msg.colHelp, msg.colEvidenceAsked,
		msg.colAnswer, msg.colDate, msg.colNote, msg.colEvidence, "id", "option"}
	e.do(f.SetSheetRow(sheet, cell("A", headerRow), &header))
	e.do(f.SetCellStyle(sheet, cell("A", headerRow), cell(lastCol, headerRow), st.header))
	e.do(f.SetRowHeight(sheet, headerRow, 22))

	lists := &listWriter{f: f, col: metaListCol}
	tickList := lists.add(wr.l.ticks())
	for _, r := range wr.l.rows {
		switch r.kind {
		case rowSection:
			e.do(wr.sectionRow(sheet, r))
		case rowQuestion:
			e.do(wr.questionRow(sheet, r, lists))
		case rowOption:
			e.do(wr.optionRow(sheet, r, tickList))
		}
	}
	e.do(lists.err)
	e.do(f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cell("A", headerRow+1), ActivePane: "bottomLeft"}))
	e.do(f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: ptr(9), Orientation: ptr("landscape"), FitToWidth: ptr(1), FitToHeight: ptr(0)}))
	e.do(f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}))
	e.do(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("%s!$%d:$%d", sheet, headerRow, headerRow), Scope: sheet}))
	e.do(f.ProtectSheet(sheet, protection()))
	return e.err
}

// sectionRow writes a section's title across the visible columns.
func (wr *writer) sectionRow(sheet string, r row) error {
	var e errs
	e.do(wr.f.SetCellStr(sheet, cell(colNumber, r.n), r.title))
	e.do(wr.f.MergeCell(sheet, cell(colNumber, r.n), cell(lastVisibleCol, r.n)))
	e.do(wr.f.SetCellStyle(sheet, cell(colNumber, r.n), cell(lastVisibleCol, r.n), wr.st.section))
	e.do(wr.f.SetRowHeight(wr.msg.questionsSheet, r.n, 22))
	return e.err
}

// questionRow writes a question: its number, prompt (with a hint on how to answer and when it
// applies), help and evidence asked for, the cells to fill in and its id.
func (wr *writer) questionRow(sheet string, r row, lists *listWriter) error {
	f, st, q, n := wr.f, wr.st, r.q, r.n
	var e errs
	prompt := oneLine(q.Prompt)
	var extra []string
	switch q.Kind {
	case questionnaire.KindMulti:
		extra = append(extra, wr.msg.tickBelow)
	case questionnaire.KindDate:
		extra = append(extra, wr.msg.dateHint)
	case questionnaire.KindText:
		extra = append(extra, wr.msg.textHint)
	}
	if c := wr.l.condition(q); c != "" {
		extra = append(extra, c)
	}
	help := paragraphs(q.Help)
	evidence := oneLine(q.Evidence)
	e.do(f.SetCellStr(sheet, cell(colNumber, n), r.number))
	if len(extra) == 0 { // plain text where it can: each rich text is compared with every other
		e.do(f.SetCellStr(sheet, cell(colQuestion, n), prompt))
	} else {
		runs := []excelize.RichTextRun{{Text: prompt, Font: &excelize.Font{Bold: true}}}
		for _, x := range extra {
			runs = append(runs, excelize.RichTextRun{Text: "\n" + x, Font: &excelize.Font{Italic: true, Color: colourMuted}})
		}
		e.do(f.SetCellRichText(sheet, cell(colQuestion, n), runs))
	}
	e.do(f.SetCellStr(sheet, cell(colHelp, n), help))
	e.do(f.SetCellStr(sheet, cell(colEvidenceAsk, n), evidence))
	e.do(f.SetCellStr(sheet, cell(colID, n), q.ID))
	e.do(f.SetCellStyle(sheet, cell(colNumber, n), cell(colNumber, n), st.number))
	e.do(f.SetCellStyle(sheet, cell(colQuestion, n), cell(colQuestion, n), st.question))
	e.do(f.SetCellStyle(sheet, cell(colHelp, n), cell(colHelp, n), st.help))
	e.do(f.SetCellStyle(sheet, cell(colEvidenceAsk, n), cell(colEvidenceAsk, n), st.locked))
	e.do(f.SetCellStyle(sheet, cell(colAnswer, n), cell(colAnswer, n), st.input))
	e.do(f.SetCellStyle(sheet, cell(colNote, n), cell(colEvidence, n), st.input))
	if q.Kind == questionnaire.KindDate {
		e.do(f.SetCellStyle(sheet, cell(colDate, n), cell(colDate, n), st.date))
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(cell(colDate, n))
		e.do(dv.SetRange(1, maxDateSerial, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween))
		dv.SetError(excelize.DataValidationErrorStyleStop, wr.msg.badDateTitle, wr.msg.badDate)
		e.do(f.AddDataValidation(sheet, dv))
	} else {
		e.do(f.SetCellStyle(sheet, cell(colDate, n), cell(colDate, n), st.disabled))
	}
	if list := wr.l.lists[q.ID]; len(list) > 0 {
		labels := make([]string, len(list))
		for i, c := range list {
			labels[i] = c.label
		}
		e.do(wr.dropDown(sheet, cell(colAnswer, n), lists.add(labels)))
	}
	text := strings.Join(append([]string{prompt}, extra...), "\n")
	e.do(f.SetRowHeight(sheet, n, rowHeight(questionWidths, []string{r.number, text, help, evidence})))
	return e.err
}

// optionRow writes one option of a multi question, with a Yes/No list to tick it.
func (wr *writer) optionRow(sheet string, r row, tickList string) error {
	f, st, n := wr.f, wr.st, r.n
	var e errs
	label := oneLine(r.opt.Label)
	e.do(f.SetCellStr(sheet, cell(colQuestion, n), label))
	e.do(f.SetCellStr(sheet, cell(colID, n), r.q.ID))
	e.do(f.SetCellStr(sheet, cell(colOption, n), r.opt.ID))
	e.do(f.SetCellStyle(sheet, cell(colNumber, n), cell(colNumber, n), st.locked))
	e.do(f.SetCellStyle(sheet, cell(colQuestion, n), cell(colQuestion, n), st.option))
	e.do(f.SetCellStyle(sheet, cell(colHelp, n), cell(colEvidenceAsk, n), st.locked))
	e.do(f.SetCellStyle(sheet, cell(colAnswer, n), cell(colAnswer, n), st.input))
	e.do(f.SetCellStyle(sheet, cell(colDate, n), cell(colEvidence, n), st.disabled))
	e.do(wr.dropDown(sheet, cell(colAnswer, n), tickList))
	e.do(f.SetRowHeight(sheet, n, rowHeight(questionWidths, []string{"", label})))
	return e.err
}

// dropDown gives a cell a drop-down list that refuses anything else.
func (wr *writer) dropDown(sheet, at, listRef string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(at)
	dv.SetSqrefDropList(listRef)
	dv.SetError(excelize.DataValidationErrorStyleStop, wr.msg.badChoiceTitle, wr.msg.badChoice)
	return wr.f.AddDataValidation(sheet, dv)
}

// listWriter writes drop-down lists into the meta sheet, one column each.
type listWriter struct {
	f   *excelize.File
	col int
	err error
}

// add writes a list into the next column and returns its reference.
func (lw *listWriter) add(labels []string) string {
	name, _ := excelize.ColumnNumberToName(lw.col)
	for i, label := range labels {
		if err := lw.f.SetCellStr(metaSheet, fmt.Sprintf("%s%d", name, i+1), label); err != nil && lw.err == nil {
			lw.err = err
		}
	}
	ref := listRef(lw.col, len(labels))
	lw.col++
	return ref
}

// paragraphs folds the lines of each paragraph of a text into one and keeps the paragraphs on
// lines of their own.
func paragraphs(s string) string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = oneLine(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n")
}
