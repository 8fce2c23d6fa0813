package report

import "github.com/vendorcheck/vendorcheck/internal/scoring"

// jsonAccepted is an accepted risk in the JSON result: the entry of the answers file, whether it
// ran out before the assessment date, and the findings of the assessment it covers.
type jsonAccepted struct {
	Finding  string        `json:"finding"`
	By       string        `json:"by"`
	On       string        `json:"on"`
	Until    string        `json:"until"`
	Reason   string        `json:"reason"`
	Expired  bool          `json:"expired"`
	Findings []jsonFinding `json:"findings"`
}

// newJSONAccepted converts the accepted risks; none is an empty list, never null.
func newJSONAccepted(msg *messages, list []scoring.AcceptedRisk) []jsonAccepted {
	out := make([]jsonAccepted, len(list))
	for i, a := range list {
		out[i] = jsonAccepted{Finding: a.Finding, By: a.By, On: a.On, Until: a.Until, Reason: a.Reason,
			Expired: a.Expired, Findings: make([]jsonFinding, len(a.Findings))}
		for j, f := range a.Findings {
			out[i].Findings[j] = msg.jsonFinding(f)
		}
	}
	return out
}
