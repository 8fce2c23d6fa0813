package questionnaire

import (
	"slices"

	yaml "go.yaml.in/yaml/v4"
)

// The mappings of a question, with the keys allowed in each.
var (
	questionSpec = &spec{kind: "question", anon: "a question", idKey: "id", keys: []string{"id", "prompt", "help",
		"kind", "weight", "evidence", "refs", "allow_na", "when", "options", "aggregate", "good", "expiry",
		"finding_yes", "finding_no", "finding_unknown", "audience"}}
	optionSpec  = &spec{kind: "option", anon: "an option", idKey: "id", keys: []string{"id", "label", "score", "sensitivity", "finding", "exclusive"}}
	findingKeys = []string{"severity", "text", "remedy"}
)

// question decodes one question of a section, or of the profile when s is nil; seen holds the
// question ids met so far, in the profile and every section.
func (d *decoder) question(n *yaml.Node, s *Section, seen map[string]*yaml.Node) *Question {
	o := d.object(n, questionSpec, nil)
	if o == nil {
		return nil
	}
	d.require(o, "id", "prompt", "kind")
	q := &Question{
		ID:       d.id(o, "question", seen),
		Prompt:   d.str(o, "prompt"),
		Help:     d.str(o, "help"),
		Kind:     Kind(d.str(o, "kind")),
		Evidence: d.str(o, "evidence"),
		AllowNA:  d.boolean(o, "allow_na"),
		Section:  s,
		Pos:      posOf(n),
	}
	refs, nodes := d.strList(o, "refs")
	q.Refs = refs
	d.checkRefs("question", q.ID, refs, nodes)
	if wn := o.val("when"); wn != nil {
		q.When = d.condition(wn, o, condOwner{q: q})
	}
	q.Audience = d.audience(o, q)
	known := d.kind(o, q)
	q.Expiry = d.boolean(o, "expiry")
	d.weight(o, q, known)
	d.kindFields(o, q, known)
	q.FindingUnknown = d.finding(o, "finding_unknown")
	if fu := o.key("finding_unknown"); fu != nil && known && !q.Scored() {
		d.at(fu, "finding_unknown on %s, which is not scored, is never raised (only scored questions take the answer unknown)", o)
	}
	return q
}

// checkRefs queues the references a question or rule cites, and reports the same one cited
// twice.
func (d *decoder) checkRefs(kind, id string, refs []string, nodes []*yaml.Node) {
	for i, r := range refs {
		for _, prev := range refs[:i] {
			if prev == r {
				d.at(nodes[i], "%s %q cites reference %q twice (cite it once)", kind, id, r)
				break
			}
		}
		d.refUses = append(d.refUses, idUse{id: r, node: nodes[i]})
	}
}

// kind checks the kind of a question and reports whether it is a known one.
func (d *decoder) kind(o *object, q *Question) bool {
	switch q.Kind {
	case KindChoice, KindMulti, KindYesNo, KindText, KindDate:
		return true
	case "":
		return false
	}
	d.at(o.val("kind"), "unknown kind %q for %s (allowed: choice, multi, yesno, text, date)", q.Kind, o)
	return false
}

// weight sets and checks the weight of a question: 1 by default on scored kinds, and never
// above 0 where nothing is scored.
func (d *decoder) weight(o *object, q *Question, known bool) {
	w, given := d.num(o, "weight")
	wn := o.val("weight")
	scorable := q.Kind == KindChoice || q.Kind == KindMulti || q.Kind == KindYesNo ||
		(q.Kind == KindDate && q.Expiry)
	switch {
	case !given:
		if known && scorable && !q.IsProfile() {
			q.Weight = 1
		}
		return
	case w < 0:
		d.at(wn, "weight %v of %s is negative (use 0 or more)", w, o)
	case q.IsProfile():
		d.at(o.key("weight"), "profile questions are not scored: remove weight from %s", o)
	case known && !scorable && w > 0:
		if q.Kind == KindText {
			d.at(wn, "text question %q has weight %v, but text answers are never scored (use weight 0 or leave it out)", q.ID, w)
		} else {
			d.at(wn, "date question %q has weight %v, but dates are scored only with expiry: true (add expiry: true or use weight 0)", q.ID, w)
		}
	}
	q.Weight = w
}

