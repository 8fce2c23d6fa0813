package scoring

import (
	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// AcceptedRisk is one accepted entry of the answers file with the findings of the assessment it
// covers. Accepting a risk changes neither the score nor the rating: the facts stay as they are.
type AcceptedRisk struct {
	assessment.Acceptance
	// Findings are the findings of this assessment raised by the accepted question or rule, most
	// severe first; none when it raises none (the risk it was accepted for is gone).
	Findings []Finding
	// Expired says that the acceptance ran out before the assessment date.
	Expired bool
}

// FindingID is the id of the question or rule that raises a finding, as accepted entries name it.
func (f Finding) FindingID() string {
	switch {
	case f.Rule != nil:
		return f.Rule.ID
	case f.Question != nil:
		return f.Question.ID
	}
	return ""
}

// acceptedRisks pairs each accepted entry of the file, in file order, with the findings it covers.
func acceptedRisks(f *assessment.File, findings []Finding) []AcceptedRisk {
	if len(f.Accepted) == 0 {
		return nil
	}
	out := make([]AcceptedRisk, len(f.Accepted))
	for i, a := range f.Accepted {
		out[i] = AcceptedRisk{Acceptance: a, Expired: f.Assessment.Date != "" && a.ExpiredOn(f.Assessment.Date)}
		for _, fd := range findings {
			if fd.FindingID() == a.Finding {
				out[i].Findings = append(out[i].Findings, fd)
			}
		}
	}
	return out
}

// Acceptance returns the accepted entry that covers the finding, or nil.
func (r *Result) Acceptance(f Finding) *AcceptedRisk {
	for i := range r.Accepted {
		if r.Accepted[i].Finding == f.FindingID() {
			return &r.Accepted[i]
		}
	}
	return nil
}
