package workbook

import (
	"fmt"
	"io"
	"strconv"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/xuri/excelize/v2"
)

// Options say for whom a workbook is made and what its instructions sheet shows.
type Options struct {
	Audience     string // vendor, it, legal or business; empty for every question
	Date         string // the date it is sent, YYYY-MM-DD
	Vendor       string // who it is for
	Organisation string // who it is from
	Assessor     string // who to answer to
}

// writer holds one workbook being written.
type writer struct {
	f   *excelize.File
	l   *layout
	st  *styles
	msg *messages
	m   Meta
}

// Write writes the questionnaire as a workbook for the audience of opt: the instructions, the
// questions with a drop-down list on every answer cell, and the hidden sheet of what the import
// needs. Everything but the cells to fill in is locked.
func Write(w io.Writer, qn *questionnaire.Questionnaire, opt Options) error {
	f := excelize.NewFile()
	defer f.Close()
	l := layoutFor(qn, opt.Audience)
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("workbook styles: %w", err)
	}
	wr := &writer{f: f, l: l, st: st, msg: l.msg, m: Meta{ID: qn.ID, Version: qn.Version, Language: qn.Language,
		Audience: opt.Audience, Date: opt.Date, Vendor: opt.Vendor, Organisation: opt.Organisation, Assessor: opt.Assessor}}
	for _, step := range []func() error{wr.sheets, wr.instructions, wr.questions, wr.meta, wr.properties} {
		if err := step(); err != nil {
			return fmt.Errorf("write workbook: %w", err)
		}
	}
	_, err = f.WriteTo(w)
	return err
}

// sheets makes the three sheets, in the order they are shown.
func (wr *writer) sheets() error {
	var e errs
	e.do(wr.f.SetSheetName("Sheet1", wr.msg.instructionsSheet))
	_, err := wr.f.NewSheet(wr.msg.questionsSheet)
	e.do(err)
	_, err = wr.f.NewSheet(metaSheet)
	e.do(err)
	return e.err
}

// firstHowToRow is the row of the first instruction on the instructions sheet.
const firstHowToRow = 14

// instructions writes the first sheet: the title, the details, the respondent's cells and how
// to answer.
func (wr *writer) instructions() error {
	f, msg, st, m := wr.f, wr.msg, wr.st, wr.m
	sheet := msg.instructionsSheet
	title := fmt.Sprintf(msg.titleNoVendor, wr.l.qn.Title)
	if m.Vendor != "" {
		title = fmt.Sprintf(msg.title, m.Vendor, wr.l.qn.Title)
	}
	widths := []float64{26, 100}
	var e errs
	e.do(f.SetColWidth(sheet, "A", "A", widths[0]))
	e.do(f.SetColWidth(sheet, "B", "B", widths[1]))
	e.do(f.MergeCell(sheet, "A1", "B1"))
	e.do(f.SetCellStr(sheet, "A1", title))
	e.do(f.SetCellStyle(sheet, "A1", "B1", st.title))
	e.do(f.SetRowHeight(sheet, 1, rowHeight([]float64{widths[0] + widths[1]}, []string{title})*1.45))
	details := [][2]string{
		{msg.from, m.from()}, {msg.to, m.Vendor}, {msg.dateSent, m.Date},
		{msg.questionnaire, m.ID + " — " + oneLine(wr.l.qn.Title)}, {msg.version, m.Version},
		{msg.questionCount, strconv.Itoa(wr.l.questionCount())},
	}
	for i, d := range details {
		r := 3 + i
		e.do(f.SetCellStr(sheet, cell("A", r), d[0]))
		e.do(f.SetCellStr(sheet, cell("B", r), d[1]))
		e.do(f.SetCellStyle(sheet, cell("A", r), cell("A", r), st.label))
		e.do(f.SetCellStyle(sheet, cell("B", r), cell("B", r), st.value))
	}
	e.do(f.SetCellStr(sheet, "A9", msg.respondentHeading))
	e.do(f.SetCellStyle(sheet, "A9", "A9", st.heading))
	e.do(f.SetRowHeight(sheet, 9, 24))
	for _, r := range []struct{ label, at string }{{msg.respondentName, cellRespondentName}, {msg.respondentRole, cellRespondentRole}} {
		label := "A" + r.at[1:]
		e.do(f.SetCellStr(sheet, label, r.label))
		e.do(f.SetCellStyle(sheet, label, label, st.label))
		e.do(f.SetCellStyle(sheet, r.at, r.at, st.input))
		n, _ := strconv.Atoi(r.at[1:])
		e.do(f.SetRowHeight(sheet, n, 20))
	}
	e.do(f.SetCellStr(sheet, "A13", msg.howToHeading))
	e.do(f.SetCellStyle(sheet, "A13", "A13", st.heading))
	e.do(f.SetRowHeight(sheet, 13, 24))
	for i, text := range append([]string{fmt.Sprintf(msg.answerOn, msg.questionsSheet)}, msg.howTo...) {
		r := firstHowToRow + i
		e.do(f.SetCellStr(sheet, cell("A", r), strconv.Itoa(i+1)))
		e.do(f.SetCellStr(sheet, cell("B", r), text))
		e.do(f.SetCellStyle(sheet, cell("A", r), cell("A", r), st.label))
		e.do(f.SetCellStyle(sheet, cell("B", r), cell("B", r), st.para))
		e.do(f.SetRowHeight(sheet, r, rowHeight(widths, []string{"", text})))
	}
	e.do(f.SetSheetView(sheet, 0, &excelize.ViewOptions{ShowGridLines: ptr(false)}))
	e.do(f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: ptr(9), Orientation: ptr("portrait"), FitToWidth: ptr(1), FitToHeight: ptr(0)}))
	e.do(f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}))
	e.do(f.ProtectSheet(sheet, protection()))
	return e.err
}

// meta writes the very hidden sheet: the keys and values of Meta, then one drop-down list per
// column from column D on.
func (wr *writer) meta() error {
	f := wr.f
	var e errs
	for i, k := range metaKeys {
		e.do(f.SetCellStr(metaSheet, cell("A", i+1), k))
		e.do(f.SetCellStr(metaSheet, cell("B", i+1), wr.m.values()[i]))
	}
	e.do(f.SetSheetVisible(metaSheet, false, true))
	e.do(f.ProtectSheet(metaSheet, protection()))
	return e.err
}

// properties sets the document's properties, protects the workbook's structure (no sheet added,
// removed, renamed or unhidden) and opens it on the instructions.
func (wr *writer) properties() error {
	var e errs
	e.do(wr.f.SetDocProps(&excelize.DocProperties{Title: wr.l.qn.Title, Creator: "vendorcheck",
		Identifier: wr.m.ID + "@" + wr.m.Version, Language: wr.m.Language}))
	e.do(wr.f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true}))
	wr.f.SetActiveSheet(0)
	return e.err
}

// protection is how every sheet is protected: no password (it guards against slips, not
// against the respondent), the locked cells selectable and the columns and rows resizable.
func protection() *excelize.SheetProtectionOptions {
	return &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true,
		FormatColumns: true, FormatRows: true}
}

// errs keeps the first of a series of errors.
type errs struct{ err error }

func (e *errs) do(err error) {
	if e.err == nil {
		e.err = err
	}
}

func ptr[T any](v T) *T { return &v }
