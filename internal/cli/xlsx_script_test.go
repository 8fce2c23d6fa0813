package cli

import (
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

// xlsxSet is the script command "xlsxset FILE SHEET!CELL=VALUE...": it fills in cells of a
// workbook as a spreadsheet user would. A VALUE starting with = is a formula; date:YYYY-MM-DD
// is a date cell.
func xlsxSet(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: xlsxset FILE SHEET!CELL=VALUE...")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	for _, a := range args[1:] {
		ref, v, ok := strings.Cut(a, "=")
		sheet, at, ok2 := strings.Cut(ref, "!")
		if !ok || !ok2 {
			ts.Fatalf("xlsxset: %q is not SHEET!CELL=VALUE", a)
		}
		switch {
		case strings.HasPrefix(v, "="):
			ts.Check(f.SetCellFormula(sheet, at, v[1:]))
		case strings.HasPrefix(v, "date:"):
			d, err := time.Parse(time.DateOnly, v[len("date:"):])
			ts.Check(err)
			ts.Check(f.SetCellValue(sheet, at, d))
		default:
			ts.Check(f.SetCellStr(sheet, at, v))
		}
	}
	ts.Check(f.Save())
}