// kindFields decodes the fields that belong to some kinds only: options, aggregate, good,
// expiry and the yes/no findings.
func (d *decoder) kindFields(o *object, q *Question, known bool) {
	q.Options = d.options(o, q)
	listsOptions := q.Kind == KindChoice || q.Kind == KindMulti
	if k := o.key("options"); k != nil && known && !listsOptions {
		switch q.Kind {
		case KindYesNo:
			d.at(k, "options are not allowed on yesno question %q (its options are always yes and no; use good, finding_yes and finding_no)", q.ID)
		default:
			d.at(k, "options are not allowed on %s question %q (only choice and multi questions list options)", q.Kind, q.ID)
		}
		q.Options = nil
	}
	if listsOptions && o.key("options") == nil {
		d.at(o.val("kind"), "%s question %q has no options (list them under options)", q.Kind, q.ID)
	}
	if on := o.val("options"); on != nil && on.Kind == yaml.SequenceNode && len(on.Content) == 0 && listsOptions {
		d.at(on, "%s question %q lists no option (give at least one)", q.Kind, q.ID)
	}

	q.Aggregate = Aggregate(d.str(o, "aggregate"))
	if an := o.val("aggregate"); an != nil {
		switch {
		case known && q.Kind != KindMulti:
			d.at(o.key("aggregate"), "aggregate is only for multi questions, and %q is a %s question (remove aggregate)", q.ID, q.Kind)
		case !validAggregate(q.Aggregate):
			d.at(an, "unknown aggregate %q (allowed: min, max, mean, sum)", q.Aggregate)
		case q.IsProfile():
			d.at(o.key("aggregate"), "profile questions are not scored: remove aggregate from %s", o)
		}
	}
	if q.Kind == KindMulti && q.Aggregate == "" {
		q.Aggregate = AggregateMin
	}

	if k := o.key("expiry"); k != nil && known && q.Kind != KindDate {
		d.at(k, "expiry is only for date questions, and %q is a %s question (remove expiry)", q.ID, q.Kind)
	} else if k != nil && q.IsProfile() {
		d.at(k, "profile questions are not scored: remove expiry from %s", o)
	}

	q.FindingYes = d.finding(o, "finding_yes")
	q.FindingNo = d.finding(o, "finding_no")
	for _, key := range []string{"good", "finding_yes", "finding_no"} {
		if k := o.key(key); k != nil && known && q.Kind != KindYesNo {
			d.at(k, "%s is only for yesno questions, and %q is a %s question (remove %s)", key, q.ID, q.Kind, key)
		} else if k != nil && q.IsProfile() {
			d.at(k, "profile questions are not scored and raise no findings: remove %s from %s", key, o)
		}
	}
	q.Good = d.str(o, "good")
	if gn := o.val("good"); gn != nil && q.Good != "yes" && q.Good != "no" {
		d.at(gn, "good must be yes or no, not %q (it names the answer that scores 1)", q.Good)
	}
	if q.Kind == KindYesNo {
		if q.Good != "no" {
			q.Good = "yes"
		}
		q.Options = yesNoOptions(q)
	}
}

// validAggregate reports whether a is one of the aggregates of the format.
func validAggregate(a Aggregate) bool {
	switch a {
	case AggregateMin, AggregateMax, AggregateMean, AggregateSum:
		return true
	}
	return false
}

// yesNoOptions returns the implied options of a yesno question: the answer named by Good
// scores 1, the other 0, each with its finding.
func yesNoOptions(q *Question) []Option {
	yes := Option{ID: "yes", Label: "Yes", Finding: q.FindingYes, Pos: q.Pos}
	no := Option{ID: "no", Label: "No", Finding: q.FindingNo, Pos: q.Pos}
	if q.Good == "no" {
		no.Score = 1
	} else {
		yes.Score = 1
	}
	return []Option{yes, no}
}

