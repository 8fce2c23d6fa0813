// Package register builds the vendor register: from every scored assessment found, the latest of
// each vendor and product, with what needs attention as of a given day (a review that is due, a
// certificate that expires, an accepted risk that runs out, a knock-out finding), most urgent
// first. It is pure: the day is given, no clock is read, and the same inputs give the same
// register.
package register

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Window is how many days ahead a date counts as coming up: a certificate expiring, an
// acceptance running out or a review falling due within it is listed.
const Window = 90

// Assessment is one scored answers file.
type Assessment struct {
	Path   string
	Result *scoring.Result
}

// Unreadable is a file that could not be read or scored, with the reason.
type Unreadable struct {
	Path   string
	Reason string
}

// Register is the vendor register as of a day.
type Register struct {
	AsOf       string // YYYY-MM-DD
	Rows       []Row  // one per vendor and product, most urgent first
	Files      int    // the assessments read
	Unreadable []Unreadable
}

// Row is the latest assessment of one vendor and product, with what needs attention.
type Row struct {
	Assessment
	// Assessments counts the assessments of this vendor and product found, this one included.
	Assessments int
	// Draft says that the assessment is not complete (scoring.Result.Complete): Unanswered
	// scored questions are left, and the rating and the recommendation are provisional.
	Draft      bool
	Unanswered int
	// NextReview is when the vendor is due for re-assessment, YYYY-MM-DD (the scoring's
	// NextReview), or ""; ReviewDays is the number of days from the register's day to it
	// (negative when overdue).
	NextReview string
	ReviewDays int
	// Expiring lists the expiry dates (certificates and the like) that have passed or come
	// within the window.
	Expiring []Expiry
	// Open lists the critical and high findings not covered by an acceptance that still holds.
	Open []scoring.Finding
	// Acceptances lists the accepted risks that have run out or run out within the window.
	Acceptances []Acceptance
	// Alerts say why the row needs attention, most urgent first; none when nothing does.
	Alerts []Alert
}

// Expiry is an expiry date given in an answer.
type Expiry struct {
	Question *questionnaire.Question
	Date     string
	Days     int // from the register's day; 0 or less: expired (as the scoring counts it)
}

// Expired reports whether the date has passed: on the day itself the document no longer holds.
func (e Expiry) Expired() bool { return e.Days <= 0 }

// Acceptance is an accepted risk that has run out or runs out within the window.
type Acceptance struct {
	scoring.AcceptedRisk
	Days int // from the register's day to its last day; negative: expired
}

// Expired reports whether the acceptance has run out: it holds up to and including its last day.
func (a Acceptance) Expired() bool { return a.Days < 0 }

// Level is how urgent an alert is; a lower level is more urgent.
type Level int

// The alert levels, most urgent first.
const (
	ReviewOverdue      Level = iota // the next review date has passed
	DateExpired                     // an expiry date (a certificate) has passed
	AcceptanceExpired               // an accepted risk has run out
	KnockOut                        // a critical finding is open
	ReviewDue                       // the next review falls within the window
	DateExpiring                    // an expiry date falls within the window
	AcceptanceExpiring              // an accepted risk runs out within the window
)

// Alert is one reason a row needs attention.
type Alert struct {
	Level Level
	Date  string // the date concerned; "" for a knock-out
	ID    string // the question or rule concerned; "" for a review
}

// Build makes the register as of asOf (YYYY-MM-DD) from scored assessments: for each vendor
// and product (compared without regard to case and spacing) the latest by assessment date (the
// last path among those of one date), with its alerts; rows most urgent first (see less).
func Build(assessments []Assessment, unreadable []Unreadable, asOf string) *Register {
	reg := &Register{AsOf: asOf, Files: len(assessments), Unreadable: slices.Clone(unreadable)}
	slices.SortFunc(reg.Unreadable, func(a, b Unreadable) int { return cmp.Compare(a.Path, b.Path) })
	latest := map[string]*Row{}
	var keys []string
	for _, a := range assessments {
		d := a.Result.File.Assessment
		k := key(d.Vendor) + "\x00" + key(d.Product)
		row := latest[k]
		if row == nil {
			row = &Row{}
			latest[k] = row
			keys = append(keys, k)
		}
		row.Assessments++
		if row.Result == nil || newer(a, row.Assessment) {
			row.Assessment = a
		}
	}
	for _, k := range keys {
		row := latest[k]
		row.fill(asOf)
		reg.Rows = append(reg.Rows, *row)
	}
	slices.SortFunc(reg.Rows, compareRows)
	return reg
}

// key is a vendor or product name as compared: lowercase, spaces collapsed.
func key(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// newer reports whether a is a later assessment than b: a later date, or the same date and a
// later path.
func newer(a, b Assessment) bool {
	da, db := a.Result.File.Assessment.Date, b.Result.File.Assessment.Date
	return da > db || da == db && a.Path > b.Path
}
