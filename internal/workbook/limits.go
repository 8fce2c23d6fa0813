package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// The limits on a workbook to import. A filled-in questionnaire of a few hundred questions is a
// few hundred kilobytes; the limits leave room for that many times over, and keep the memory
// the import needs bounded whatever the file holds (a test measures it).
const (
	MaxFileSize  = 10 << 20 // the file itself
	maxParts     = 1000     // parts in the zip container
	maxPartSize  = 8 << 20  // one part, unpacked
	maxTotalSize = 32 << 20 // all parts, unpacked
	maxRows      = 10000    // rows of one sheet, and the highest row number
	maxCells     = 200000   // cells of one sheet once every row is filled up to its last cell
)

// oleMagic starts an encrypted workbook or an old binary .xls file.
var oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// checkContainer refuses data that is not a zip container within the limits, before the
// spreadsheet library reads it: a zip bomb, a part too large, or a sheet whose rows or cells
// would take more memory to load than any questionnaire needs.
func checkContainer(data []byte) error {
	switch {
	case bytes.HasPrefix(data, oleMagic):
		return errors.New("is encrypted or an old .xls file; save it as an .xlsx workbook without a password")
	case !bytes.HasPrefix(data, []byte("PK")):
		return errors.New("is not an .xlsx workbook")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return errors.New("is damaged: it is not a readable .xlsx workbook")
	}
	if len(zr.File) > maxParts {
		return fmt.Errorf("holds %d parts, more than a questionnaire workbook does (%d)", len(zr.File), maxParts)
	}
	var total uint64
	for _, zf := range zr.File {
		total += zf.UncompressedSize64
		if zf.UncompressedSize64 > maxPartSize || total > maxTotalSize {
			return fmt.Errorf("unpacks to more than %d MB, far more than a questionnaire workbook", maxTotalSize>>20)
		}
	}
	for _, zf := range zr.File {
		if err := checkPart(zf); err != nil {
			return err
		}
	}
	return nil
}

// checkPart reads one part as XML, if it is XML, and refuses a sheet with more rows than
// maxRows, a row number beyond it, or more than maxCells cells once each row is filled up to its
// last cell, as the spreadsheet library does when it loads a sheet. A part that is not XML is
// left to the library (an image, or a damaged part it will refuse).
func checkPart(zf *zip.File) error {
	rc, err := zf.Open()
	if err != nil {
		return errors.New("is damaged: it is not a readable .xlsx workbook")
	}
	defer rc.Close()
	d := xml.NewDecoder(io.LimitReader(rc, maxPartSize+1))
	var rows, cells, rowNum, col, rowMax int
	inSheet := false
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil // the end, or not XML: the library decides
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "sheetData":
				inSheet = true
			case "row":
				if !inSheet {
					continue
				}
				rows++
				cells += rowMax
				rowMax, col = 0, 0
				rowNum++
				if n, ok := attrInt(t, "r"); ok {
					rowNum = n
				}
				if rows > maxRows || rowNum > maxRows || rowNum < 1 {
					return fmt.Errorf("has a sheet of more than %d rows, more than a questionnaire workbook", maxRows)
				}
			case "c":
				if !inSheet {
					continue
				}
				col++
				if ref := attr(t, "r"); ref != "" {
					c, _, err := excelize.CellNameToCoordinates(ref)
					if err != nil {
						return fmt.Errorf("is damaged: a cell is named %q", ref)
					}
					col = c
				}
				rowMax = max(rowMax, col)
				if cells+rowMax > maxCells {
					return fmt.Errorf("has a sheet of more than %d cells, more than a questionnaire workbook", maxCells)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				inSheet = false
			}
		}
	}
}

// attr returns the value of the attribute of the element, or "".
func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// attrInt returns the attribute as a number.
func attrInt(e xml.StartElement, name string) (int, bool) {
	n, err := strconv.Atoi(attr(e, name))
	return n, err == nil
}
