package tui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// AccessibleOptions configure the line-by-line interview.
type AccessibleOptions struct {
	In  io.Reader // one answer a line
	Out io.Writer // plain text, no escape codes
	// AskDetails asks for the assessment details first (a new interview, not a resumed one).
	AskDetails bool
	// Today is the default assessment date, YYYY-MM-DD.
	Today string
	// PathFor names the answers file once the details are known; used when the session has no
	// Path yet.
	PathFor func(f *assessment.File) (string, error)
}

// errEOF reports that the input ended before the interview did.
var errEOF = errors.New("end of input")

// prompter reads answers one line at a time from one shared buffered reader and writes plain text.
type prompter struct {
	in  *bufio.Reader
	out io.Writer
}

// line prints the prompt and reads one line without its end; errEOF when the input ended.
func (p *prompter) line(prompt string) (string, error) {
	fmt.Fprint(p.out, prompt+" ")
	s, err := p.in.ReadString('\n')
	if err != nil && (s == "" || !errors.Is(err, io.EOF)) {
		fmt.Fprintln(p.out)
		if errors.Is(err, io.EOF) {
			return "", errEOF
		}
		return "", fmt.Errorf("read answer: %w", err)
	}
	return strings.TrimRight(s, "\r\n"), nil
}

// ask repeats the prompt until check accepts the line, printing its reason each time.
func (p *prompter) ask(prompt string, check func(string) error) (string, error) {
	for {
		s, err := p.line(prompt)
		if err != nil {
			return "", err
		}
		if err := check(strings.TrimSpace(s)); err != nil {
			fmt.Fprintf(p.out, "Not accepted: %v.\n", err)
			continue
		}
		return strings.TrimSpace(s), nil
	}
}

// RunAccessible runs the interview as plain line-by-line prompts: the details (when asked for),
// the profile questions, then each section's visible questions, saving the answers file after
// every answer. It returns finished false when the input ended first; the draft is then saved.
func RunAccessible(s *Session, opt AccessibleOptions) (finished bool, err error) {
	p := &prompter{in: bufio.NewReader(opt.In), out: opt.Out}
	fmt.Fprintf(p.out, "%s (version %s, %s)\n", s.QN.Title, s.QN.Version, s.QN.Language)
	if d := strings.TrimSpace(s.QN.Description); d != "" {
		fmt.Fprintln(p.out, d)
	}
	err = nil
	if opt.AskDetails {
		err = askDetails(p, &s.File.Assessment, opt.Today)
	}
	if s.Path == "" {
		path, nameErr := nameFile(opt, s.File)
		if nameErr != nil {
			return false, nameErr
		}
		s.Path = path
	}
	if err == nil {
		err = s.Save()
		if err == nil {
			err = askQuestions(p, s)
		}
	}
	if errors.Is(err, errEOF) {
		return false, s.Save()
	}
	return err == nil, err
}

// nameFile asks opt.PathFor for the answers file's name.
func nameFile(opt AccessibleOptions, f *assessment.File) (string, error) {
	if opt.PathFor == nil {
		return "", errNoPath
	}
	return opt.PathFor(f)
}

// askDetails asks for the assessment details; each prompt shows its default in brackets.
func askDetails(p *prompter, d *assessment.Details, today string) error {
	fmt.Fprintln(p.out, "\nAssessment details")
	if d.Date == "" {
		d.Date = today // a draft saved before the date prompt still has one
	}
	text := []struct {
		label string
		into  *string
	}{
		{"Vendor", &d.Vendor}, {"Product", &d.Product}, {"Organisation", &d.Organisation}, {"Assessor", &d.Assessor},
	}
	for _, t := range text {
		v, err := p.line(fmt.Sprintf("%s [%s]:", t.label, orNone(*t.into)))
		if err != nil {
			return err
		}
		if v = strings.TrimSpace(v); v != "" {
			*t.into = v
		}
	}
	v, err := p.line(fmt.Sprintf("Interviewees, separated by commas [%s]:", orNone(strings.Join(d.Interviewees, ", "))))
	if err != nil {
		return err
	}
	if list := splitList(v, ","); len(list) > 0 {
		d.Interviewees = list
	}
	v, err = p.ask(fmt.Sprintf("Assessment date, YYYY-MM-DD [%s]:", d.Date), func(s string) error {
		if s == "" {
			return nil
		}
		return checkDate(s)
	})
	if v != "" {
		d.Date = v
	}
	return err
}

