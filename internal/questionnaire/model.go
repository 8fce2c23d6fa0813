// Package questionnaire owns the questionnaire model: the sections, questions, options, findings,
// references, ratings and recommendations of one assessment questionnaire, loading it from YAML
// with the position of every node, and validating it with every problem reported at its line and
// column. It also holds the built-in questionnaires embedded in the binary.
package questionnaire

// Kind is the kind of answer a question takes.
type Kind string

// The question kinds of the format.
const (
	KindChoice Kind = "choice" // one option
	KindMulti  Kind = "multi"  // several options, aggregated into one score
	KindYesNo  Kind = "yesno"  // the implied options yes and no
	KindText   Kind = "text"   // free text, never scored
	KindDate   Kind = "date"   // a date, scored only with expiry
)

// Aggregate turns the scores of the options chosen in a multi question into one score.
type Aggregate string

// The aggregates of multi questions; AggregateMin is the default.
const (
	AggregateMin  Aggregate = "min"
	AggregateMax  Aggregate = "max"
	AggregateMean Aggregate = "mean"
	AggregateSum  Aggregate = "sum" // capped at 1
)

// Sensitivity is how sensitive the assessing organisation's use of the platform is, as set by
// the profile questions.
type Sensitivity string

// The sensitivities in increasing order; SensitivityUnknown is used when no profile option
// carrying a sensitivity was chosen.
const (
	SensitivityUnknown Sensitivity = "unknown"
	SensitivityLow     Sensitivity = "low"
	SensitivityMixed   Sensitivity = "mixed"
	SensitivityHigh    Sensitivity = "high"
)

// Rank orders sensitivities: unknown < low < mixed < high.
func (s Sensitivity) Rank() int {
	switch s {
	case SensitivityLow:
		return 1
	case SensitivityMixed:
		return 2
	case SensitivityHigh:
		return 3
	}
	return 0
}

// Severity is the severity of a finding.
type Severity string

// The severities in increasing order.
const (
	SeverityInfo     Severity = "info"
	SeverityLow      Severity = "low"
	SeverityMedium   Severity = "medium"
	SeverityHigh     Severity = "high"
	SeverityCritical Severity = "critical"
)

// Severities lists every severity from the most to the least severe.
var Severities = []Severity{SeverityCritical, SeverityHigh, SeverityMedium, SeverityLow, SeverityInfo}

// Rank orders severities: info 0 … critical 4; an unknown severity ranks -1.
func (s Severity) Rank() int {
	switch s {
	case SeverityInfo:
		return 0
	case SeverityLow:
		return 1
	case SeverityMedium:
		return 2
	case SeverityHigh:
		return 3
	case SeverityCritical:
		return 4
	}
	return -1
}

// Pos is a position in a source file, 1-based; the zero Pos means "no position".
type Pos struct {
	Line int
	Col  int
}

// Questionnaire is one loaded and validated questionnaire.
type Questionnaire struct {
	ID           string
	Version      string
	Language     string
	Title        string
	Jurisdiction string
	Description  string

	References      []Reference
	Scoring         Scoring
	Profile         []*Question
	Recommendations []Recommendation
	Sections        []*Section

	// Source names where the questionnaire came from: a file path, or "builtin:<file name>".
	Source string

	byID  map[string]*Question
	refs  map[string]*Reference
	order map[string]int
}

// Reference is a source that questions cite.
type Reference struct {
	ID    string
	Title string
	URL   string
	Pos   Pos
}

// Scoring holds the rating bands and the cap a critical finding imposes.
type Scoring struct {
	Ratings     []Rating // sorted by Min, highest first
	CriticalCap string   // the label of a rating band; empty for no cap
}

// Rating is a band on the overall score: it applies from Min (inclusive) up to the next band.
type Rating struct {
	Min   float64
	Label string
}

// Recommendation is one entry of the decision matrix; the first whose conditions hold wins.
type Recommendation struct {
	When  *Condition // nil: always holds; may use every atom, and name any question
	Title string
	Text  string
	// ReviewMonths is how many months after the assessment date the vendor should be assessed
	// again when this recommendation is chosen; 0 when the entry does not say.
	ReviewMonths int
	Pos          Pos
}

// Section is a scored group of questions.
type Section struct {
	ID          string
	Title       string
	Description string
	Weight      float64
	Questions   []*Question
	// Rules are the section's findings from combinations of answers, in file order.
	Rules []*Rule
	Pos   Pos
}

