package questionnaire

import (
	yaml "go.yaml.in/yaml/v4"
)

// ruleSpec lists the keys of a rule.
var ruleSpec = &spec{kind: "rule", anon: "a rule", idKey: "id", keys: []string{"id", "when", "finding", "refs"}}

// rules decodes the rules of a section; seen holds the question and rule ids met so far, as a
// rule's id names its finding like a question's.
func (d *decoder) rules(so *object, s *Section, seen map[string]*yaml.Node) []*Rule {
	var rules []*Rule
	items := d.list(so, "rules")
	if rn := so.val("rules"); rn != nil && rn.Kind == yaml.SequenceNode && len(items) == 0 {
		d.at(rn, "section %q lists no rule under rules (give at least one, or remove rules)", s.ID)
	}
	for _, n := range items {
		o := d.object(n, ruleSpec, so)
		if o == nil {
			continue
		}
		d.require(o, "id", "when", "finding")
		r := &Rule{ID: d.id(o, "rule", seen), Section: s, Pos: posOf(n)}
		if wn := o.val("when"); wn != nil {
			r.When = d.condition(wn, o, condOwner{rule: r, outcome: true})
		}
		if f := d.finding(o, "finding"); f != nil {
			r.Finding = *f
		}
		refs, nodes := d.strList(o, "refs")
		r.Refs = refs
		d.checkRefs("rule", r.ID, refs, nodes)
		rules = append(rules, r)
	}
	return rules
}

// Rule returns the rule with the given id, or nil.
func (qn *Questionnaire) Rule(id string) *Rule {
	for _, s := range qn.Sections {
		for _, r := range s.Rules {
			if r.ID == id {
				return r
			}
		}
	}
	return nil
}

// Rules returns every rule in order: each section's, the sections in order.
func (qn *Questionnaire) Rules() []*Rule {
	var all []*Rule
	for _, s := range qn.Sections {
		all = append(all, s.Rules...)
	}
	return all
}
