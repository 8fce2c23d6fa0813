package assessment

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	yaml "go.yaml.in/yaml/v4"
)

// Acceptance records that the risk of a finding was accepted: by whom, on which day, until which
// day and why. The finding stays in the score and the rating (the facts do not change); the
// report lists it under accepted risks, and after Until as expired.
type Acceptance struct {
	Finding string // the id of the question or rule that raises the finding
	By      string // who accepted the risk
	On      string // the day it was accepted, YYYY-MM-DD
	Until   string // the last day the acceptance holds, YYYY-MM-DD, not before On
	Reason  string

	Pos questionnaire.Pos // where the entry is in the file; zero for entries made in memory
}

// ExpiredOn reports whether the acceptance has run out on day (YYYY-MM-DD): it holds up to and
// including Until.
func (a *Acceptance) ExpiredOn(day string) bool {
	return day > a.Until // YYYY-MM-DD dates order as text
}

// acceptedKeys are the keys of an accepted entry, every one required, in the order of the format.
var acceptedKeys = []string{"finding", "by", "on", "until", "reason"}

// acceptedExample shows an accepted entry in messages.
const acceptedExample = "- {finding: QUESTION-OR-RULE-ID, by: NAME, on: YYYY-MM-DD, until: YYYY-MM-DD, reason: WHY}"

// accepted decodes the list of accepted risks.
func (d *decoder) accepted(n *yaml.Node) []Acceptance {
	if questionnaire.IsNullNode(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.at(n, "accepted must be a list of entries such as %s, not %s", acceptedExample, questionnaire.DescribeNode(n))
		return nil
	}
	out := make([]Acceptance, 0, len(n.Content))
	first := map[string]questionnaire.Pos{}
	for _, e := range n.Content {
		a, ok := d.acceptance(e)
		if !ok {
			continue
		}
		if p, dup := first[a.Finding]; dup {
			d.at(e, "accepted finding %q is listed twice (first at %s; keep one entry per finding)", a.Finding, p)
			continue
		}
		first[a.Finding] = a.Pos
		out = append(out, a)
	}
	return out
}

// acceptance decodes one accepted entry; ok is false when it has a problem.
func (d *decoder) acceptance(n *yaml.Node) (a Acceptance, ok bool) {
	a.Pos = posOf(n)
	before := len(d.probs)
	var untilNode *yaml.Node
	d.mapping(n, "an accepted entry", acceptedKeys, func(k, v *yaml.Node) {
		field := "accepted " + k.Value
		switch k.Value {
		case "finding":
			a.Finding = d.text(v, field)
		case "by":
			a.By = d.text(v, field)
		case "reason":
			a.Reason = d.text(v, field)
		case "on":
			if a.On = d.text(v, field); a.On != "" {
				d.check(v, field, dateProblem(a.On))
			}
		case "until":
			untilNode = v
			if a.Until = d.text(v, field); a.Until != "" {
				d.check(v, field, dateProblem(a.Until))
			}
		}
	})
	if n.Kind != yaml.MappingNode {
		return a, false
	}
	if missing := missingAcceptanceFields(&a); len(missing) > 0 {
		d.at(n, "accepted entry has no %s (write %s)", strings.Join(missing, ", "), acceptedExample)
	}
	if len(d.probs) == before {
		if msg := orderProblem(&a); msg != "" {
			d.at(untilNode, "accepted %s", msg)
		}
	}
	return a, len(d.probs) == before
}

// missingAcceptanceFields lists the keys of an accepted entry that are empty.
func missingAcceptanceFields(a *Acceptance) []string {
	var out []string
	for i, v := range []string{a.Finding, a.By, a.On, a.Until, a.Reason} {
		if strings.TrimSpace(v) == "" {
			out = append(out, acceptedKeys[i])
		}
	}
	return out
}

// orderProblem checks that an acceptance does not end before it was given.
func orderProblem(a *Acceptance) string {
	if a.Until < a.On {
		return fmt.Sprintf("until %s is before on %s (an acceptance ends on or after the day it is given)", a.Until, a.On)
	}
	return ""
}

// acceptanceProblem says what Parse would refuse in an accepted entry, or returns "".
func acceptanceProblem(a *Acceptance) string {
	if !allUTF8(a.Finding, a.By, a.On, a.Until, a.Reason) {
		return "holds text that is not UTF-8"
	}
	if missing := missingAcceptanceFields(a); len(missing) > 0 {
		return "has no " + strings.Join(missing, ", ")
	}
	return cmp.Or(labelled("on", dateProblem(a.On)), labelled("until", dateProblem(a.Until)), orderProblem(a))
}

// acceptedProblems lists what Parse would refuse in the accepted entries, for Marshal.
func acceptedProblems(list []Acceptance) []string {
	var out []string
	seen := map[string]bool{}
	for i := range list {
		a := &list[i]
		if msg := acceptanceProblem(a); msg != "" {
			out = append(out, fmt.Sprintf("accepted entry for %s %s", strconv.Quote(a.Finding), msg))
		} else if seen[a.Finding] {
			out = append(out, fmt.Sprintf("accepted finding %s is listed twice", strconv.Quote(a.Finding)))
		}
		seen[a.Finding] = true
	}
	return out
}

// acceptedNode writes the accepted entries as a list of flow mappings, one per line: those of the
// questionnaire's questions in its order, then the others by id (all by id when qn is nil).
func acceptedNode(list []Acceptance, qn *questionnaire.Questionnaire) *yaml.Node {
	sorted := slices.Clone(list)
	rank := func(id string) int {
		if qn == nil {
			return 0
		}
		if i := qn.Index(id); i >= 0 {
			return i
		}
		return math.MaxInt // after every question
	}
	slices.SortFunc(sorted, func(a, b Acceptance) int {
		return cmp.Or(cmp.Compare(rank(a.Finding), rank(b.Finding)), cmp.Compare(a.Finding, b.Finding))
	})
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for _, a := range sorted {
		e := flow(mapping("finding", a.Finding, "by", a.By))
		addPair(e, "on", date(a.On))
		addPair(e, "until", date(a.Until))
		addText(e, "reason", a.Reason)
		n.Content = append(n.Content, e)
	}
	return n
}

// checkAccepted refuses, at its line and column, an accepted entry that names neither a question
// nor a rule of the questionnaire; for a file made with another version it is a warning instead,
// and the entry is kept.
func checkAccepted(f *File, qn *questionnaire.Questionnaire) (warnings []string, err error) {
	var probs questionnaire.Problems
	for _, a := range f.Accepted {
		if qn.Question(a.Finding) != nil || qn.Rule(a.Finding) != nil {
			continue
		}
		if f.Questionnaire.Version != qn.Version {
			warnings = append(warnings, fmt.Sprintf("%s accepts a risk for %q, which %s version %s does not have; the entry is kept",
				f.source(), a.Finding, qn.ID, qn.Version))
			continue
		}
		probs = append(probs, questionnaire.Problem{File: f.source(), Pos: a.Pos, Msg: fmt.Sprintf(
			"accepted finding %q is neither a question nor a rule of %s version %s (name the question or rule that raises the finding)",
			a.Finding, qn.ID, qn.Version)})
	}
	if len(probs) > 0 {
		return warnings, probs
	}
	return warnings, nil
}