// orNone shows an empty default as "none".
func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// askQuestions asks every visible unanswered question in order, re-evaluating visibility after
// each answer, and saves after each one.
func askQuestions(p *prompter, s *Session) error {
	heading := false
	var section *questionnaire.Section
	for i := s.Next(-1); i < len(s.Questions()); i = s.Next(i) {
		q := s.Question(i)
		if s.Answer(q.ID).Answered() {
			continue
		}
		if !heading || q.Section != section {
			heading, section = true, q.Section
			printHeading(p, s.QN, section)
		}
		a, err := askQuestion(p, s.QN, q, s.Answer(q.ID))
		if a != nil {
			// An answer given before the input ended is kept; the caller saves then.
			s.SetAnswer(q.ID, a)
			if err == nil {
				err = s.Save()
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// printHeading prints the heading of a section, or of the profile when sec is nil.
func printHeading(p *prompter, qn *questionnaire.Questionnaire, sec *questionnaire.Section) {
	if sec == nil {
		fmt.Fprintln(p.out, "\nAbout your organisation's use of the platform")
		return
	}
	fmt.Fprintf(p.out, "\nSection: %s\n", sec.Title)
	if d := strings.TrimSpace(sec.Description); d != "" {
		fmt.Fprintln(p.out, d)
	}
}

// askQuestion asks one question and its note, evidence and source; nil means skipped.
func askQuestion(p *prompter, qn *questionnaire.Questionnaire, q *questionnaire.Question, old *assessment.Answer) (*assessment.Answer, error) {
	fmt.Fprintln(p.out)
	fmt.Fprintln(p.out, q.Prompt)
	for _, line := range questionDetails(qn, q) {
		fmt.Fprintln(p.out, line)
	}
	for i, o := range q.Options {
		fmt.Fprintf(p.out, "  %d. %s\n", i+1, o.Label)
	}
	var a *assessment.Answer
	_, err := p.ask(answerHint(q), func(line string) error {
		var err error
		a, err = parseAnswer(q, line)
		if errors.Is(err, errSkip) {
			return nil
		}
		return err
	})
	if err != nil || a == nil {
		return nil, err
	}
	if old != nil {
		a.By = old.By
	}
	if a.Note, err = p.line("Note (empty for none):"); err != nil {
		return a, err
	}
	a.Note = strings.TrimSpace(a.Note)
	ev, err := p.line("Evidence, separated by commas or semicolons (empty for none):")
	if err != nil {
		return a, err
	}
	a.Evidence = splitList(ev, evidenceSeps)
	a.Source, err = p.ask("Source [stated/documented/verified, empty for none]:", func(s string) error {
		_, err := parseSource(s)
		return err
	})
	a.Source, _ = parseSource(a.Source)
	return a, err
}

// questionDetails lists the help, the evidence to ask for and the references of a question.
func questionDetails(qn *questionnaire.Questionnaire, q *questionnaire.Question) []string {
	var out []string
	if h := strings.TrimSpace(q.Help); h != "" {
		out = append(out, "Help: "+h)
	}
	if e := strings.TrimSpace(q.Evidence); e != "" {
		out = append(out, "Evidence to ask for: "+e)
	}
	var refs []string
	for _, id := range q.Refs {
		if r := qn.Reference(id); r != nil {
			refs = append(refs, r.Title)
		}
	}
	if len(refs) > 0 {
		out = append(out, "References: "+strings.Join(refs, "; "))
	}
	return out
}

// answerHint is the prompt for the answer, naming what can be typed.
func answerHint(q *questionnaire.Question) string {
	var what string
	switch q.Kind {
	case questionnaire.KindChoice:
		what = "number"
	case questionnaire.KindMulti:
		what = "numbers separated by commas"
	case questionnaire.KindYesNo:
		what = "y/n or 1/2"
	case questionnaire.KindDate:
		what = "date YYYY-MM-DD"
	default:
		what = "text"
	}
	hint := "Answer (" + what + "; ? = unknown"
	if q.AllowNA {
		hint += "; n/a = not applicable"
	}
	return hint + "; empty = skip):"
}
