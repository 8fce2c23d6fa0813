package questionnaire

import (
	"strconv"
	"testing"
)

// TestNumbers numbers the profile P1… and the sections' questions 1.1…, hidden ones included.
func TestNumbers(t *testing.T) {
	t.Parallel()
	qn, err := Load("../../docs/examples/questionnaire-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	n := qn.Numbers()
	if len(n) != len(qn.Questions()) {
		t.Errorf("%d numbers for %d questions", len(n), len(qn.Questions()))
	}
	if got := n[qn.Profile[0].ID]; got != "P1" {
		t.Errorf("first profile question: %q", got)
	}
	s := qn.Sections[len(qn.Sections)-1]
	last := s.Questions[len(s.Questions)-1]
	if got, want := n[last.ID], strconv.Itoa(len(qn.Sections))+"."+strconv.Itoa(len(s.Questions)); got != want {
		t.Errorf("last question: %q, want %q", got, want)
	}
	if got := n[qn.Sections[0].Questions[1].ID]; got != "1.2" {
		t.Errorf("second question: %q", got)
	}
	for _, q := range qn.Questions() {
		if got := qn.Number(q); got != n[q.ID] {
			t.Errorf("Number(%s) = %q, Numbers says %q", q.ID, got, n[q.ID])
		}
	}
	if got := qn.Number(&Question{ID: "stranger"}); got != "" {
		t.Errorf("a question of another questionnaire: %q", got)
	}
}
