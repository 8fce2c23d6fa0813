package report

import (
	"io"

	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// jsonComparison is the JSON form of a comparison: the ranking, then each assessment's result
// in the form the report command prints, in the order the assessments were given. Like the
// single result, its field names are a public contract.
type jsonComparison struct {
	Ranking     []jsonRanked `json:"ranking"`
	Assessments []jsonResult `json:"assessments"`
}

// jsonRanked is one place in the ranking.
type jsonRanked struct {
	Rank int `json:"rank"`
	// Assessment is the position of the assessment in the assessments array, from 0.
	Assessment     int      `json:"assessment"`
	Vendor         string   `json:"vendor"`
	Overall        *float64 `json:"overall"`
	Rating         *string  `json:"rating"`
	Coverage       float64  `json:"coverage"`
	Critical       int      `json:"critical_findings"`
	Recommendation *string  `json:"recommendation"`
	Complete       bool     `json:"complete"` // false for a draft: its rating is provisional
}

// CompareJSON writes the comparison of two or more assessments made with the same
// questionnaire as indented JSON: the ranking (as Rank orders it) and every assessment's
// result. It refuses assessments made with different questionnaires.
func CompareJSON(w io.Writer, results []*scoring.Result) error {
	if err := checkComparable(results); err != nil {
		return err
	}
	out := jsonComparison{Assessments: make([]jsonResult, len(results))}
	for i, r := range results {
		out.Assessments[i] = newJSONResult(r)
	}
	for _, rk := range Rank(results) {
		a := out.Assessments[rk.Index]
		out.Ranking = append(out.Ranking, jsonRanked{
			Rank: rk.Rank, Assessment: rk.Index, Vendor: a.Assessment.Vendor, Overall: a.Overall, Rating: a.Rating,
			Coverage: a.Coverage, Critical: criticalCount(rk.Result), Recommendation: a.Recommendation,
			Complete: a.Complete,
		})
	}
	return writeJSON(w, out)
}
