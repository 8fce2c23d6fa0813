package questionnaire

import (
	"slices"
	"strings"

	yaml "go.yaml.in/yaml/v4"
)

// checkCondition checks, once every question is known, the questions a condition names and the
// options and states it lists, at every depth: a condition that names a question that does not
// exist or comes too late, or that can never hold, is refused at its line and column.
func (d *decoder) checkCondition(qn *Questionnaire, owner condOwner, src *condSrc) {
	for _, kid := range src.kids {
		d.checkCondition(qn, owner, kid)
	}
	d.checkContradiction(qn, src)
	c := src.c
	if c.Question == "" || src.question == nil {
		return
	}
	target := d.conditionTarget(qn, owner, c.Question, src.question)
	if target == nil {
		return
	}
	if c.In != nil {
		d.checkIn(target, src)
	}
	if c.Is != nil {
		d.checkIs(target, src)
	}
}

// conditionTarget returns the question a condition names, or nil after reporting why it cannot
// be named there: it does not exist, it is the question itself, or it comes later (a question's
// condition names earlier questions; a rule's, questions of its section or earlier ones; a
// recommendation's, any question).
func (d *decoder) conditionTarget(qn *Questionnaire, owner condOwner, id string, at *yaml.Node) *Question {
	target := qn.Question(id)
	switch {
	case target == nil && qn.Rule(id) != nil:
		d.at(at, "when names %q, which is a rule (a condition names questions; repeat the rule's condition instead)", id)
	case target == nil:
		d.at(at, "when names question %q, which does not exist (name %s question of this questionnaire)", id, earlier(owner))
	case owner.q != nil && id == owner.q.ID:
		d.at(at, "question %q cannot depend on itself (name an earlier question)", id)
	case owner.q != nil && qn.Index(id) > qn.Index(owner.q.ID):
		d.at(at, "when names question %q, which comes after %q (a condition may only name an earlier question: the profile, then the sections in order)", id, owner.q.ID)
	case owner.rule != nil && target.Section != nil && sectionIndex(qn, target.Section) > sectionIndex(qn, owner.rule.Section):
		d.at(at, "when of rule %q names question %q, which comes in a later section (a rule names questions of its own section, earlier sections or the profile)", owner.rule.ID, id)
	default:
		return target
	}
	return nil
}

// earlier says which questions a condition of the owner may name, for messages.
func earlier(owner condOwner) string {
	if owner.q != nil || owner.rule != nil {
		return "an earlier"
	}
	return "a"
}

// sectionIndex returns the position of the section in the questionnaire.
func sectionIndex(qn *Questionnaire, s *Section) int {
	return slices.Index(qn.Sections, s)
}

// checkIn checks the options of an in atom: the target has options, and each listed one is its.
func (d *decoder) checkIn(target *Question, src *condSrc) {
	id := target.ID
	switch {
	case target.Kind == KindText || target.Kind == KindDate:
		d.at(src.question, "when can never hold: %q is a %s question, which has no options (name a choice, multi or yesno question, or test its answer with is)", id, target.Kind)
		return
	case !target.HasOptions():
		return // the target's kind is already reported as wrong
	case len(src.in) == 0:
		d.at(src.inKey, "when can never hold: in lists no option of %q (list at least one of: %s)", id, optionIDs(target))
		return
	}
	for i, n := range src.in {
		if target.Option(n.Value) == nil {
			d.at(n, "when can never hold: %q is not an option of %q (options: %s)", n.Value, id, optionIDs(target))
			continue
		}
		if slices.ContainsFunc(src.in[:i], func(p *yaml.Node) bool { return p.Value == n.Value }) {
			d.at(n, "option %q is listed twice in when.in (list it once)", n.Value)
		}
	}
}

// checkIs checks the states of an is atom: at least one, each once, not "na" where the target
// does not allow it, and "answered" among them when in is given too (an answer in the listed
// options is answered).
func (d *decoder) checkIs(target *Question, src *condSrc) {
	c := src.c
	if len(src.is) == 0 {
		d.at(src.isKey, "when can never hold: is lists no state of the answer to %q (list at least one of: answered, unknown, na, unanswered)", target.ID)
		return
	}
	for i, n := range src.is {
		if slices.ContainsFunc(src.is[:i], func(p *yaml.Node) bool { return p.Value == n.Value }) {
			d.at(n, "state %q is listed twice in when.is (list it once)", n.Value)
		}
		if AnswerState(n.Value) == StateNA && !target.AllowNA {
			d.at(n, "when can never hold: %q does not allow the answer not applicable (add allow_na: true to it, or remove na)", target.ID)
		}
	}
	if c.In != nil && !slices.Contains(c.Is, StateAnswered) {
		d.at(src.isKey, "when can never hold: in needs an answer to %q, and is does not list answered (use in or is, or add answered)", target.ID)
	}
}

// checkContradiction refuses a condition whose parts that must all hold ask one choice or yesno
// question for options that have none in common ({all: [{question: q, in: [a]}, {question: q,
// in: [b]}]}): one answer is never two options at once.
func (d *decoder) checkContradiction(qn *Questionnaire, src *condSrc) {
	atoms := []*condSrc{src}
	for _, kid := range src.kids {
		if slices.Contains(src.c.All, kid.c) {
			atoms = append(atoms, kid)
		}
	}
	allowed := map[string][]string{}
	for _, a := range atoms {
		c := a.c
		q := qn.Question(c.Question)
		if c.In == nil || q == nil || (q.Kind != KindChoice && q.Kind != KindYesNo) {
			continue
		}
		prev, seen := allowed[c.Question]
		if !seen {
			allowed[c.Question] = c.In
			continue
		}
		var both []string
		for _, id := range c.In {
			if slices.Contains(prev, id) {
				both = append(both, id)
			}
		}
		if len(both) == 0 {
			d.at(a.node, "when can never hold: it needs the answer to %q to be one of %s and one of %s at once (a %s question has one answer)",
				c.Question, strings.Join(prev, ", "), strings.Join(c.In, ", "), q.Kind)
			return
		}
		allowed[c.Question] = both
	}
}
