// Package scoring computes the score of an assessment: question, section and overall scores,
// coverage, findings, rating, sensitivity and recommendation, from a questionnaire and its
// answers. It is pure and deterministic: the same inputs always give the same Result.
package scoring

import (
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Status says how a question was answered, for scoring purposes.
type Status string

// The statuses of a question.
const (
	StatusAnswered   Status = "answered"   // a value that scores
	StatusUnknown    Status = "unknown"    // unknown: scores 0, counted apart
	StatusUnanswered Status = "unanswered" // no answer: scores 0, counted apart
	StatusNA         Status = "na"         // not applicable: out of both sums
	StatusHidden     Status = "hidden"     // its condition does not hold: out of both sums
)

// Result is the score of one assessment.
type Result struct {
	Questionnaire *questionnaire.Questionnaire
	File          *assessment.File

	// Overall is the overall score 0..100; Scored is false when no section could be scored.
	Overall float64
	Scored  bool
	// Band is the rating band the overall score falls in; Rating is the rating after the
	// critical cap (Capped says the cap lowered it).
	Band   string
	Rating string
	Capped bool

	Coverage   float64 // answered / visible scored questions; 0 when there are none
	Answered   int     // visible scored questions answered with a value
	Unknown    int     // visible scored questions answered unknown
	Unanswered int     // visible scored questions with no answer
	NA         int     // scored questions answered N/A
	Visible    int     // visible scored questions (N/A excluded)
	// Complete says that no visible scored question is left unanswered (an unknown answer
	// counts as given). An incomplete assessment is a draft: its rating and recommendation are
	// provisional.
	Complete bool

	Sensitivity    questionnaire.Sensitivity
	Recommendation *questionnaire.Recommendation // nil only if the questionnaire has none
	// RecommendationFallback says that the recommendation holds only because no earlier entry
	// did (its own condition always holds); the report says so when it explains the choice.
	RecommendationFallback bool
	// NextReview is when the vendor is due for re-assessment, YYYY-MM-DD: the assessment date
	// plus the recommendation's review_months (see AddMonths); "" when either is missing.
	NextReview string

	Sections  []SectionResult
	Questions []QuestionResult // every question in questionnaire order, profile first
	// Findings are the findings of answers and of rules, most severe first, then in
	// questionnaire order (a section's questions, then its rules).
	Findings  []Finding
	Assurance Assurance

	// Extra lists answers for ids the questionnaire does not have, sorted by id.
	Extra []ExtraAnswer

	// Accepted lists the file's accepted risks in file order, with the findings each covers.
	Accepted []AcceptedRisk
}

// SectionResult is the score of one section.
type SectionResult struct {
	Section     *questionnaire.Section
	Score       float64 // 0..100, meaningful only when Scored
	Scored      bool    // false when the sum of weights is 0 (nothing visible and applicable)
	WeightSum   float64 // Σ w_q over the counted questions
	WeightedSum float64 // Σ w_q·s_q over the counted questions
	Answered    int
	Unknown     int
	Unanswered  int
	NA          int
	Questions   int // visible scored questions, N/A excluded
}

// QuestionResult is the outcome for one question.
type QuestionResult struct {
	Question *questionnaire.Question
	Answer   *assessment.Answer // nil when there is no answer in the file
	Status   Status
	Visible  bool
	Counted  bool    // counted in the score: scored, visible and not N/A
	Score    float64 // 0..1 when Counted
	// Problem says why a recorded answer could not be used (an option the question no longer
	// has, a malformed date); such an answer counts as unanswered. nil when it could.
	Problem *assessment.AnswerProblem
}

// Finding is one finding raised by an answer or by a rule.
type Finding struct {
	Question *questionnaire.Question // the question whose answer raised it; nil for a rule's
	Rule     *questionnaire.Rule     // the rule that raised it; nil for a question's
	// Kind says where the words come from: the questionnaire (FindingWritten: Text and Remedy)
	// or the program (Text and Remedy empty: the report words the kind in its language).
	Kind FindingKind
	Date string // the expiry date, YYYY-MM-DD, for FindingExpired and FindingExpiring
	questionnaire.Finding
}

// FindingKind says where the words of a finding come from.
type FindingKind string

// The kinds of finding.
const (
	FindingWritten FindingKind = "" // written in the questionnaire
	// FindingExpired is the high finding of an expiry date on or before the assessment date.
	FindingExpired FindingKind = "expired"
	// FindingExpiring is the low finding of an expiry date within 90 days after the assessment
	// date.
	FindingExpiring FindingKind = "expiring"
)

// Section returns the section the finding is listed under.
func (f Finding) Section() *questionnaire.Section {
	if f.Rule != nil {
		return f.Rule.Section
	}
	return f.Question.Section
}

// Assurance counts how far the counted, answered questions are backed.
type Assurance struct {
	Stated      int
	Documented  int
	Verified    int
	Unspecified int
}

// ExtraAnswer is an answer whose id the questionnaire does not have.
type ExtraAnswer struct {
	ID     string
	Answer *assessment.Answer
}
