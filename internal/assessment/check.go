package assessment

import (
	"fmt"
	"strings"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Check compares an answers file with the questionnaire it is to be scored with. A file made for
// another questionnaire id is refused. A file made for another version loads with a warning that
// names the questions whose answers no longer fit; answers that do not fit this questionnaire
// (ids it does not have, options it no longer offers, values of the wrong kind, N/A where it is
// not allowed) are named in a warning whatever the version. Such answers stay in the file: the
// scoring counts them as unanswered and the report lists them. An accepted risk naming neither a
// question nor a rule of the questionnaire is refused at its line and column, or, in a file made
// for another version, named in a warning and kept. An answer that ticks an exclusive option
// ("none of these") together with another option contradicts itself: the file is refused, with
// a questionnaire.Problems error naming each such answer at its line.
func Check(f *File, qn *questionnaire.Questionnaire) (warnings []string, err error) {
	name := f.source()
	if f.Questionnaire.ID != qn.ID {
		return nil, fmt.Errorf("%s was made for questionnaire %q, not %q", name, f.Questionnaire.ID, qn.ID)
	}
	if probs := exclusiveConflicts(f, qn); len(probs) > 0 {
		return nil, probs
	}
	var misfits []string
	for _, id := range answerOrder(f, qn) {
		why := "not in this version"
		if q := qn.Question(id); q != nil {
			why = Misfit(q, f.Answers[id])
		}
		if why != "" {
			misfits = append(misfits, id+" ("+why+")")
		}
	}
	accepted, err := checkAccepted(f, qn)
	if err != nil {
		return nil, err
	}
	list := strings.Join(misfits[:min(len(misfits), maxNamed)], "; ")
	if len(misfits) > maxNamed {
		list += fmt.Sprintf("; and %d more", len(misfits)-maxNamed)
	}
	switch {
	case f.Questionnaire.Version != qn.Version && len(misfits) == 0:
		warnings = append(warnings, fmt.Sprintf("%s was made with %s version %s and is scored with version %s; every answer still fits",
			name, qn.ID, f.Questionnaire.Version, qn.Version))
	case f.Questionnaire.Version != qn.Version:
		warnings = append(warnings, fmt.Sprintf("%s was made with %s version %s and is scored with version %s; "+
			"these answers no longer fit, are kept in the file and count as unanswered: %s",
			name, qn.ID, f.Questionnaire.Version, qn.Version, list))
	case len(misfits) > 0:
		warnings = append(warnings, fmt.Sprintf("%s holds answers that %s version %s cannot use; "+
			"they are kept in the file and count as unanswered: %s", name, qn.ID, qn.Version, list))
	}
	return append(warnings, accepted...), nil
}

// exclusiveConflicts lists the answers that tick an exclusive option with another option.
func exclusiveConflicts(f *File, qn *questionnaire.Questionnaire) questionnaire.Problems {
	var probs questionnaire.Problems
	for _, q := range qn.Questions() {
		a := f.Answers[q.ID]
		if a == nil || q.Kind != questionnaire.KindMulti {
			continue
		}
		if id := q.ExclusiveConflict(a.Choices); id != "" {
			probs = append(probs, questionnaire.Problem{File: f.source(), Pos: a.Pos, Msg: fmt.Sprintf(
				"answer to %q ticks %q together with other options, but %q excludes every other option (keep %q alone, or untick it)",
				q.ID, id, id, id)})
		}
	}
	return probs
}

// maxNamed is the number of answers a warning names; the others are counted.
const maxNamed = 50

// source names the file in messages.
func (f *File) source() string {
	if f.Name != "" {
		return f.Name
	}
	return "the answers file"
}

// ProblemCode says why an answer cannot be used for its question.
type ProblemCode string

// The reasons an answer cannot be used.
const (
	ProblemNA     ProblemCode = "na-not-allowed"     // N/A where the question does not allow it
	ProblemKind   ProblemCode = "wrong-kind"         // a value of another kind: Value and Want name the fields
	ProblemOption ProblemCode = "option-not-offered" // Value is an option id the question does not offer
	ProblemDate   ProblemCode = "not-a-date"         // Value is not a date written YYYY-MM-DD
	// ProblemUndated is set by the scoring: an expiry date cannot be scored in a file without an
	// assessment date.
	ProblemUndated ProblemCode = "no-assessment-date"
)

// AnswerProblem is why an answer cannot be used for its question: a code and the value at fault,
// so that each document words it in its own language.
type AnswerProblem struct {
	Code  ProblemCode
	Value string // the option id or the date at fault; for ProblemKind the value field given
	Want  string // for ProblemKind: the value field the question takes (choice, choices, date, text)
}

// CheckAnswer returns why the answer cannot be used for the question, or nil when it can (an
// answer without a value, and unknown, fit every question). The scoring counts an answer that
// does not fit as unanswered.
func CheckAnswer(q *questionnaire.Question, a *Answer) *AnswerProblem {
	switch {
	case !a.Answered() || a.Unknown:
		return nil
	case a.NA && !q.AllowNA:
		return &AnswerProblem{Code: ProblemNA}
	case a.NA:
		return nil
	}
	want := valueKey(q.Kind)
	if got := values(a)[0]; got != want {
		return &AnswerProblem{Code: ProblemKind, Value: got, Want: want}
	}
	switch q.Kind {
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		if q.Option(a.Choice) == nil {
			return &AnswerProblem{Code: ProblemOption, Value: a.Choice}
		}
	case questionnaire.KindMulti:
		for _, id := range a.Choices {
			if q.Option(id) == nil {
				return &AnswerProblem{Code: ProblemOption, Value: id}
			}
		}
	case questionnaire.KindDate:
		if _, err := time.Parse(time.DateOnly, a.Date); err != nil {
			return &AnswerProblem{Code: ProblemDate, Value: a.Date}
		}
	}
	return nil
}

// String says what is wrong in English, for the warnings of Check (documents word the code in
// their own language).
func (p *AnswerProblem) String() string {
	switch p.Code {
	case ProblemNA:
		return "answered not applicable, which this question does not allow"
	case ProblemKind:
		return fmt.Sprintf("answered with %s, but this question takes %s", valueNames[p.Value], valueNames[p.Want])
	case ProblemOption:
		return fmt.Sprintf("option %q is not offered by this version", p.Value)
	case ProblemDate:
		return fmt.Sprintf("date %q is not a date (YYYY-MM-DD)", p.Value)
	case ProblemUndated:
		return "the assessment has no date, so an expiry date cannot be scored"
	}
	return string(p.Code)
}

// Misfit says in English why the answer cannot be used for the question, or returns "" when it
// can; see CheckAnswer.
func Misfit(q *questionnaire.Question, a *Answer) string {
	if p := CheckAnswer(q, a); p != nil {
		return p.String()
	}
	return ""
}

// valueKey is the answer field that carries the value of a question of the kind.
func valueKey(k questionnaire.Kind) string {
	switch k {
	case questionnaire.KindMulti:
		return "choices"
	case questionnaire.KindDate:
		return "date"
	case questionnaire.KindText:
		return "text"
	}
	return "choice"
}

// valueNames names the value fields of an answer in messages.
var valueNames = map[string]string{
	"choice":  "one option",
	"choices": "a list of options",
	"date":    "a date",
	"text":    "a text",
}
