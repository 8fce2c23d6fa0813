package workbook

import (
	"errors"
	"fmt"
	"slices"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"

	"github.com/xuri/excelize/v2"
)

// metaSheet is the very hidden sheet that holds what the import needs; a spreadsheet user
// cannot unhide it from the menus, and the workbook's structure is locked.
const metaSheet = "vendorcheck"

// formatMark names the layout of workbooks this package writes; the import refuses others.
const formatMark = "vendorcheck-sheet/1"

// Meta is what a workbook records about itself: the questionnaire it was made from, for whom,
// when, and the details shown on its instructions sheet.
type Meta struct {
	ID, Version, Language string // the questionnaire
	Audience              string // vendor, it, legal or business; empty for everyone
	Date                  string // when the workbook was made, YYYY-MM-DD
	Vendor                string // who it is for
	Organisation          string // who it is from
	Assessor              string // who to answer to
}

// metaKeys are the rows of the meta sheet, in order: the key in column A, the value in B.
var metaKeys = []string{"format", "questionnaire", "version", "language", "audience", "date",
	"vendor", "organisation", "assessor"}

// metaListCol is the first column of the meta sheet that holds a drop-down list.
const metaListCol = 4 // D

// values returns the values of the meta sheet in the order of metaKeys.
func (m Meta) values() []string {
	return []string{formatMark, m.ID, m.Version, m.Language, m.Audience, m.Date, m.Vendor, m.Organisation, m.Assessor}
}

// metaFrom reads the meta values by key; a missing key, or another format, is an error.
func metaFrom(byKey map[string]string) (Meta, error) {
	if byKey["format"] != formatMark {
		return Meta{}, errors.New("was not made by 'vendorcheck sheet' (or by a version that this one cannot read)")
	}
	m := Meta{ID: byKey["questionnaire"], Version: byKey["version"], Language: byKey["language"],
		Audience: byKey["audience"], Date: byKey["date"], Vendor: byKey["vendor"],
		Organisation: byKey["organisation"], Assessor: byKey["assessor"]}
	if m.ID == "" || m.Version == "" {
		return Meta{}, errors.New("does not say which questionnaire and version it was made from")
	}
	if m.Audience != "" && !validAudience(m.Audience) {
		return Meta{}, fmt.Errorf("was made for an audience that does not exist (%q)", m.Audience)
	}
	return m, nil
}

// validAudience reports whether a is one of the questionnaire's audiences.
func validAudience(a string) bool {
	return slices.Contains(questionnaire.Audiences, questionnaire.Audience(a))
}

// from says who the workbook is from: the organisation and the assessor.
func (m Meta) from() string {
	switch {
	case m.Organisation != "" && m.Assessor != "":
		return m.Assessor + ", " + m.Organisation
	case m.Organisation != "":
		return m.Organisation
	}
	return m.Assessor
}

// listRef is the reference of a drop-down list of n entries held in column col of the meta sheet.
func listRef(col, n int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("%s!$%s$1:$%s$%d", metaSheet, name, name, max(n, 1))
}