// options decodes the options of a question.
func (d *decoder) options(qo *object, q *Question) []Option {
	var opts []Option
	seen := map[string]*yaml.Node{}
	for _, n := range d.list(qo, "options") {
		o := d.object(n, optionSpec, qo)
		if o == nil {
			continue
		}
		required := []string{"id", "label"}
		if !q.IsProfile() {
			required = append(required, "score")
		}
		d.require(o, required...)
		opt := Option{ID: d.str(o, "id"), Label: d.str(o, "label"), Pos: posOf(n)}
		if idn := o.val("id"); idn != nil && opt.ID != "" {
			if why := idProblem(opt.ID); why != "" {
				d.at(idn, "option id %q %s", opt.ID, why)
			}
			if prev, dup := seen[opt.ID]; dup {
				d.at(idn, "duplicate option id %q in question %q (first at %s; option ids must be unique within a question)", opt.ID, q.ID, posOf(prev))
			} else {
				seen[opt.ID] = idn
			}
		}
		d.optionScore(o, q, &opt)
		opt.Finding = d.finding(o, "finding")
		if k := o.key("finding"); k != nil && q.IsProfile() {
			d.at(k, "profile questions raise no findings: remove finding from %s", o)
		}
		opt.Sensitivity = Sensitivity(d.str(o, "sensitivity"))
		if sn := o.val("sensitivity"); sn != nil {
			switch {
			case !q.IsProfile():
				d.at(o.key("sensitivity"), "sensitivity is only for options of profile questions (it describes your own use, not the vendor); remove it from %s", o)
			case opt.Sensitivity != SensitivityLow && opt.Sensitivity != SensitivityMixed && opt.Sensitivity != SensitivityHigh:
				d.at(sn, "sensitivity %q is not one of low, mixed, high", opt.Sensitivity)
			}
		}
		opt.Exclusive = d.boolean(o, "exclusive")
		if k := o.key("exclusive"); k != nil && q.Kind != KindMulti && q.Kind != "" {
			d.at(k, "exclusive is only for options of multi questions, and %q is a %s question (remove exclusive)", q.ID, q.Kind)
		}
		opts = append(opts, opt)
	}
	return opts
}

// audience decodes who a question is for; an absent list means everyone.
func (d *decoder) audience(o *object, q *Question) []Audience {
	names, nodes := d.strList(o, "audience")
	if an := o.val("audience"); an != nil && an.Kind == yaml.SequenceNode && len(an.Content) == 0 {
		d.at(an, "audience of %s lists no one (leave audience out for a question for everyone)", o)
	}
	var out []Audience
	for i, s := range names {
		a := Audience(s)
		switch {
		case a != AudienceVendor && a != AudienceIT && a != AudienceLegal && a != AudienceBusiness:
			d.at(nodes[i], "audience %q is not one of vendor, it, legal, business", s)
			continue
		case slices.Contains(out, a):
			d.at(nodes[i], "audience %q is listed twice (list it once)", s)
			continue
		case a == AudienceVendor && q.IsProfile():
			d.at(nodes[i], "profile questions describe your own use and never go to the vendor: remove vendor from the audience of %s", o)
		}
		out = append(out, a)
	}
	return out
}

// optionScore reads the score of an option: 0..1 on section questions, absent on the profile.
func (d *decoder) optionScore(o *object, q *Question, opt *Option) {
	score, given := d.num(o, "score")
	if !given {
		return
	}
	if q.IsProfile() {
		d.at(o.key("score"), "profile questions are not scored: remove score from %s", o)
		return
	}
	if score < 0 || score > 1 {
		d.at(o.val("score"), "score %v of %s is outside 0..1 (1 is the best answer, 0 the worst)", score, o)
	}
	opt.Score = score
}

// finding decodes an optional finding under key.
func (d *decoder) finding(qo *object, key string) *Finding {
	n := qo.val(key)
	if n == nil {
		return nil
	}
	o := d.object(n, &spec{anon: key, keys: findingKeys}, qo)
	if o == nil {
		return nil
	}
	d.require(o, "severity", "text")
	f := &Finding{Severity: Severity(d.str(o, "severity")), Text: d.str(o, "text"), Remedy: d.str(o, "remedy")}
	if sn := o.val("severity"); sn != nil && f.Severity != "" && f.Severity.Rank() < 0 {
		d.at(sn, "unknown severity %q (allowed: info, low, medium, high, critical)", f.Severity)
	}
	return f
}
