package preview

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

// table draws a table with lipgloss/table, its cells wrapped between words to column widths
// that give every column at least its widest word. When even that does not fit, each row is
// drawn as a list of "header: value" lines instead, so that no word is ever cut.
func (d *drawer) table(header []string, rows [][]string) []string {
	n := len(header)
	minW, maxW := make([]int, n), make([]int, n)
	lengths := make([][]int, 0, len(rows)+1) // each cell's widest line, unwrapped
	measure := func(cells []string) {
		lens := make([]int, n)
		for j := range min(len(cells), n) {
			lo, hi := extent(cells[j])
			minW[j], maxW[j], lens[j] = max(minW[j], lo), max(maxW[j], hi), hi
		}
		lengths = append(lengths, lens)
	}
	measure(header)
	for _, row := range rows {
		measure(row)
	}
	room := d.w - (n + 1) - 2*n // borders, and a space each side of a cell
	widths, ok := columnWidths(minW, maxW, lengths, room)
	if !ok {
		return d.records(header, rows)
	}
	wrapCells := func(cells []string, base *lipgloss.Style) []string {
		out := make([]string, n)
		for j := range n {
			if j < len(cells) {
				out[j] = strings.Join(d.text(cells[j], widths[j], base), "\n")
			}
		}
		return out
	}
	t := table.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(d.st.border).
		Headers(wrapCells(header, &d.st.header)...).
		StyleFunc(func(_, col int) lipgloss.Style {
			return lipgloss.NewStyle().Padding(0, 1).Width(widths[col] + 2)
		})
	for _, row := range rows {
		t.Row(wrapCells(row, nil)...)
	}
	return strings.Split(t.String(), "\n")
}

// extent returns the width of the widest word of a cell and of its widest line unwrapped.
func extent(cell string) (widest, line int) {
	cur := 0
	for _, wd := range words(report.Spans(cell), func(report.Span) *lipgloss.Style { return nil }) {
		widest = max(widest, wd.width)
		switch {
		case wd.hard:
			cur = wd.width
		case wd.space && cur > 0:
			cur += 1 + wd.width
		default:
			cur += wd.width
		}
		line = max(line, cur)
	}
	return widest, line
}

// columnWidths shares room between columns: each gets its widest line when all fit. Otherwise
// each gets its widest word, then the columns that need least to show their lines whole get
// it, narrowest need first, and each cell left goes to the column where it saves the most
// lines in the table, by the lengths of the cells (rows of cells' unwrapped widths). ok is
// false when the widest words alone do not fit.
func columnWidths(minW, maxW []int, lengths [][]int, room int) (widths []int, ok bool) {
	total, least := 0, 0
	for j := range maxW {
		total += maxW[j]
		least += minW[j]
	}
	if total <= room {
		return maxW, true
	}
	if least > room {
		return nil, false
	}
	widths = slices.Clone(minW)
	extra := room - least
	order := make([]int, len(widths))
	for j := range order {
		order[j] = j
	}
	need := func(j int) int { return maxW[j] - widths[j] }
	slices.SortStableFunc(order, func(a, b int) int { return need(a) - need(b) })
	for _, j := range order {
		if need(j) > extra {
			break
		}
		extra -= need(j)
		widths[j] = maxW[j]
	}
	for ; extra > 0; extra-- {
		best, bestGain := -1, [3]int{}
		h0, l0 := height(lengths, widths)
		for j := range widths {
			if widths[j] >= maxW[j] {
				continue
			}
			widths[j]++
			h, l := height(lengths, widths)
			widths[j]--
			// lines of the table saved, then lines of cells, then the column's text per cell of
			// width: ties go to the column most crowded.
			gain := [3]int{h0 - h, l0 - l, pressure(lengths, j) / widths[j]}
			if best < 0 || slices.Compare(gain[:], bestGain[:]) > 0 {
				best, bestGain = j, gain
			}
		}
		if best < 0 {
			break
		}
		widths[best]++
	}
	return widths, true
}

// pressure is the width of a column's text, all its cells unwrapped.
func pressure(lengths [][]int, j int) int {
	n := 0
	for _, row := range lengths {
		n += row[j]
	}
	return n
}

// height estimates the lines of a table, each row as tall as its cell that wraps to most
// lines, and the lines of all its cells.
func height(lengths [][]int, widths []int) (rows, cells int) {
	for _, row := range lengths {
		tall := 1
		for j, l := range row {
			n := (l + widths[j] - 1) / max(widths[j], 1)
			tall = max(tall, n)
			cells += n
		}
		rows += tall
	}
	return rows, cells
}

// records draws each row of a table too wide for the screen as its first cell in bold, then
// the other cells as "header: value", one after the other and wrapped; a blank line comes
// between two rows.
func (d *drawer) records(header []string, rows [][]string) []string {
	var out []string
	for i, row := range rows {
		if i > 0 {
			out = append(out, "")
		}
		if len(row) > 0 {
			out = append(out, d.text(row[0], d.w, &d.st.strong)...)
		}
		var fields []string
		for j := 1; j < len(row); j++ {
			if row[j] == "" {
				continue
			}
			name := ""
			if j < len(header) && header[j] != "" {
				name = header[j] + ": "
			}
			fields = append(fields, name+row[j])
		}
		for _, l := range d.text(strings.Join(fields, nbsp+"· "), d.w-2, nil) {
			out = append(out, "  "+l)
		}
	}
	return out
}

// nbsp is a no-break space: the preview never breaks a line there.
const nbsp = "\u00a0"
