package scoring

import (
	"fmt"
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

// rate sets the band of the overall score, then lowers the rating to the critical cap when a
// critical finding was raised and the band is better than the cap.
func (r *Result) rate() {
	qn := r.Questionnaire
	if !r.Scored {
		return
	}
	r.Band = qn.RatingFor(r.Overall)
	r.Rating = r.Band
	limit := qn.Scoring.CriticalCap
	if limit == "" || !r.hasCritical() {
		return
	}
	if band, capRank := qn.RatingRank(r.Band), qn.RatingRank(limit); capRank >= 0 && band < capRank {
		r.Rating = limit
		r.Capped = true
	}
}

// hasCritical reports whether any finding is critical.
func (r *Result) hasCritical() bool {
	return slices.ContainsFunc(r.Findings, func(f Finding) bool {
		return f.Severity == questionnaire.SeverityCritical
	})
}

// recommend picks the first recommendation whose conditions hold and says why.
func (r *Result) recommend() {
	recs := r.Questionnaire.Recommendations
	for i := range recs {
		rec := &recs[i]
		if w := rec.When; w != nil {
			if len(w.Sensitivity) > 0 && !slices.Contains(w.Sensitivity, r.Sensitivity) {
				continue
			}
			if len(w.Rating) > 0 && !slices.Contains(w.Rating, r.Rating) {
				continue
			}
		}
		r.Recommendation = rec
		r.RecommendationWhy = r.why(i > 0 && (rec.When == nil || len(rec.When.Sensitivity)+len(rec.When.Rating) == 0))
		return
	}
}

// why is the reason for the recommendation in one sentence; fallback says that it holds only
// because no earlier entry did.
func (r *Result) why(fallback bool) string {
	rating := "the rating is " + r.Rating
	switch {
	case r.Rating == "":
		rating = "there is no rating, as no section could be scored"
	case r.Capped:
		rating += ", capped by a critical finding"
	}
	if fallback {
		return fmt.Sprintf("No earlier entry applies; sensitivity is %s and %s.", r.Sensitivity, rating)
	}
	return fmt.Sprintf("Sensitivity is %s and %s.", r.Sensitivity, rating)
}
