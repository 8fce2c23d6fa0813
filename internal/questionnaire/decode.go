package questionnaire

import (
	"net/url"
	"strings"

	yaml "go.yaml.in/yaml/v4"
)

// The mappings of the format outside questions, with the keys allowed in each.
var (
	topSpec = &spec{anon: "the questionnaire", keys: []string{"id", "version", "language", "title",
		"jurisdiction", "description", "references", "scoring", "profile", "recommendations", "sections"}}
	referenceSpec = &spec{kind: "reference", anon: "a reference", idKey: "id", keys: []string{"id", "title", "url"}}
	scoringSpec   = &spec{anon: "scoring", keys: []string{"ratings", "critical_cap"}}
	ratingSpec    = &spec{kind: "rating band", anon: "a rating band", idKey: "label", keys: []string{"min", "label"}}
	recSpec       = &spec{kind: "recommendation", anon: "a recommendation", idKey: "title", keys: []string{"when", "title", "text", "review_months"}}
	sectionSpec   = &spec{kind: "section", anon: "a section", idKey: "id", keys: []string{"id", "title", "description", "weight", "questions", "rules"}}
)

// questionnaire decodes the top-level mapping of a file.
func (d *decoder) questionnaire(root *yaml.Node) *Questionnaire {
	qn := &Questionnaire{Source: d.file}
	o := d.object(root, topSpec, nil)
	if o == nil {
		return qn
	}
	d.require(o, "id", "version", "language", "title", "scoring", "recommendations", "sections")
	qn.ID = d.str(o, "id")
	if why := idProblem(qn.ID); qn.ID != "" && why != "" {
		d.at(o.val("id"), "questionnaire id %q %s", qn.ID, why)
	}
	qn.Version = d.str(o, "version")
	if qn.Version != "" && !validVersion(qn.Version) {
		d.at(o.val("version"), "version %q is not a semantic version (MAJOR.MINOR.PATCH, such as 1.0.0; quote it if YAML reads it as a number)", qn.Version)
	}
	qn.Language = d.str(o, "language")
	if qn.Language != "" && !validLanguage(qn.Language) {
		d.at(o.val("language"), "language %q is not a BCP 47 language tag (such as en, pt, zh-Hant or zh-Hant-MO)", qn.Language)
	}
	qn.Title = d.str(o, "title")
	qn.Jurisdiction = d.str(o, "jurisdiction")
	qn.Description = d.str(o, "description")

	qn.References = d.references(o)
	if n := o.val("scoring"); n != nil {
		qn.Scoring = d.scoring(n)
	}
	seen := map[string]*yaml.Node{}
	for _, n := range d.list(o, "profile") {
		if q := d.question(n, nil, seen); q != nil {
			qn.Profile = append(qn.Profile, q)
		}
	}
	qn.Recommendations = d.recommendations(o)
	qn.Sections = d.sections(o, seen)
	qn.index()
	qn.labelYesNo()
	return qn
}

// kebabHelp says what a kebab-case id is.
const kebabHelp = "lowercase letters and digits joined by single hyphens, such as storage-location, at most 64 characters"

// id reads and checks the id of an object, reporting a duplicate against seen.
func (d *decoder) id(o *object, kind string, seen map[string]*yaml.Node) string {
	id := d.str(o, "id")
	n := o.val("id")
	if id == "" || n == nil {
		return id
	}
	if why := idProblem(id); why != "" {
		d.at(n, "%s id %q %s", kind, id, why)
	}
	if prev, dup := seen[id]; dup {
		d.at(n, "duplicate %s id %q (first used at %s; ids must be unique)", kind, id, posOf(prev))
	} else if seen != nil {
		seen[id] = n
	}
	return id
}

// references decodes the references list.
func (d *decoder) references(top *object) []Reference {
	var refs []Reference
	seen := map[string]*yaml.Node{}
	for _, n := range d.list(top, "references") {
		o := d.object(n, referenceSpec, nil)
		if o == nil {
			continue
		}
		d.require(o, "id", "title")
		r := Reference{ID: d.id(o, "reference", seen), Title: d.str(o, "title"), URL: d.str(o, "url"), Pos: posOf(n)}
		if r.URL != "" && !webURL(r.URL) {
			d.at(o.val("url"), "reference url %q is not a web address (use an absolute http:// or https:// URL)", r.URL)
		}
		refs = append(refs, r)
	}
	return refs
}

