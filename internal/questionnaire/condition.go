package questionnaire

import "slices"

// Condition is a `when`: it holds when every part that is set holds. The same grammar serves
// questions (asked and scored only when it holds), rules (their finding is raised when it holds)
// and recommendations (the first entry whose condition holds is chosen). Questions may only use
// the atoms on answers (Question with In or Is, All, Any, Not); rules and recommendations may
// also use Sensitivity, Rating, Worst and Complete. A question that is not asked (its own
// condition does not hold) counts as unanswered in every condition.
type Condition struct {
	// Question names the question that In and Is are about; "" when neither is given.
	Question string
	// In holds when the answer is one of these option ids; for a multi answer, when any of them
	// is ticked. Unknown and N/A answers are none of them.
	In []string
	// Is holds when the state of the answer is one of these.
	Is []AnswerState

	All []*Condition // holds when every one holds
	Any []*Condition // holds when at least one holds
	Not *Condition   // holds when it does not

	// Sensitivity holds when the assessment's sensitivity is one of these; an empty list (as in
	// version 1 files) always holds.
	Sensitivity []Sensitivity
	// Rating holds when the rating, after the critical cap, is one of these labels; an empty list
	// always holds.
	Rating []string
	// Worst holds when the most severe finding raised is one of these severities; SeverityNone
	// holds when there is no finding at all.
	Worst []Severity
	// Complete, when set, holds when the assessment is complete (true) or a draft (false).
	Complete *bool

	Pos Pos
}

// AnswerState is the state of an answer, for the `is` atom of a condition.
type AnswerState string

// The states of an answer. A question that is not asked, and an answer that cannot be used for
// its question (an option the question no longer offers), are unanswered.
const (
	StateAnswered   AnswerState = "answered"   // a value, neither unknown nor not applicable
	StateUnknown    AnswerState = "unknown"    // "don't know", "vendor did not say"
	StateNA         AnswerState = "na"         // not applicable
	StateUnanswered AnswerState = "unanswered" // no answer (yet)
)

// SeverityNone is used only in the worst atom of a condition: no finding was raised.
const SeverityNone Severity = "none"

// MaxConditionDepth is how deeply all, any and not may nest: a when is at depth 1.
const MaxConditionDepth = 8

// Always reports whether the condition holds whatever the answers: nil, or only empty
// sensitivity and rating lists, or all of conditions that always hold. A recommendation whose
// condition always holds is the fallback entry.
func (c *Condition) Always() bool {
	if c == nil {
		return true
	}
	if c.Question != "" || c.Not != nil || c.Any != nil || c.Worst != nil || c.Complete != nil ||
		len(c.Sensitivity) > 0 || len(c.Rating) > 0 {
		return false
	}
	for _, a := range c.All {
		if !a.Always() {
			return false
		}
	}
	return true
}

// Questions returns the ids of the questions the condition names, at any depth, each once, in
// the order they are first named.
func (c *Condition) Questions() []string {
	var ids []string
	var walk func(*Condition)
	walk = func(c *Condition) {
		if c == nil {
			return
		}
		if c.Question != "" && !slices.Contains(ids, c.Question) {
			ids = append(ids, c.Question)
		}
		for _, k := range c.All {
			walk(k)
		}
		for _, k := range c.Any {
			walk(k)
		}
		walk(c.Not)
	}
	walk(c)
	return ids
}

// Audience is who a question is for, so that a guide or a workbook holds only the questions one
// group of people can answer.
type Audience string

// The audiences of the format.
const (
	AudienceVendor   Audience = "vendor"   // the vendor's account manager or security team
	AudienceIT       Audience = "it"       // the organisation's IT staff
	AudienceLegal    Audience = "legal"    // the organisation's legal or compliance staff
	AudienceBusiness Audience = "business" // the organisation's business owners of the platform
)

// Audiences lists every audience in the order of the format.
var Audiences = []Audience{AudienceVendor, AudienceIT, AudienceLegal, AudienceBusiness}

// ForAudience reports whether the question is for the audience: a question without audience is
// for everyone, except that profile questions (the organisation's own use) never go to the
// vendor.
func (q *Question) ForAudience(a Audience) bool {
	if q.IsProfile() && a == AudienceVendor {
		return false
	}
	if len(q.Audience) == 0 {
		return true
	}
	for _, x := range q.Audience {
		if x == a {
			return true
		}
	}
	return false
}

// Exclusive reports whether the question has an option that cannot be ticked with others.
func (q *Question) Exclusive() bool {
	for i := range q.Options {
		if q.Options[i].Exclusive {
			return true
		}
	}
	return false
}

// Tick returns the choices of a multi question after the option id is ticked: an exclusive
// option unticks every other, and any other option unticks the exclusive ones. The result keeps
// the order of choices, with id last; choices itself is not changed.
func (q *Question) Tick(choices []string, id string) []string {
	o := q.Option(id)
	out := make([]string, 0, len(choices)+1)
	for _, c := range choices {
		if c == id {
			continue
		}
		if o != nil && o.Exclusive {
			continue
		}
		if co := q.Option(c); co != nil && co.Exclusive {
			continue
		}
		out = append(out, c)
	}
	return append(out, id)
}

// ExclusiveConflict returns the id of an exclusive option ticked together with another option
// in choices, or "" when the choices are allowed together.
func (q *Question) ExclusiveConflict(choices []string) string {
	if len(choices) < 2 {
		return ""
	}
	for _, c := range choices {
		if o := q.Option(c); o != nil && o.Exclusive {
			for _, other := range choices {
				if other != c {
					return c
				}
			}
		}
	}
	return ""
}
