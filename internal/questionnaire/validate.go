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
	for _, w := range d.whens {
		d.checkWhen(qn, w)
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

// checkWhen checks that a condition names an earlier question with options, and only options
// that question has: otherwise the condition could never hold.
func (d *decoder) checkWhen(qn *Questionnaire, w whenUse) {
	c, q := w.q.When, w.q
	if c == nil || c.Question == "" || w.target == nil {
		return
	}
	target := qn.Question(c.Question)
	switch {
	case c.Question == q.ID:
		d.at(w.target, "question %q cannot depend on itself (name an earlier question)", q.ID)
		return
	case target == nil:
		d.at(w.target, "when names question %q, which does not exist (name an earlier question of this questionnaire)", c.Question)
		return
	case qn.Index(c.Question) > qn.Index(q.ID):
		d.at(w.target, "when names question %q, which comes after %q (a condition may only name an earlier question: the profile, then the sections in order)", c.Question, q.ID)
		return
	case target.Kind == KindText || target.Kind == KindDate:
		d.at(w.target, "when can never hold: %q is a %s question, which has no options (name a choice, multi or yesno question)", c.Question, target.Kind)
		return
	}
	if len(w.in) == 0 {
		d.at(w.inKey, "when can never hold: in lists no option of %q (list at least one of: %s)", c.Question, optionIDs(target))
		return
	}
	if !target.HasOptions() {
		return // the target's kind is already reported as wrong
	}
	for i, n := range w.in {
		id := n.Value
		if target.Option(id) == nil {
			d.at(n, "when can never hold: %q is not an option of %q (options: %s)", id, c.Question, optionIDs(target))
			continue
		}
		for _, prev := range w.in[:i] {
			if prev.Value == id {
				d.at(n, "option %q is listed twice in when.in (list it once)", id)
				break
			}
		}
	}
}

// optionIDs lists the option ids of a question for messages.
func optionIDs(q *Question) string {
	ids := make([]string, len(q.Options))
	for i, o := range q.Options {
		ids[i] = o.ID
	}
	return strings.Join(ids, ", ")
}
