package questionnaire

import (
	"strings"

	yaml "go.yaml.in/yaml/v4"
)

// conditionSpec lists the keys of a condition; the outcome keys are refused on questions after
// the mapping is read, with a message that says why.
var conditionSpec = &spec{anon: "when", keys: []string{"question", "in", "is", "all", "any", "not",
	"sensitivity", "rating", "worst", "complete"}}

// nestedSpec is conditionSpec for a condition inside all, any or not.
var nestedSpec = &spec{anon: "a nested condition", keys: conditionSpec.keys}

// outcomeKeys are the atoms about the verdict, allowed only in rules and recommendations.
var outcomeKeys = []string{"sensitivity", "rating", "worst", "complete"}

// condOwner says whose condition is decoded: a question's (answers only), a rule's or a
// recommendation's.
type condOwner struct {
	q       *Question // the question, for a question's when
	rule    *Rule     // the rule, for a rule's when
	outcome bool      // the outcome atoms are allowed
}

// condSrc keeps the nodes of one decoded condition, for the checks made once every question is
// known; it mirrors the Condition tree.
type condSrc struct {
	c        *Condition
	node     *yaml.Node
	question *yaml.Node   // the value of question
	in, is   []*yaml.Node // the entries of in and is
	inKey    *yaml.Node
	isKey    *yaml.Node
	kids     []*condSrc // all, then any, then not
}

// condUse is a condition to check once every question is known.
type condUse struct {
	owner condOwner
	src   *condSrc
}

// condition decodes the when of a question, rule or recommendation, parent being the mapping
// that holds it.
func (d *decoder) condition(n *yaml.Node, parent *object, owner condOwner) *Condition {
	src := d.cond(n, conditionSpec, parent, owner, 1, nil)
	if src == nil {
		return nil
	}
	d.conds = append(d.conds, condUse{owner: owner, src: src})
	return src.c
}

// cond decodes one condition mapping at the given depth (1 for a when); root is the when that
// holds it, nil for the when itself, so that messages name a nested condition by its when.
func (d *decoder) cond(n *yaml.Node, sp *spec, parent *object, owner condOwner, depth int, root *object) *condSrc {
	o := d.object(n, sp, parent)
	if o == nil {
		return nil
	}
	if root == nil {
		root = o
	}
	src := &condSrc{c: &Condition{Pos: posOf(n)}, node: n}
	c := src.c
	if len(o.pairs) == 0 && len(n.Content) == 0 && (owner.q != nil || owner.rule != nil || depth > 1) {
		d.at(n, "%s is empty (give at least one of: %s)", o, strings.Join(d.condKeys(owner), ", "))
		return src
	}
	if !owner.outcome {
		for _, k := range outcomeKeys {
			if kn := o.key(k); kn != nil {
				d.at(kn, "%s: %s is only for the when of rules and recommendations (a question's when names earlier answers: question with in or is, all, any, not)", o, k)
			}
		}
	}
	d.condAnswer(o, src)
	for _, key := range []string{"all", "any"} {
		items := d.list(o, key)
		if ln := o.val(key); ln != nil && ln.Kind == yaml.SequenceNode && len(items) == 0 {
			if key == "any" {
				d.at(ln, "%s: any lists no condition, so it can never hold (list at least one)", o)
			} else {
				d.at(ln, "%s: all lists no condition (list at least one, or remove all)", o)
			}
		}
		for _, it := range items {
			if depth >= MaxConditionDepth {
				d.at(it, "%s nests deeper than %d levels of all, any and not (flatten it)", o, MaxConditionDepth)
				break
			}
			kid := d.cond(it, nestedSpec, root, owner, depth+1, root)
			if kid == nil {
				continue
			}
			src.kids = append(src.kids, kid)
			if key == "all" {
				c.All = append(c.All, kid.c)
			} else {
				c.Any = append(c.Any, kid.c)
			}
		}
	}
	if nn := o.val("not"); nn != nil {
		if depth >= MaxConditionDepth {
			d.at(nn, "%s nests deeper than %d levels of all, any and not (flatten it)", o, MaxConditionDepth)
		} else if kid := d.cond(nn, nestedSpec, root, owner, depth+1, root); kid != nil {
			src.kids = append(src.kids, kid)
			c.Not = kid.c
		}
	}
	if owner.outcome {
		d.condOutcome(o, c)
	}
	return src
}

