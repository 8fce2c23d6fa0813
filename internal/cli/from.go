package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// fromSession starts a new assessment of the vendor of an earlier answers file (interview
// --from): the same details but today's date, with the questionnaire's current version (the
// built-in of the file's id, or --questionnaire), and every earlier answer that still fits
// carried over and marked until it is confirmed or changed. The accepted risks are carried too,
// so that the report shows the ones that have run out. What cannot be carried is named on stderr.
func fromSession(std *streams, opts interviewOptions) (*interview.Session, error) {
	old, err := assessment.Load(opts.from)
	if err != nil {
		return nil, err
	}
	id := opts.questionnaire
	if id == "" {
		id = old.Questionnaire.ID
	}
	lang := old.Questionnaire.Language
	if opts.lang != "" {
		lang = opts.lang
	}
	qn, err := questionnaire.Find(id, lang)
	if err != nil && opts.questionnaire == "" {
		return nil, fmt.Errorf("%s was made with questionnaire %q: %w; name its file with --questionnaire", opts.from, id, err)
	}
	if err != nil {
		return nil, err
	}
	if qn.ID != old.Questionnaire.ID {
		return nil, fmt.Errorf("%s was made with questionnaire %q, not %q", opts.from, old.Questionnaire.ID, qn.ID)
	}
	details := old.Assessment
	details.Interviewees = slices.Clone(details.Interviewees)
	details.Date = today()
	f := assessment.NewFile(qn, details)
	var left []string
	for id, a := range old.Answers {
		q := qn.Question(id)
		switch {
		case !a.Answered():
		case q == nil:
			left = append(left, id+" (not in version "+qn.Version+")")
		case assessment.Misfit(q, a) != "":
			left = append(left, id+" ("+assessment.Misfit(q, a)+")")
		default:
			c := *a
			c.Carried, c.Pos = true, questionnaire.Pos{}
			f.Answers[id] = &c
		}
	}
	for _, a := range old.Accepted {
		if qn.Question(a.Finding) == nil && qn.Rule(a.Finding) == nil {
			left = append(left, "the acceptance of "+a.Finding+" (not in version "+qn.Version+")")
			continue
		}
		a.Pos = questionnaire.Pos{}
		f.Accepted = append(f.Accepted, a)
	}
	fmt.Fprintf(std.err, "vendorcheck: %d answers of %s (%s) carried over to confirm or change; questions new in version %s are asked\n",
		len(f.Answers), opts.from, old.Assessment.Date, qn.Version)
	if len(left) > 0 {
		slices.Sort(left)
		fmt.Fprintf(std.err, "vendorcheck: warning: not carried over: %s\n", strings.Join(left, "; "))
	}
	s := interview.NewSession(qn, f, opts.answers)
	s.CarriedFrom = old.Assessment.Date
	return s, nil
}
