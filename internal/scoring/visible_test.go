package scoring

import (
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

func TestVisible(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	tests := []struct {
		name     string
		question string
		answers  map[string]*assessment.Answer
		want     bool
	}{
		{"no condition", "c", nil, true},
		{"target answered with a listed option", "cond", map[string]*assessment.Answer{"c": choice("mid")}, true},
		{"target answered with another option", "cond", map[string]*assessment.Answer{"c": choice("top")}, false},
		{"target unanswered", "cond", nil, false},
		{"target with only a note", "cond", map[string]*assessment.Answer{"c": {Note: "mid"}}, false},
		{"target unknown", "cond", map[string]*assessment.Answer{"c": unknown()}, false},
		{"target N/A", "cond", map[string]*assessment.Answer{"c": na()}, false},
		{"choice target answered with a list", "cond", map[string]*assessment.Answer{"c": choices("mid")}, false},
		{"chain: both conditions hold", "chain", map[string]*assessment.Answer{"c": choice("mid"), "cond": choice("ok")}, true},
		{"chain: the target is hidden", "chain", map[string]*assessment.Answer{"c": choice("top"), "cond": choice("ok")}, false},
		{"chain: the target's answer is not listed", "chain", map[string]*assessment.Answer{"c": choice("mid"), "cond": choice("no")}, false},
		{"multi target including a listed option", "multi-cond", map[string]*assessment.Answer{"m-min": choices("x", "z")}, true},
		{"multi target without one", "multi-cond", map[string]*assessment.Answer{"m-min": choices("x", "y")}, false},
		{"multi target answered with one choice", "multi-cond", map[string]*assessment.Answer{"m-min": choice("z")}, false},
		{"multi target unknown", "multi-cond", map[string]*assessment.Answer{"m-min": unknown()}, false},
		{"profile condition holds", "hr-detail", map[string]*assessment.Answer{"use": choices("chat", "hr")}, true},
		{"profile condition fails", "hr-detail", map[string]*assessment.Answer{"use": choices("chat")}, false},
	}
	for _, tt := range tests {
		if got := Visible(qn, tt.answers, qn.Question(tt.question)); got != tt.want {
			t.Errorf("%s: Visible(%s) = %v, want %v", tt.name, tt.question, got, tt.want)
		}
		vis := Visibility(qn, tt.answers)
		for _, q := range qn.Questions() {
			if vis[q.ID] != Visible(qn, tt.answers, q) {
				t.Errorf("%s: Visibility and Visible disagree on %s", tt.name, q.ID)
			}
		}
	}
}
