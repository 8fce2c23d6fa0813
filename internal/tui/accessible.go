package tui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/visible"
)

// AccessibleOptions configure the line-by-line interview.
type AccessibleOptions struct {
	In  io.Reader // one answer a line
	Out io.Writer // plain text: any character of a file a terminal would act on is shown as a code
	// AskDetails asks for the assessment details first: a new interview, or a draft resumed that
	// has no answer yet (see interview.Session.HasAnswers); each prompt offers the detail it has.
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
	in   *bufio.Reader
	out  io.Writer
	msgs *messages
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
			fmt.Fprintln(p.out, msgf(p.msgs.notAccepted, err))
			continue
		}
		return strings.TrimSpace(s), nil
	}
}

// RunAccessible runs the interview as plain line-by-line prompts: the details (when asked for),
// the profile questions, then each section's visible questions, saving the answers file after
// every answer. It returns finished false when the input ended first; the draft is then saved.
func RunAccessible(s *interview.Session, opt AccessibleOptions) (finished bool, err error) {
	p := &prompter{in: bufio.NewReader(opt.In), out: visible.Writer(opt.Out), msgs: messagesFor(s.QN.Language)}
	fmt.Fprintln(p.out, msgf(p.msgs.titleLine, s.QN.Title, s.QN.Version, s.QN.Language))
	printProse(p, s.QN.Description)
	err = nil
	if opt.AskDetails {
		err = askDetails(p, &s.File.Assessment, opt.Today)
	}
	if s.Path == "" {
		path, nameErr := nameFile(opt, s.File)
		if nameErr == nil {
			s.Store, nameErr = assessment.OpenStore(path, s.File, false)
		}
		if nameErr != nil {
			return false, nameErr
		}
		s.Path = path
	}
	if err == nil {
		err = p.save(s)
	}
	if err == nil {
		err = askQuestions(p, s)
	}
	if errors.Is(err, errEOF) {
		return false, p.save(s)
	}
	return err == nil, err
}

// save saves the answers file and says so when it went to a new name (see interview.Session.Save).
func (p *prompter) save(s *interview.Session) error {
	old := s.Path
	moved, err := s.Save()
	if moved != "" {
		fmt.Fprintln(p.out, msgf(p.msgs.changedOnDisk, old, moved))
	}
	return err
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
	c := p.msgs
	fmt.Fprintln(p.out, "\n"+c.detailsTitle)
	if d.Date == "" {
		d.Date = today // a draft saved before the date prompt still has one
	}
	text := []struct {
		label string
		into  *string
	}{
		{c.detailVendor, &d.Vendor}, {c.detailProduct, &d.Product}, {c.detailOrganisation, &d.Organisation},
		{c.detailAssessor, &d.Assessor},
	}
	for _, t := range text {
		v, err := p.line(msgf(c.askDetail, t.label, orNone(c, *t.into)))
		if err != nil {
			return err
		}
		if v = strings.TrimSpace(v); v != "" {
			*t.into = v
		}
	}
	v, err := p.line(msgf(c.askInterviewees, orNone(c, joinList(d.Interviewees))))
	if err != nil {
		return err
	}
	if list := splitList(v, evidenceSeps); len(list) > 0 {
		d.Interviewees = list
	}
	v, err = p.ask(msgf(c.askDate, d.Date), func(s string) error {
		if s == "" {
			return nil
		}
		return checkDate(c, s)
	})
	if v != "" {
		d.Date = v
	}
	return err
}

// orNone shows an empty default as the catalogue's word for none.
func orNone(c *messages, s string) string {
	if s == "" {
		return c.none
	}
	return s
}

// printHeading prints the heading of a section, or of the profile when sec is nil.
func printHeading(p *prompter, qn *questionnaire.Questionnaire, sec *questionnaire.Section) {
	if sec == nil {
		fmt.Fprintln(p.out, "\n"+p.msgs.profileHeading)
		return
	}
	fmt.Fprintln(p.out, "\n"+msgf(p.msgs.sectionHeading, sec.Title))
	printProse(p, sec.Description)
}

// printProse prints a description of the questionnaire a paragraph a line, without the line
// breaks of its YAML block: a screen reader or a terminal wraps them itself.
func printProse(p *prompter, text string) {
	for _, para := range paragraphs(text) {
		fmt.Fprintln(p.out, para)
	}
}

// questionDetails lists the help, the evidence to ask for and the references of a question.
func questionDetails(c *messages, qn *questionnaire.Questionnaire, q *questionnaire.Question) []string {
	var out []string
	if h := strings.TrimSpace(q.Help); h != "" {
		out = append(out, c.helpLabel+h)
	}
	if e := strings.TrimSpace(q.Evidence); e != "" {
		out = append(out, c.evidenceToAsk+e)
	}
	var refs []string
	for _, id := range q.Refs {
		if r := qn.Reference(id); r != nil {
			refs = append(refs, r.Title)
		}
	}
	if len(refs) > 0 {
		out = append(out, c.referencesLabel+strings.Join(refs, "; "))
	}
	return out
}

// answerHint is the prompt for the answer, naming what can be typed.
func answerHint(c *messages, q *questionnaire.Question) string {
	what := c.typeText
	switch q.Kind {
	case questionnaire.KindChoice:
		what = c.typeNumber
	case questionnaire.KindMulti:
		what = c.typeNumbers
	case questionnaire.KindYesNo:
		what = c.typeYesNo
	case questionnaire.KindDate:
		what = c.typeDate
	}
	hint := msgf(c.answerPrompt, what)
	if q.Kind != questionnaire.KindText { // a "?" typed there is the answer
		hint += c.answerUnknown
	}
	if q.AllowNA {
		hint += c.answerNA
	}
	return hint + c.answerMoves + c.answerSkip
}
