package scoring

import (
	"slices"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// raiseSensitivity raises the sensitivity to the highest among the options chosen in a profile
// answer.
func (r *Result) raiseSensitivity(q *questionnaire.Question, a *assessment.Answer) {
	ids := a.Choices
	if a.Choice != "" {
		ids = []string{a.Choice}
	}
	for _, o := range chosen(q, ids) {
		if o.Sensitivity.Rank() > r.Sensitivity.Rank() {
			r.Sensitivity = o.Sensitivity
		}
	}
}

// rate sets the band of the overall score, then the rating: the band lowered to the critical
// cap when a critical finding was raised and the band is better than the cap.
func (r *Result) rate() {
	if r.Scored {
		r.Band = r.Questionnaire.RatingFor(r.Overall)
	}
	r.Rating, r.Capped = r.rating(r.hasCritical())
}

// rating returns the rating of the overall score's band, lowered to the critical cap when
// critical is true and the band is better than the cap, and whether the cap lowered it.
func (r *Result) rating(critical bool) (string, bool) {
	qn := r.Questionnaire
	limit := qn.Scoring.CriticalCap
	if !r.Scored || limit == "" || !critical {
		return r.Band, false
	}
	if band, capRank := qn.RatingRank(r.Band), qn.RatingRank(limit); capRank >= 0 && band < capRank {
		return limit, true
	}
	return r.Band, false
}

// hasCritical reports whether any finding is critical.
func (r *Result) hasCritical() bool {
	return slices.ContainsFunc(r.Findings, func(f Finding) bool {
		return f.Severity == questionnaire.SeverityCritical
	})
}

// recommend picks the first recommendation whose condition holds.
func (r *Result) recommend(e *env) {
	recs := r.Questionnaire.Recommendations
	for i := range recs {
		rec := &recs[i]
		if !e.holds(rec.When) {
			continue
		}
		r.Recommendation = rec
		r.RecommendationFallback = i > 0 && rec.When.Always()
		return
	}
}
