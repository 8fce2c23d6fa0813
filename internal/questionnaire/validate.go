package questionnaire

import (
	"strings"

	yaml "go.yaml.in/yaml/v4"
)

// crossCheck checks what can only be checked once the whole file is decoded: cited references,
// the targets and values of conditions, the rating labels of recommendations, and that there is
// something to score.
func (d *decoder) crossCheck(qn *Questionnaire, root *yaml.Node) {
	for _, u := range d.refUses {
		if qn.Reference(u.id) == nil {
			d.at(u.node, "reference %q is not defined (defined references: %s)", u.id, refIDs(qn))
		}
	}
	for _, u := range d.conds {
		d.checkCondition(qn, u.owner, u.src)
	}
	for _, u := range d.ratingIn {
		if qn.RatingRank(u.id) < 0 {
			d.at(u.node, "rating %q is not a rating label (labels: %s)", u.id, ratingLabels(qn.Scoring.Ratings))
		}
	}
	// Any other problem (a negative weight, an unknown kind) can leave a file with nothing to
	// score; saying so then would only repeat it.
	if len(d.probs) == 0 && len(qn.Sections) > 0 && qn.ScoredCount() == 0 {
		at := root
		if root.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(root.Content); i += 2 {
				if root.Content[i].Value == "sections" {
					at = root.Content[i]
				}
			}
		}
		d.at(at, "nothing to score: no section has a scored question (a choice, multi or yesno question, or a date with expiry: true, with weight above 0)")
	}
}

// refIDs lists the ids of the references for messages.
func refIDs(qn *Questionnaire) string {
	if len(qn.References) == 0 {
		return "none"
	}
	ids := make([]string, len(qn.References))
	for i, r := range qn.References {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

// optionIDs lists the option ids of a question for messages.
func optionIDs(q *Question) string {
	ids := make([]string, len(q.Options))
	for i, o := range q.Options {
		ids[i] = o.ID
	}
	return strings.Join(ids, ", ")
}