// webURL reports whether s is an absolute http or https URL.
func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// scoring decodes the scoring mapping: the rating bands and the critical cap.
func (d *decoder) scoring(n *yaml.Node) Scoring {
	var s Scoring
	o := d.object(n, scoringSpec, nil)
	if o == nil {
		return s
	}
	d.require(o, "ratings")
	labels := map[string]*yaml.Node{}
	mins := map[float64]*yaml.Node{}
	for _, rn := range d.list(o, "ratings") {
		ro := d.object(rn, ratingSpec, nil)
		if ro == nil {
			continue
		}
		d.require(ro, "min", "label")
		r := Rating{Label: d.str(ro, "label")}
		r.Min, _ = d.num(ro, "min")
		if mn := ro.val("min"); mn != nil {
			if r.Min < 0 || r.Min > 100 {
				d.at(mn, "rating min %v is outside 0..100 (the overall score runs from 0 to 100)", r.Min)
			} else if prev, dup := mins[r.Min]; dup {
				d.at(mn, "two rating bands start at %v (first at %s; each band needs its own min)", r.Min, posOf(prev))
			} else {
				mins[r.Min] = mn
			}
		}
		if ln := ro.val("label"); ln != nil && r.Label != "" {
			if prev, dup := labels[r.Label]; dup {
				d.at(ln, "duplicate rating label %q (first at %s; labels must differ)", r.Label, posOf(prev))
			} else {
				labels[r.Label] = ln
			}
		}
		s.Ratings = append(s.Ratings, r)
	}
	if rn := o.val("ratings"); rn != nil && rn.Kind == yaml.SequenceNode {
		if len(rn.Content) == 0 {
			d.at(rn, "ratings list no band (list bands with min and label, one of them with min: 0)")
		} else if _, ok := mins[0]; !ok {
			d.at(rn, "ratings do not cover 0..100: no band has min: 0 (add the lowest band with min: 0)")
		}
	}
	sortRatings(s.Ratings)
	s.CriticalCap = d.str(o, "critical_cap")
	if c := o.val("critical_cap"); c != nil && s.CriticalCap != "" {
		if _, ok := labels[s.CriticalCap]; !ok {
			d.at(c, "critical_cap %q is not a rating label (labels: %s)", s.CriticalCap, ratingLabels(s.Ratings))
		}
	}
	return s
}

// ratingLabels lists the labels of the bands for messages.
func ratingLabels(rs []Rating) string {
	labels := make([]string, len(rs))
	for i, r := range rs {
		labels[i] = r.Label
	}
	return strings.Join(labels, ", ")
}

// recommendations decodes the decision matrix.
func (d *decoder) recommendations(top *object) []Recommendation {
	var recs []Recommendation
	items := d.list(top, "recommendations")
	var always *yaml.Node // the first entry that always holds
	for i, n := range items {
		o := d.object(n, recSpec, nil)
		if o == nil {
			continue
		}
		d.require(o, "title")
		r := Recommendation{Title: d.str(o, "title"), Text: d.str(o, "text"), Pos: posOf(n)}
		if wn := o.val("when"); wn != nil {
			r.When = d.condition(wn, o, condOwner{outcome: true})
		}
		r.ReviewMonths = d.reviewMonths(o)
		switch {
		case always != nil:
			d.at(n, "recommendation %q can never be chosen: the entry at %s always holds (put entries with conditions first)", r.Title, posOf(always))
		case r.When.Always():
			always = n
		case i == len(items)-1:
			d.at(o.key("when"), "the last recommendation must have no when, so that one always applies (add a final entry without when)")
		}
		recs = append(recs, r)
	}
	if rn := top.val("recommendations"); rn != nil && rn.Kind == yaml.SequenceNode && len(rn.Content) == 0 {
		d.at(rn, "recommendations list no entry (give at least one, the last without when)")
	}
	return recs
}

// maxReviewMonths bounds review_months: ten years.
const maxReviewMonths = 120

// reviewMonths reads the review_months of a recommendation: a whole number of months, 1..120.
func (d *decoder) reviewMonths(o *object) int {
	f, given := d.num(o, "review_months")
	if !given {
		return 0
	}
	if f != float64(int(f)) || f < 1 || f > maxReviewMonths {
		d.at(o.val("review_months"), "review_months %v of %s must be a whole number of months from 1 to %d", f, o, maxReviewMonths)
		return 0
	}
	return int(f)
}

// sections decodes the scored sections; seen holds the question ids met so far.
func (d *decoder) sections(top *object, seen map[string]*yaml.Node) []*Section {
	var secs []*Section
	ids := map[string]*yaml.Node{}
	for _, n := range d.list(top, "sections") {
		o := d.object(n, sectionSpec, nil)
		if o == nil {
			continue
		}
		d.require(o, "id", "title", "questions")
		s := &Section{ID: d.id(o, "section", ids), Title: d.str(o, "title"), Description: d.str(o, "description"), Weight: 1, Pos: posOf(n)}
		if w, ok := d.num(o, "weight"); ok {
			s.Weight = w
			if w <= 0 {
				d.at(o.val("weight"), "section weight %v must be above 0 (it is the section's share of the overall score)", w)
			}
		}
		qs := d.list(o, "questions")
		if qn := o.val("questions"); qn != nil && qn.Kind == yaml.SequenceNode && len(qs) == 0 {
			d.at(qn, "section %q lists no question (give at least one)", s.ID)
		}
		for _, qn := range qs {
			if q := d.question(qn, s, seen); q != nil {
				s.Questions = append(s.Questions, q)
			}
		}
		s.Rules = d.rules(o, s, seen)
		secs = append(secs, s)
	}
	if sn := top.val("sections"); sn != nil && sn.Kind == yaml.SequenceNode && len(sn.Content) == 0 {
		d.at(sn, "sections list no section (give at least one with scored questions)")
	}
	return secs
}
