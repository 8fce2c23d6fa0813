package assessment

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Check compares an answers file with the questionnaire it is to be scored with. A file made for
// another questionnaire id is refused. Answers the questionnaire cannot use (ids it does not
// have, options it no longer offers, values of the wrong kind) are kept in the file and named in
// the warnings, together with a version change.
func Check(f *File, qn *questionnaire.Questionnaire) (warnings []string, err error) {
	name := f.source()
	if f.Questionnaire.ID != qn.ID {
		return nil, fmt.Errorf("%s was made for questionnaire %q, not %q", name, f.Questionnaire.ID, qn.ID)
	}
	var misfits []string
	ids := make([]string, 0, len(f.Answers))
	for id := range f.Answers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if why := misfit(qn.Question(id), f.Answers[id]); why != "" {
			misfits = append(misfits, id+" ("+why+")")
		}
	}
	if f.Questionnaire.Version != qn.Version {
		w := fmt.Sprintf("%s was made with %s version %s; scoring it with version %s", name, qn.ID, f.Questionnaire.Version, qn.Version)
		if len(misfits) == 0 {
			w += "; every answer still fits"
		}
		warnings = append(warnings, w)
	}
	if len(misfits) > 0 {
		warnings = append(warnings, fmt.Sprintf("%s: answers this version cannot use, kept in the file and listed in the report: %s",
			name, strings.Join(misfits, ", ")))
	}
	return warnings, nil
}

func (f *File) source() string {
	if f.Name != "" {
		return f.Name
	}
	return "the answers file"
}

// misfit says why an answer does not fit its question, or "" when it does.
func misfit(q *questionnaire.Question, a *Answer) string {
	switch {
	case q == nil:
		return "not in this version"
	case !a.Answered() || a.Unknown:
		return ""
	case a.NA && !q.AllowNA:
		return "not applicable is not allowed"
	case a.NA:
		return ""
	}
	switch q.Kind {
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		if a.Choice == "" {
			return "needs a choice"
		}
		if q.Option(a.Choice) == nil {
			return fmt.Sprintf("option %q is no longer offered", a.Choice)
		}
	case questionnaire.KindMulti:
		if len(a.Choices) == 0 {
			return "needs choices"
		}
		for _, c := range a.Choices {
			if q.Option(c) == nil {
				return fmt.Sprintf("option %q is no longer offered", c)
			}
		}
	case questionnaire.KindDate:
		if _, err := time.Parse(time.DateOnly, a.Date); err != nil {
			return "needs a date"
		}
	case questionnaire.KindText:
		if a.Text == "" {
			return "needs a text"
		}
	}
	return ""
}