// condKeys lists the keys a condition of the owner may use, for messages.
func (d *decoder) condKeys(owner condOwner) []string {
	if owner.outcome {
		return conditionSpec.keys
	}
	return conditionSpec.keys[:6]
}

// condAnswer decodes the atoms on an answer: question with in or is.
func (d *decoder) condAnswer(o *object, src *condSrc) {
	c := src.c
	c.Question = d.str(o, "question")
	src.question = o.val("question")
	if src.question != nil && src.question.Kind != yaml.ScalarNode {
		src.question = nil
	}
	in, inNodes := d.strList(o, "in")
	is, isNodes := d.strList(o, "is")
	c.In, src.in, src.inKey = in, inNodes, o.key("in")
	src.is, src.isKey = isNodes, o.key("is")
	for i, s := range is {
		switch st := AnswerState(s); st {
		case StateAnswered, StateUnknown, StateNA, StateUnanswered:
			c.Is = append(c.Is, st)
		default:
			d.at(isNodes[i], "%q is not a state of an answer (allowed in is: answered, unknown, na, unanswered)", s)
		}
	}
	hasIn, hasIs := o.val("in") != nil, o.val("is") != nil
	clean := len(o.pairs) == len(o.node.Content) // no unknown key: a missing atom is the problem
	switch {
	case c.Question == "" && (hasIn || hasIs):
		key := "in"
		if !hasIn {
			key = "is"
		}
		if qn := o.val("question"); qn == nil || qn.Kind == yaml.ScalarNode {
			d.at(o.key(key), "%s has %s but no question (name the question whose answer it tests)", o, key)
		}
	case c.Question != "" && !hasIn && !hasIs && clean:
		d.at(o.node, "%s names question %q but has no in or is (list its options under in, or the states of its answer under is)", o, c.Question)
	}
	if hasIn && c.In == nil {
		c.In = []string{} // given, even if empty: it can never hold
	}
	if hasIs && c.Is == nil {
		c.Is = []AnswerState{}
	}
}

// condOutcome decodes the atoms on the verdict: sensitivity, rating, worst and complete. Rating
// labels are checked once the ratings are known.
func (d *decoder) condOutcome(o *object, c *Condition) {
	sens, nodes := d.strList(o, "sensitivity")
	for i, s := range sens {
		switch Sensitivity(s) {
		case SensitivityLow, SensitivityMixed, SensitivityHigh, SensitivityUnknown:
		default:
			d.at(nodes[i], "sensitivity %q is not one of low, mixed, high, unknown", s)
		}
		c.Sensitivity = append(c.Sensitivity, Sensitivity(s))
	}
	labels, nodes := d.strList(o, "rating")
	c.Rating = labels
	for i, l := range labels {
		d.ratingIn = append(d.ratingIn, idUse{id: l, node: nodes[i]})
	}
	worst, nodes := d.strList(o, "worst")
	for i, s := range worst {
		if sv := Severity(s); sv != SeverityNone && sv.Rank() < 0 {
			d.at(nodes[i], "worst %q is not a severity (allowed: critical, high, medium, low, info, none)", s)
		}
		c.Worst = append(c.Worst, Severity(s))
	}
	if wn := o.val("worst"); wn != nil && wn.Kind == yaml.SequenceNode && len(wn.Content) == 0 {
		d.at(wn, "%s: worst lists no severity, so it can never hold (list at least one of: critical, high, medium, low, info, none)", o)
		c.Worst = []Severity{}
	}
	if o.val("complete") != nil {
		b := d.boolean(o, "complete")
		c.Complete = &b
	}
}
