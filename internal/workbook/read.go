package workbook

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Workbook is a workbook opened for import: its container checked against the limits and its
// Meta read. Close it when done.
type Workbook struct {
	Meta Meta
	// Respondent is who answered: the name on the instructions sheet, with the role after a
	// comma when given; empty when the name cell is empty.
	Respondent string

	name     string // the file's name, for messages
	f        *excelize.File
	msg      *messages
	date1904 bool
}

// Open opens a workbook made by Write and filled in, and reads what it says about itself. It
// refuses, with a short message naming the file, anything that is not such a workbook: a file
// over MaxFileSize or beyond the other limits, an encrypted or damaged file, a workbook made
// by another program.
func Open(path string) (wb *Workbook, err error) {
	name := filepath.Base(path)
	fail := func(err error) (*Workbook, error) { return nil, fmt.Errorf("%s %w", path, err) }
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, fmt.Errorf("cannot read %s: %w", path, errors.Unwrap(err))
	case !info.Mode().IsRegular():
		return fail(errors.New("is not a file"))
	case info.Size() > MaxFileSize:
		return fail(fmt.Errorf("is %d MB, more than a questionnaire workbook (at most %d MB); send evidence files apart",
			info.Size()>>20, MaxFileSize>>20))
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, errors.Unwrap(err))
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	if len(data) > MaxFileSize {
		return fail(fmt.Errorf("is more than %d MB", MaxFileSize>>20))
	}
	if err := checkContainer(data); err != nil {
		return fail(err)
	}
	defer func() {
		if r := recover(); r != nil { // the library failed on a damaged part
			wb, err = nil, fmt.Errorf("%s is damaged: it is not a readable .xlsx workbook", path)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxTotalSize, UnzipXMLSizeLimit: maxPartSize})
	if err != nil {
		return fail(errors.New("is damaged: it is not a readable .xlsx workbook"))
	}
	wb = &Workbook{name: name, f: f}
	if err := wb.readMeta(); err != nil {
		f.Close()
		return fail(err)
	}
	return wb, nil
}

// Close releases the workbook.
func (wb *Workbook) Close() error { return wb.f.Close() }

// readMeta reads the meta sheet, the respondent and the workbook's date system.
func (wb *Workbook) readMeta() error {
	f := wb.f
	if idx, err := f.GetSheetIndex(metaSheet); err != nil || idx < 0 {
		return errors.New("was not made by 'vendorcheck sheet': it has no sheet " + metaSheet)
	}
	byKey := make(map[string]string)
	for i := range metaKeys {
		k, err := f.GetCellValue(metaSheet, cell("A", i+1))
		if err != nil {
			return errors.New("is damaged: it is not a readable .xlsx workbook")
		}
		v, _ := f.GetCellValue(metaSheet, cell("B", i+1))
		byKey[k] = cleanText(v)
	}
	m, err := metaFrom(byKey)
	if err != nil {
		return err
	}
	wb.Meta, wb.msg = m, messagesFor(m.Language)
	for _, s := range []string{wb.msg.instructionsSheet, wb.msg.questionsSheet} {
		if idx, err := f.GetSheetIndex(s); err != nil || idx < 0 {
			return fmt.Errorf("has no sheet %s: it was changed after 'vendorcheck sheet' made it", s)
		}
	}
	name, err := wb.value(wb.msg.instructionsSheet, cellRespondentName)
	if err != nil {
		return err
	}
	role, err := wb.value(wb.msg.instructionsSheet, cellRespondentRole)
	if err != nil {
		return err
	}
	wb.Respondent = oneLine(cleanText(name.text))
	if r := oneLine(cleanText(role.text)); r != "" && wb.Respondent != "" {
		wb.Respondent += ", " + r
	}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		wb.date1904 = *props.Date1904
	}
	return nil
}

// RespondentCell names the cell of the respondent's name, for messages.
func (wb *Workbook) RespondentCell() string {
	return wb.msg.instructionsSheet + "!" + cellRespondentName
}

// VersionCell names the cell that shows the questionnaire version, for messages.
func (wb *Workbook) VersionCell() string {
	return wb.msg.instructionsSheet + "!B7"
}

// value reads one cell: a formula as its text (with the leading =), never its result.
func (wb *Workbook) value(sheet, at string) (value, error) {
	damaged := errors.New("is damaged: it is not a readable .xlsx workbook")
	formula, err := wb.f.GetCellFormula(sheet, at)
	if err != nil {
		return value{}, damaged
	}
	if formula != "" {
		return value{text: "=" + strings.TrimPrefix(formula, "="), formula: true}, nil
	}
	text, err := wb.f.GetCellValue(sheet, at, excelize.Options{RawCellValue: true})
	if err != nil {
		return value{}, damaged
	}
	typ, err := wb.f.GetCellType(sheet, at)
	if err != nil {
		return value{}, damaged
	}
	number := text != "" && (typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber)
	return value{text: text, number: number}, nil
}
