package scoring

import (
	"time"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// applyRules decides the rules of every section, in order, and lists the findings: each
// section's question findings, then its rule findings. A rule's condition sees the findings of
// every question and of the rules before it, and the rating those give (the critical cap
// included), so that the order of rules in the file is the whole story.
func (r *Result) applyRules(e *env, perSection [][]Finding) {
	var found []Finding
	for _, fs := range perSection {
		found = append(found, fs...)
	}
	e.worst = worst(found)
	critical := e.worst == questionnaire.SeverityCritical
	for i, sec := range r.Questionnaire.Sections {
		for _, rule := range sec.Rules {
			e.rating, _ = r.rating(critical)
			if !e.holds(rule.When) {
				continue
			}
			perSection[i] = append(perSection[i], Finding{Rule: rule, Finding: rule.Finding})
			if rule.Finding.Severity.Rank() > e.worst.Rank() {
				e.worst = rule.Finding.Severity
			}
			critical = critical || rule.Finding.Severity == questionnaire.SeverityCritical
		}
	}
	for _, fs := range perSection {
		r.Findings = append(r.Findings, fs...)
	}
}

// worst returns the most severe severity among the findings, or SeverityNone when there are
// none.
func worst(fs []Finding) questionnaire.Severity {
	w := questionnaire.SeverityNone
	for _, f := range fs {
		if f.Severity.Rank() > w.Rank() {
			w = f.Severity
		}
	}
	return w
}

// nextReview returns the assessment date plus the recommendation's review_months, YYYY-MM-DD,
// or "" when the date is not valid or the recommendation sets no review.
func nextReview(date string, rec *questionnaire.Recommendation) string {
	if rec == nil || rec.ReviewMonths <= 0 {
		return ""
	}
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	return AddMonths(d, rec.ReviewMonths).Format(time.DateOnly)
}

// AddMonths returns the date n months after d: the same day of the month, or the last day of
// the month when that month is shorter (2026-08-31 plus 6 months is 2027-02-28, and 2027-02-28
// plus 6 months is 2027-08-28). time.AddDate would roll over into the next month instead.
func AddMonths(d time.Time, n int) time.Time {
	y, m, day := d.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, d.Location())
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(day, last)-1)
}