// Rule raises a finding when its condition holds: a risk that only exists when several answers
// come together, or answers that contradict each other. A rule changes no score; its finding is
// listed under its section, and a critical one caps the rating like any critical finding.
type Rule struct {
	ID      string     // unique among the question and rule ids of the questionnaire
	When    *Condition // never nil in a loaded questionnaire
	Finding Finding
	Refs    []string // ids of References
	Section *Section // the section that lists the rule
	Pos     Pos
}

// Question is one question of a section or of the profile.
type Question struct {
	ID       string
	Prompt   string
	Help     string
	Kind     Kind
	Weight   float64
	Evidence string
	Refs     []string
	AllowNA  bool
	When     *Condition // nil: always asked; only the atoms on answers (question, all, any, not)
	// Audience lists who the question is for; empty means everyone (see ForAudience).
	Audience []Audience

	// Options are the options of choice and multi questions, and for yesno questions the implied
	// options yes and no (their scores and findings set from Good, FindingYes and FindingNo), so
	// that every consumer can treat yesno like choice.
	Options   []Option
	Aggregate Aggregate // multi only; AggregateMin when absent
	Good      string    // yesno only: "yes" (default) or "no"
	Expiry    bool      // date only

	FindingYes     *Finding
	FindingNo      *Finding
	FindingUnknown *Finding

	// Section is the section the question belongs to; nil for a profile question.
	Section *Section
	Pos     Pos
}

// Option is one answer a choice, multi or yesno question offers.
type Option struct {
	ID          string
	Label       string
	Score       float64
	Sensitivity Sensitivity // profile questions only; empty when not set (the option leaves it)
	Finding     *Finding
	// Exclusive marks an option of a multi question that cannot be ticked with any other, such
	// as "none of these".
	Exclusive bool
	Pos       Pos
}

// Finding is what the report says when an answer is given.
type Finding struct {
	Severity Severity
	Text     string
	Remedy   string
}

// Question returns the question (profile or section) with the given id, or nil.
func (qn *Questionnaire) Question(id string) *Question {
	return qn.byID[id]
}

// Reference returns the reference with the given id, or nil.
func (qn *Questionnaire) Reference(id string) *Reference {
	return qn.refs[id]
}

// Index returns the position of the question in the questionnaire's order (profile first, then
// the sections), or -1 when there is no such question.
func (qn *Questionnaire) Index(id string) int {
	if i, ok := qn.order[id]; ok {
		return i
	}
	return -1
}

// Questions returns every question in order: the profile first, then each section's.
func (qn *Questionnaire) Questions() []*Question {
	all := make([]*Question, 0, len(qn.order))
	all = append(all, qn.Profile...)
	for _, s := range qn.Sections {
		all = append(all, s.Questions...)
	}
	return all
}

// ScoredCount returns the number of scored questions.
func (qn *Questionnaire) ScoredCount() int {
	n := 0
	for _, s := range qn.Sections {
		for _, q := range s.Questions {
			if q.Scored() {
				n++
			}
		}
	}
	return n
}

// RatingFor returns the label of the band with the highest Min at or below score.
func (qn *Questionnaire) RatingFor(score float64) string {
	for _, r := range qn.Scoring.Ratings {
		if score >= r.Min {
			return r.Label
		}
	}
	return ""
}

// RatingRank returns the index of the band with the label in Scoring.Ratings (0 is the best
// band), or -1 when there is none.
func (qn *Questionnaire) RatingRank(label string) int {
	for i, r := range qn.Scoring.Ratings {
		if r.Label == label {
			return i
		}
	}
	return -1
}

// IsProfile reports whether the question belongs to the profile (not scored).
func (q *Question) IsProfile() bool { return q.Section == nil }

// Scored reports whether the question counts in the score: a section question of kind choice,
// multi or yesno, or date with expiry, with a weight above zero.
func (q *Question) Scored() bool {
	if q.IsProfile() || q.Weight <= 0 {
		return false
	}
	switch q.Kind {
	case KindChoice, KindMulti, KindYesNo:
		return true
	case KindDate:
		return q.Expiry
	}
	return false
}

// HasOptions reports whether the question is answered by picking options.
func (q *Question) HasOptions() bool {
	return q.Kind == KindChoice || q.Kind == KindMulti || q.Kind == KindYesNo
}

// Option returns the option with the given id, or nil.
func (q *Question) Option(id string) *Option {
	for i := range q.Options {
		if q.Options[i].ID == id {
			return &q.Options[i]
		}
	}
	return nil
}
