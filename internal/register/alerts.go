package register

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// fill works out, as of the day, the row's draft state, next review, expiring dates, open
// findings and acceptances, and its alerts.
func (row *Row) fill(asOf string) {
	r := row.Result
	row.Unanswered = r.Unanswered
	row.Draft = !r.Complete
	row.NextReview = r.NextReview
	if row.NextReview != "" {
		row.ReviewDays = Days(asOf, row.NextReview)
		switch {
		case row.ReviewDays < 0:
			row.alert(ReviewOverdue, row.NextReview, "")
		case row.ReviewDays <= Window:
			row.alert(ReviewDue, row.NextReview, "")
		}
	}
	for _, qr := range r.Questions {
		q, a := qr.Question, qr.Answer
		if q.Kind != questionnaire.KindDate || !q.Expiry || qr.Status != scoring.StatusAnswered {
			continue
		}
		e := Expiry{Question: q, Date: a.Date, Days: Days(asOf, a.Date)}
		switch {
		case e.Expired():
			row.alert(DateExpired, e.Date, q.ID)
		case e.Days <= Window:
			row.alert(DateExpiring, e.Date, q.ID)
		default:
			continue
		}
		row.Expiring = append(row.Expiring, e)
	}
	holding := map[string]bool{}
	for _, ar := range r.Accepted {
		a := Acceptance{AcceptedRisk: ar, Days: Days(asOf, ar.Until)}
		holding[ar.Finding] = !a.Expired()
		switch {
		case a.Expired():
			row.alert(AcceptanceExpired, a.Until, a.Finding)
		case a.Days <= Window:
			row.alert(AcceptanceExpiring, a.Until, a.Finding)
		default:
			continue
		}
		row.Acceptances = append(row.Acceptances, a)
	}
	for _, f := range r.Findings {
		if f.Severity.Rank() < questionnaire.SeverityHigh.Rank() || holding[f.FindingID()] {
			continue
		}
		row.Open = append(row.Open, f)
		if f.Severity == questionnaire.SeverityCritical {
			row.alert(KnockOut, "", f.FindingID())
		}
	}
	slices.SortStableFunc(row.Alerts, compareAlerts)
}

// alert adds an alert to the row.
func (row *Row) alert(l Level, date, id string) {
	row.Alerts = append(row.Alerts, Alert{Level: l, Date: date, ID: id})
}

// compareAlerts orders alerts by level, then the earliest date.
func compareAlerts(a, b Alert) int {
	return cmp.Or(cmp.Compare(a.Level, b.Level), cmp.Compare(a.Date, b.Date))
}

// compareRows orders rows most urgent first: by their most urgent alert (level, then the
// earliest date: the longest overdue first), rows without alerts last, then by vendor, product
// and path.
func compareRows(a, b Row) int {
	switch calmA, calmB := len(a.Alerts) == 0, len(b.Alerts) == 0; {
	case calmA && !calmB:
		return 1
	case calmB && !calmA:
		return -1
	case !calmA:
		if c := compareAlerts(a.Alerts[0], b.Alerts[0]); c != 0 {
			return c
		}
	}
	da, db := a.Result.File.Assessment, b.Result.File.Assessment
	return cmp.Or(strings.Compare(key(da.Vendor), key(db.Vendor)), strings.Compare(key(da.Product), key(db.Product)),
		strings.Compare(a.Path, b.Path))
}

// Days returns the number of days from one date to another (YYYY-MM-DD), negative when to is
// earlier; 0 when either is not a date.
func Days(from, to string) int {
	f, err1 := time.Parse(time.DateOnly, from)
	t, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int((t.Unix() - f.Unix()) / (24 * 60 * 60)) // both at midnight UTC: whole days

}
