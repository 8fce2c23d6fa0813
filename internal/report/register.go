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
	var d doc
	writeRegister(&d, reg, messagesFor(lang))
	return d.writeTo(w)
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
		d.table([]string{m.colAttention, msg.colVendor, msg.product, m.colDate, msg.colRating, msg.colRecommendation,
			m.colStatus, m.colReview, m.colExpiring, m.colOpen, m.colAccepted}, rows)
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

// registerRow is one row of the register's table.
func registerRow(msg *messages, row *register.Row) []string {
	m := &msg.reg
	a := row.Result.File.Assessment
	attention := m.calm
	if len(row.Alerts) > 0 {
		attention = m.levels[row.Alerts[0].Level]
	}
	recommendation := ""
	if rec := row.Result.Recommendation; rec != nil {
		recommendation = Cell(rec.Title)
	}
	review := "—"
	if row.NextReview != "" {
		review = m.datedCell(row.NextReview, row.ReviewDays)
	}
	var expiring, accepted []string
	for _, e := range row.Expiring {
		expiring = append(expiring, fmt.Sprintf(m.item, Cell(e.Question.ID), m.datedCell(e.Date, e.Days)))
	}
	for _, ac := range row.Acceptances {
		accepted = append(accepted, fmt.Sprintf(m.item, Cell(ac.Finding), m.datedCell(ac.Until, ac.Days)))
	}
	return []string{attention, Cell(orDash(a.Vendor)), Cell(orDash(a.Product)), Cell(a.Date), Cell(orDash(row.Result.Rating)),
		orDash(recommendation), m.status(row), review, orDash(strings.Join(expiring, msg.listSepComma)),
		m.openCount(row.Open, msg.listSep), orDash(strings.Join(accepted, msg.listSepComma))}
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
			open = append(open, msg.severityName(f.Severity)+msg.colon+Text(f.FindingID())+msg.listSep+Text(f.Text))
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

// status says whether the assessment is final or a draft.
func (m *registerMessages) status(row *register.Row) string {
	if row.Draft {
		return fmt.Sprintf(m.draft, row.Unanswered)
	}
	return m.final
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
