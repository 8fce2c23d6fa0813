package tui

import (
	"fmt"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// BenchmarkInterviewKeystroke measures Update and View of one key press on a question screen,
// for a small and a large questionnaire: the cost must not grow with the questionnaire.
func BenchmarkInterviewKeystroke(b *testing.B) {
	for _, n := range []int{50, 2000} {
		b.Run(fmt.Sprintf("questions=%d", n), func(b *testing.B) {
			qn, err := questionnaire.Parse("generated.yaml", testgen.Questionnaire(n))
			if err != nil {
				b.Fatal(err)
			}
			f := testgen.Answers(qn, 1)
			path := filepath.Join(b.TempDir(), "a.answers.yaml")
			m := New(NewSession(qn, f, path), Options{})
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			// A question in the middle, with options to move through.
			m.goTo(m.s.IndexOf(fmt.Sprintf("q-%05d", n/2+1)))
			for !m.s.Question(m.cur).HasOptions() {
				m.goTo(m.s.Next(m.cur))
			}
			down := tea.KeyPressMsg{Code: tea.KeyDown}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				m.Update(down)
				_ = m.View()
			}
		})
	}
}
