package tui

import (
	"fmt"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/vendorcheck/vendorcheck/internal/benchpair"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// BenchmarkInterviewKeystroke measures Update and View of one key press on a question screen,
// for a small and a large questionnaire: the cost must not grow with the questionnaire. The
// last sub-benchmark presses the key in both in turn (see benchpair.Run): x-50 is the ratio.
func BenchmarkInterviewKeystroke(b *testing.B) {
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	for _, n := range []int{50, 2000} {
		b.Run(fmt.Sprintf("questions=%d", n), func(b *testing.B) {
			m := keystrokeModel(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				m.Update(down)
				_ = m.View()
			}
		})
	}
	b.Run("questions=2000-vs-50", func(b *testing.B) {
		small, large := keystrokeModel(b, 50), keystrokeModel(b, 2000)
		b.ResetTimer()
		benchpair.Run(b, "50", benchpair.Self, func() {
			small.Update(down)
			_ = small.View()
		}, func() {
			large.Update(down)
			_ = large.View()
		})
	})
}

// keystrokeModel returns an interview of a generated questionnaire of n questions at 80×24, on
// a question in the middle that has options to move through.
func keystrokeModel(b *testing.B, n int) *Model {
	qn, err := questionnaire.Parse("generated.yaml", testgen.Questionnaire(n))
	if err != nil {
		b.Fatal(err)
	}
	f := testgen.Answers(qn, 1)
	path := filepath.Join(b.TempDir(), "a.answers.yaml")
	m := New(interview.NewSession(qn, f, path), Options{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.goTo(m.s.IndexOf(fmt.Sprintf("q-%05d", n/2+1)))
	for !m.s.Question(m.cur).HasOptions() {
		m.goTo(m.s.Next(m.cur))
	}
	return m
}
