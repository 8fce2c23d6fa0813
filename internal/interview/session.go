// Package interview holds an interview in progress, apart from how it is shown: the answers
// file and its questionnaire, where it is saved, which questions are asked with the answers so
// far and how many are answered, the saves in order, and the report of the answers. The
// full-screen interview and the line-by-line prompter (package tui) both drive a Session, and
// the command line reads it when they end.
package interview

import (
	"sync/atomic"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Session is one interview in progress: the questionnaire, the answers file and where it is
// saved. It keeps the visibility of every question and the progress counts up to date as answers
// change, so that screens can read them without walking the questionnaire.
type Session struct {
	QN   *questionnaire.Questionnaire
	File *assessment.File
	// Path is where the answers file is saved; empty until the details are known.
	Path string
	// Store, when not nil, holds the answers file at Path for this interview: locked against a
	// second one, and never saved over changes made on disk meanwhile (see assessment.Store).
	// The interview opens it for a file it names itself; Close lets it go.
	Store *assessment.Store
	// Now gives the time recorded in each answer; time.Now when nil.
	Now func() time.Time
	// ReportPath is where the user chose, at the end of the interview, to write the report;
	// empty for the default. ReplaceReport is set when they agreed to replace an existing file.
	// QuitOnSummary is set when they ended the interview with ctrl+c on the summary: the report
	// is then written only if no file has its name (or with --force).
	ReportPath    string
	ReplaceReport bool
	QuitOnSummary bool
	// CarriedFrom is the date of the earlier assessment whose answers were carried over
	// (interview --from), YYYY-MM-DD; empty otherwise.
	CarriedFrom string

	rev      int64  // changes with the answers, for the screens' caches (see revisions)
	order    *order // the saves of the session, in order (see Snapshot)
	all      []*questionnaire.Question
	index    map[string]int
	visible  map[string]bool
	sections map[*questionnaire.Section]Progress
	profile  Progress
}

// revisions numbers every state of the answers of every session, so that a screen cache keyed by
// it can never mistake one session's answers for another's.
var revisions atomic.Int64

// Progress counts the answered and the visible questions of a section or of the interview.
type Progress struct {
	Answered int
	Visible  int
}

// NewSession starts a session on the answers file f made for qn, saved to path.
func NewSession(qn *questionnaire.Questionnaire, f *assessment.File, path string) *Session {
	s := &Session{QN: qn, File: f, Path: path, order: &order{}, all: qn.Questions(), index: map[string]int{}}
	for i, q := range s.all {
		s.index[q.ID] = i
	}
	if f.Answers == nil {
		f.Answers = map[string]*assessment.Answer{}
	}
	s.refresh()
	return s
}

// refresh recomputes visibility and progress after the answers changed.
func (s *Session) refresh() {
	s.rev = revisions.Add(1)
	s.visible = scoring.Visibility(s.QN, s.File.Answers)
	s.sections = make(map[*questionnaire.Section]Progress, len(s.QN.Sections))
	s.profile = Progress{}
	for _, q := range s.all {
		if !s.visible[q.ID] {
			continue
		}
		p := s.profile
		if q.Section != nil {
			p = s.sections[q.Section]
		}
		p.Visible++
		if s.File.Answers[q.ID].Answered() {
			p.Answered++
		}
		if q.Section != nil {
			s.sections[q.Section] = p
		} else {
			s.profile = p
		}
	}
}

// Revision identifies the state of the answers: it changes whenever an answer does, and no two
// sessions share one, so a screen may cache what it draws from the answers under it.
func (s *Session) Revision() int64 { return s.rev }

// Questions returns every question in interview order: the profile, then each section's.
func (s *Session) Questions() []*questionnaire.Question { return s.all }

// Question returns the i-th question in interview order.
func (s *Session) Question(i int) *questionnaire.Question { return s.all[i] }

// IndexOf returns the position of the question with the id, or -1.
func (s *Session) IndexOf(id string) int {
	if i, ok := s.index[id]; ok {
		return i
	}
	return -1
}

// Visible reports whether the i-th question is shown with the current answers.
func (s *Session) Visible(i int) bool { return i >= 0 && i < len(s.all) && s.visible[s.all[i].ID] }

// Answer returns the answer to the question with the id, or nil.
func (s *Session) Answer(id string) *assessment.Answer { return s.File.Answers[id] }

// SetAnswer records the answer to the question with the id (nil removes it), stamps it with the
// time and updates visibility and progress.
func (s *Session) SetAnswer(id string, a *assessment.Answer) {
	if a == nil {
		delete(s.File.Answers, id)
	} else {
		if a.Answered() {
			now := time.Now
			if s.Now != nil {
				now = s.Now
			}
			a.At = now().Format(time.RFC3339)
		}
		s.File.Answers[id] = a
	}
	s.refresh()
}

// Next returns the first visible question after i, or len(Questions()) when there is none.
func (s *Session) Next(i int) int {
	for j := i + 1; j < len(s.all); j++ {
		if s.Visible(j) {
			return j
		}
	}
	return len(s.all)
}

// Prev returns the last visible question before i, or -1 when there is none.
func (s *Session) Prev(i int) int {
	for j := min(i, len(s.all)) - 1; j >= 0; j-- {
		if s.Visible(j) {
			return j
		}
	}
	return -1
}

// FirstOpen returns the first visible question without an answer (or with one carried over and
// not confirmed), or len(Questions()).
func (s *Session) FirstOpen() int {
	for i, q := range s.all {
		if s.visible[q.ID] && IsOpen(s.File.Answers[q.ID]) {
			return i
		}
	}
	return len(s.all)
}

// NextOpen returns the first visible question after i without an answer (or with one carried
// over and not confirmed), or len(Questions()) when there is none.
func (s *Session) NextOpen(i int) int {
	for j := s.Next(i); j < len(s.all); j = s.Next(j) {
		if IsOpen(s.File.Answers[s.all[j].ID]) {
			return j
		}
	}
	return len(s.all)
}

// SectionStart returns the first visible question of the section (nil: the profile), or -1.
func (s *Session) SectionStart(sec *questionnaire.Section) int {
	for i, q := range s.all {
		if q.Section == sec && s.visible[q.ID] {
			return i
		}
	}
	return -1
}

// SectionProgress returns the progress of a section; nil gives the profile's.
func (s *Session) SectionProgress(sec *questionnaire.Section) Progress {
	if sec == nil {
		return s.profile
	}
	return s.sections[sec]
}

// Total returns the progress of the whole interview.
func (s *Session) Total() Progress {
	t := s.profile
	for _, p := range s.sections {
		t.Answered += p.Answered
		t.Visible += p.Visible
	}
	return t
}

// Open lists the visible questions that are unanswered, answered unknown, or answered by an
// answer carried over and not confirmed, in order.
func (s *Session) Open() []int {
	var out []int
	for i, q := range s.all {
		if !s.visible[q.ID] {
			continue
		}
		if a := s.File.Answers[q.ID]; IsOpen(a) || a.Unknown {
			out = append(out, i)
		}
	}
	return out
}

// HasAnswers reports whether the answers file holds any answer: a draft without one was
// stopped at or right after the assessment details, which are then asked again when it is
// resumed.
func (s *Session) HasAnswers() bool { return len(s.File.Answers) > 0 }

// Close lets go of the answers file the session holds, if any.
func (s *Session) Close() error {
	if s.Store == nil {
		return nil
	}
	return s.Store.Close()
}

// IsOpen reports whether an answer still needs the interviewer: none yet, or one carried over
// and not confirmed.
func IsOpen(a *assessment.Answer) bool { return !a.Answered() || a.Carried }
