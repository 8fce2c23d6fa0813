package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/register"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Register writes the vendor register in the language (a BCP 47 tag; English when the package
// has no words for it): a table of the latest assessment of each vendor and product, most urgent
// first, then each row's details, then the files that could not be read.
func Register(w io.Writer, reg *register.Register, lang string) error {
	return RegisterDocument(reg, lang).Markdown(w)
}

// RegisterDocument returns the register as Register writes it, for any renderer.
func RegisterDocument(reg *register.Register, lang string) *Document {
	var d doc
	writeRegister(&d, reg, messagesFor(lang))
	if lang == "" {
		lang = "en"
	}
	return &Document{Lang: lang, Blocks: d.blocks}
}

// writeRegister builds the register's document in d.
func writeRegister(d *doc, reg *register.Register, msg *messages) {
	m := &msg.reg
	d.heading(1, fmt.Sprintf(m.title, Heading(reg.AsOf)))
	if reg.Files == 0 {
		d.para(m.empty)
	} else {
		d.para(fmt.Sprintf(m.intro, m.assessments.n(reg.Files), m.vendors.n(len(reg.Rows)), register.Window, Text(reg.AsOf)))
		rows := make([][]string, len(reg.Rows))
		for i := range reg.Rows {
			rows[i] = registerRow(msg, &reg.Rows[i])
		}
		d.table([]string{m.colAttention, m.colVendor, m.colDate, m.colRating, m.colReview, m.colExpiring, m.colOpen}, rows)
		d.heading(2, m.detailsHeading)
		for i := range reg.Rows {
			registerDetails(d, msg, &reg.Rows[i])
		}
	}
	if len(reg.Unreadable) > 0 {
		d.heading(2, m.unreadableHeading)
		d.para(m.unreadableIntro)
		items := make([]string, len(reg.Unreadable))
		for i, u := range reg.Unreadable {
			items[i] = Text(u.Path) + msg.colon + Text(u.Reason)
		}
		d.list(items...)
	}
}

// registerRow is one row of the register's table: what needs attention first, the vendor and
// product, the date (and whether it is a draft), the rating and recommendation, the next review,
// the expiry dates and accepted risks running out, and the open critical and high findings.
func registerRow(msg *messages, row *register.Row) []string {
	m := &msg.reg
	r := row.Result
	a := r.File.Assessment
	attention := m.calm
	if len(row.Alerts) > 0 {
		attention = m.levels[row.Alerts[0].Level]
	}
	vendor := Cell(orDash(a.Vendor))
	if a.Product != "" {
		vendor = fmt.Sprintf(m.vendorProduct, vendor, Cell(a.Product))
	}
	date := Cell(a.Date)
	if row.Draft {
		date = fmt.Sprintf(m.dated, date, fmt.Sprintf(m.draft, row.Unanswered))
	}
	rating := Cell(orDash(r.Rating))
	if rec := r.Recommendation; rec != nil {
		rating = fmt.Sprintf(m.ratingRecommendation, rating, Cell(rec.Title))
	}
	review := "—"
	if row.NextReview != "" {
		review = m.datedCell(row.NextReview, row.ReviewDays)
	}
	var dates []string
	for _, e := range row.Expiring {
		dates = append(dates, fmt.Sprintf(m.item, Cell(e.Question.ID), m.datedCell(e.Date, e.Days)))
	}
	for _, ac := range row.Acceptances {
		dates = append(dates, fmt.Sprintf(m.acceptedItem, Cell(ac.Finding), m.datedCell(ac.Until, ac.Days)))
	}
	return []string{attention, vendor, date, rating, review, orDash(strings.Join(dates, msg.listSepComma)),
		m.openCount(row.Open, msg.listSep)}
}

// registerDetails writes a row's details: the answers file, how many assessments were found,
// what needs attention and the open critical and high findings.
func registerDetails(d *doc, msg *messages, row *register.Row) {
	m := &msg.reg
	a := row.Result.File.Assessment
	d.heading(3, trimHeadingEnd(fmt.Sprintf(m.rowHeading, Heading(orDash(a.Vendor)), Heading(orDash(a.Product)))))
	items := []string{fmt.Sprintf(m.file, Text(row.Path)), m.found.n(row.Assessments)}
	if len(row.Alerts) > 0 {
		var alerts []string
		for _, al := range row.Alerts {
			alerts = append(alerts, fmt.Sprintf(m.alerts[al.Level], Text(al.ID), Text(al.Date)))
		}
		items = append(items, m.attention+sublist(alerts))
	}
	if len(row.Open) > 0 {
		var open []string
		for _, f := range row.Open {
			text, _ := msg.findingWords(f)
			open = append(open, msg.severityName(f.Severity)+msg.colon+Text(f.FindingID())+msg.listSep+Text(text))
		}
		items = append(items, m.openFindings+sublist(open))
	}
	d.list(items...)
}

// datedCell shows a date with how far it is from the register's day.
func (m *registerMessages) datedCell(date string, days int) string {
	rel := m.today
	switch {
	case days > 0:
		rel = m.inDays.n(days)
	case days < 0:
		rel = m.agoDay.n(-days)
	}
	return fmt.Sprintf(m.dated, Cell(date), rel)
}

// openCount counts the open findings by severity, joined by sep: "1 critical, 2 high", or none.
func (m *registerMessages) openCount(open []scoring.Finding, sep string) string {
	var crit, high int
	for _, f := range open {
		if f.Severity == questionnaire.SeverityCritical {
			crit++
		} else {
			high++
		}
	}
	var parts []string
	if crit > 0 {
		parts = append(parts, m.critical.n(crit))
	}
	if high > 0 {
		parts = append(parts, m.high.n(high))
	}
	if len(parts) == 0 {
		return m.noneOpen
	}
	return strings.Join(parts, sep)
}
