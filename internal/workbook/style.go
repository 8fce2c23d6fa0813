package workbook

import (
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"
)

// styles are the cell styles of the workbook, made once per file.
type styles struct {
	title, label, value, heading, para, input             int
	header, section, number, question, help, locked, date int
	option, disabled                                      int
}

// The colours: a dark header, pale sections, pale yellow for the cells to fill in.
const (
	colourHeader   = "1F4E78"
	colourSection  = "DDEBF7"
	colourInput    = "FFF6D5"
	colourDisabled = "F2F2F2"
	colourBorder   = "BFBFBF"
	colourMuted    = "595959"
)

// dateFormat is how date cells show their dates, in every language.
const dateFormat = "yyyy-mm-dd"

// newStyles registers the styles in the file.
func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: colourBorder, Style: 1}, {Type: "right", Color: colourBorder, Style: 1},
		{Type: "top", Color: colourBorder, Style: 1}, {Type: "bottom", Color: colourBorder, Style: 1},
	}
	top := func(wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Vertical: "top", WrapText: wrap}
	}
	fill := func(colour string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}
	}
	unlocked := &excelize.Protection{Locked: false}
	df := dateFormat
	s := &styles{}
	defs := []struct {
		id *int
		s  excelize.Style
	}{
		{&s.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: colourHeader}, Alignment: top(true)}},
		{&s.label, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top(true)}},
		{&s.value, excelize.Style{Alignment: top(true)}},
		{&s.heading, excelize.Style{Font: &excelize.Font{Bold: true, Size: 13, Color: colourHeader}, Alignment: &excelize.Alignment{Vertical: "bottom"}}},
		{&s.para, excelize.Style{Alignment: top(true)}},
		{&s.input, excelize.Style{Border: border, Fill: fill(colourInput), Alignment: top(true), Protection: unlocked}},
		{&s.header, excelize.Style{Border: border, Fill: fill(colourHeader), Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.section, excelize.Style{Border: border, Fill: fill(colourSection), Font: &excelize.Font{Bold: true, Size: 12},
			Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&s.number, excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, Alignment: top(false)}},
		{&s.question, excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, Alignment: top(true)}},
		{&s.help, excelize.Style{Border: border, Font: &excelize.Font{Color: colourMuted}, Alignment: top(true)}},
		{&s.locked, excelize.Style{Border: border, Alignment: top(true)}},
		{&s.date, excelize.Style{Border: border, Fill: fill(colourInput), Alignment: top(false), Protection: unlocked, CustomNumFmt: &df}},
		{&s.option, excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true, Indent: 2}}},
		{&s.disabled, excelize.Style{Border: border, Fill: fill(colourDisabled), Alignment: top(true)}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return nil, err
		}
		*d.id = id
	}
	return s, nil
}

// lineHeight is the height in points of one line of text at the default font size; CJK text
// needs a little more.
const lineHeight = 15.0

// maxRowHeight is the tallest row a spreadsheet allows, in points.
const maxRowHeight = 409.0

// rowHeight estimates the height a row needs so that its wrapped texts show whole: spreadsheets
// do not measure rows that a program wrote, so the workbook sets them. widths are the column
// widths in characters, texts the cell texts in the same order.
func rowHeight(widths []float64, texts []string) float64 {
	lines := 1
	for i, t := range texts {
		if t == "" || i >= len(widths) {
			continue
		}
		n := 0
		for _, para := range strings.Split(t, "\n") {
			w := runewidth.StringWidth(para)
			per := int(widths[i] * 1.2)
			if per < 1 {
				per = 1
			}
			n += max(1, (w+per-1)/per)
		}
		lines = max(lines, n)
	}
	return min(maxRowHeight, float64(lines)*lineHeight+4)
}
