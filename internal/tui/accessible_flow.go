package tui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// The words typed at an answer prompt that move instead of answering.
const (
	typeBack   = "<" // the visible question before, answered or not
	typeReview = "!" // the questions still open
)

// errBack and errReview report that the user typed typeBack or typeReview.
var (
	errBack   = errors.New("back")
	errReview = errors.New("review")
)

// askBy asks once who gives the answers, to record with each one. The default is who gave the
// latest answer, else the first interviewee; "-" records nobody.
func askBy(p *prompter, s *interview.Session) (string, error) {
	def, latest := "", ""
	for _, a := range s.File.Answers {
		if a.By != "" && a.At >= latest {
			def, latest = a.By, a.At
		}
	}
	if def == "" && len(s.File.Assessment.Interviewees) > 0 {
		def = s.File.Assessment.Interviewees[0]
	}
	v, err := p.line(msgf(p.msgs.askBy, orNone(p.msgs, def)))
	switch v = strings.TrimSpace(v); {
	case err != nil:
		return "", err
	case v == "-":
		return "", nil
	case v == "":
		return def, nil
	}
	return v, nil
}

// askQuestions asks the visible questions still unanswered in order, saving after each answer;
// before the first, it asks who answers (askBy). At an answer prompt, typeBack asks the visible
// question before (interview.Session.Prev), whether or not it was asked in this run, with its
// answer as the default; typeReview lists the questions still open to pick one. When none is
// left unanswered after the last, the review is offered once more if any was skipped.
func askQuestions(p *prompter, s *interview.Session) error {
	var section *questionnaire.Section
	heading := false
	by, askedBy := "", false
	i := s.NextOpen(-1)
	for {
		if i >= len(s.Questions()) {
			if !slices.ContainsFunc(s.Open(), func(j int) bool { return interview.IsOpen(s.Answer(s.Question(j).ID)) }) {
				return nil
			}
			j, err := askReview(p, s, true)
			if err != nil || j < 0 {
				return err
			}
			i = j
		}
		if !askedBy {
			var err error
			if by, err = askBy(p, s); err != nil {
				return err
			}
			askedBy = true
		}
		q := s.Question(i)
		if !heading || q.Section != section {
			heading, section = true, q.Section
			printHeading(p, s.QN, section)
		}
		a, err := askQuestion(p, s, q, s.Answer(q.ID))
		switch {
		case errors.Is(err, errBack) && s.Prev(i) < 0:
			fmt.Fprintln(p.out, p.msgs.noBack)
			continue
		case errors.Is(err, errBack):
			i = s.Prev(i)
			continue
		case errors.Is(err, errReview):
			j, err := askReview(p, s, false)
			if err != nil {
				return err
			}
			if j >= 0 {
				i = j
			}
			continue
		}
		if a != nil {
			// An answer given before the input ended is kept; the caller saves then.
			if a.By == "" {
				a.By = by
			}
			s.SetAnswer(q.ID, a)
			if err == nil {
				err = p.save(s)
			}
		}
		if err != nil {
			return err
		}
		i = s.NextOpen(i)
	}
}

// askReview lists the visible questions unanswered or answered unknown, numbered, and asks which
// to answer; -1 when the user pressed enter to go on (or, at the end, to finish).
func askReview(p *prompter, s *interview.Session, atEnd bool) (int, error) {
	c, open := p.msgs, s.Open()
	fmt.Fprintln(p.out, "\n"+c.stillOpen)
	for n, i := range open {
		q := s.Question(i)
		fmt.Fprintf(p.out, "  %d. %s (%s)\n", n+1, q.Prompt, describe(c, q, s.Answer(q.ID)))
	}
	prompt := c.reviewGoOn
	if atEnd {
		prompt = c.reviewFinish
	}
	v, err := p.ask(prompt, func(v string) error {
		if n, err := strconv.Atoi(v); v != "" && (err != nil || n < 1 || n > len(open)) {
			return errors.New(msgf(c.errOption, v, len(open)))
		}
		return nil
	})
	if err != nil || v == "" {
		return -1, err
	}
	n, _ := strconv.Atoi(v)
	return open[n-1], nil
}

// askQuestion asks one question and, when it is answered, its note, evidence and source; nil
// means skipped (an answer given before is kept). errBack and errReview report that the user
// typed typeBack or typeReview instead of an answer. On a question answered before, an empty
// line keeps the answer as it is, and the note, evidence and source prompts keep theirs; an
// answer carried over is shown with where it came from, and an empty line confirms it.
func askQuestion(p *prompter, s *interview.Session, q *questionnaire.Question, old *assessment.Answer) (*assessment.Answer, error) {
	fmt.Fprintln(p.out)
	fmt.Fprintln(p.out, q.Prompt)
	c := p.msgs
	for _, line := range questionDetails(c, s.QN, q) {
		fmt.Fprintln(p.out, line)
	}
	for i, o := range q.Options {
		fmt.Fprintf(p.out, "  %d. %s\n", i+1, o.Label)
	}
	hint := answerHint(c, q)
	carried := old != nil && old.Carried
	switch {
	case carried:
		fmt.Fprintln(p.out, carriedText(c, s, c.cr.carriedLine, q, old))
		hint = strings.TrimSuffix(hint, c.answerSkip) + c.cr.answerKeep
	case old.Answered():
		fmt.Fprintln(p.out, msgf(c.currentAnswer, describe(c, q, old)))
	}
	var a *assessment.Answer
	line, err := p.ask(hint, func(line string) error {
		if line == typeBack || line == typeReview {
			return nil
		}
		var err error
		a, err = parseAnswer(c, q, line)
		if errors.Is(err, errSkip) {
			return nil
		}
		return err
	})
	switch {
	case err != nil:
		return nil, err
	case line == typeBack:
		return nil, errBack
	case line == typeReview:
		return nil, errReview
	case a == nil && carried:
		return confirmed(old), nil
	case a == nil:
		return nil, nil
	}
	var keep assessment.Answer
	if old != nil {
		keep = *old
		if !carried { // a changed carried answer is given by who answers now
			a.By = old.By
		}
	}
	if a.Note, err = p.keep(c.askNote, c.noteLabel, keep.Note); err != nil {
		return a, err
	}
	ev, err := p.keep(c.askEvidence, c.evidenceLabel, joinList(keep.Evidence))
	if err != nil {
		return a, err
	}
	a.Evidence = splitEvidence(ev)
	prompt := c.askSource
	if keep.Source != "" {
		prompt = msgf(c.askKeep, c.sourceLabel, c.sourceName(keep.Source))
	}
	src, err := p.ask(prompt, func(s string) error {
		if s == "-" {
			return nil
		}
		_, err := parseSource(c, s)
		return err
	})
	switch src = strings.TrimSpace(src); {
	case src == "" && err == nil:
		a.Source = keep.Source
	case src != "-":
		a.Source, _ = parseSource(c, src)
	}
	return a, err
}

// keep asks for a note or the evidence: with no value before, the prompt as given; with one,
// the label and the value, which an empty line keeps and "-" clears.
func (p *prompter) keep(prompt, label, old string) (string, error) {
	if old != "" {
		prompt = msgf(p.msgs.askKeep, label, old)
	}
	v, err := p.line(prompt)
	switch v = strings.TrimSpace(v); {
	case err != nil:
		return "", err
	case v == "-":
		return "", nil
	case v == "":
		return old, nil
	}
	return v, nil
}
