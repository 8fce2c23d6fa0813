package interview

import (
	"errors"
	"sync"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// ErrNotNamed reports a save before the answers file has a name: the details that name it are
// not known yet.
var ErrNotNamed = errors.New("no answers file named yet")

// A Snapshot is the answers file as it stood when taken, with where it goes, so that it can be
// saved or reported on while the interview goes on (in a Bubble Tea command, say). Answers are
// replaced, never changed in place, so a snapshot shares them with the session safely.
type Snapshot struct {
	File *assessment.File
	QN   *questionnaire.Questionnaire
	// Path is where the answers file is saved, empty when not named yet; Store, when not nil,
	// holds the file at Path (see Session.Store). Whoever names the file sets both.
	Path  string
	Store *assessment.Store

	seq   int
	order *order
}

// order numbers the snapshots of a session and remembers the newest one written, so that saves
// that run out of order never replace newer answers with older ones.
type order struct {
	mu      sync.Mutex
	taken   int
	written int
	saved   bool // a snapshot was written to its file
}

// Snapshot copies the answers file as it stands now.
func (s *Session) Snapshot() Snapshot {
	s.order.mu.Lock()
	s.order.taken++
	seq := s.order.taken
	s.order.mu.Unlock()
	f := *s.File
	f.Assessment.Interviewees = append([]string(nil), s.File.Assessment.Interviewees...)
	f.Answers = make(map[string]*assessment.Answer, len(s.File.Answers))
	for id, a := range s.File.Answers {
		f.Answers[id] = a
	}
	return Snapshot{File: &f, QN: s.QN, Path: s.Path, Store: s.Store, seq: seq, order: s.order}
}

// Save writes the snapshot atomically to its Path, through its Store when it has one, unless a
// snapshot of the same session taken later was written already. When the store finds that the
// file changed on disk since the interview last read or wrote it, the answers go to a new name
// beside it, returned as moved (see assessment.Store); the session follows it with Moved.
func (sn Snapshot) Save() (moved string, err error) {
	if sn.Path == "" {
		return "", ErrNotNamed
	}
	sn.order.mu.Lock()
	defer sn.order.mu.Unlock()
	if sn.seq < sn.order.written {
		return "", nil
	}
	sn.order.written = sn.seq
	if sn.Store != nil {
		moved, err = sn.Store.Save(sn.File, sn.QN)
	} else {
		err = assessment.Save(sn.Path, sn.File, sn.QN)
	}
	sn.order.saved = sn.order.saved || err == nil
	return moved, err
}

// Saved reports whether the session wrote its answers file at least once.
func (s *Session) Saved() bool {
	s.order.mu.Lock()
	defer s.order.mu.Unlock()
	return s.order.saved
}

// Save writes the answers as they stand now (Snapshot.Save) and follows the file to its new
// name when the save moved it.
func (s *Session) Save() (moved string, err error) {
	moved, err = s.Snapshot().Save()
	s.Moved(moved)
	return moved, err
}

// Moved records the new name a save chose for the answers file; "" changes nothing.
func (s *Session) Moved(path string) {
	if path != "" {
		s.Path = path
	}
}
