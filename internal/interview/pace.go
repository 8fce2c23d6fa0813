package interview

import (
	"math"
	"slices"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// AskedAtFirst counts the questions a new interview of qn asks before any answer: those whose
// conditions hold with no answers.
func AskedAtFirst(qn *questionnaire.Questionnaire) int {
	n := 0
	for _, visible := range scoring.Visibility(qn, map[string]*assessment.Answer{}) {
		if visible {
			n++
		}
	}
	return n
}

// defaultPace is the time a question takes when no answers file here says otherwise: reading
// it, asking and noting the answer.
const defaultPace = 45 * time.Second

// EstimateMinutes is how long n questions take at the pace (defaultPace when 0), in minutes,
// rounded to 5 minutes (at least 5).
func EstimateMinutes(n int, pace time.Duration) int {
	if pace <= 0 {
		pace = defaultPace
	}
	return max(int(math.Round(float64(n)*pace.Minutes()/5))*5, 5)
}

// Pace measures how long a question takes from the times recorded in answers files: the median
// of the gaps between answers given one after the other, ignoring breaks of more than 15
// minutes. It is 0 when the files hold fewer than 10 such gaps.
func Pace(files []*assessment.File) time.Duration {
	var gaps []time.Duration
	for _, f := range files {
		var times []time.Time
		for _, a := range f.Answers {
			if at, err := time.Parse(time.RFC3339, a.At); err == nil {
				times = append(times, at)
			}
		}
		slices.SortFunc(times, time.Time.Compare)
		for i := 1; i < len(times); i++ {
			if gap := times[i].Sub(times[i-1]); gap > 0 && gap <= 15*time.Minute {
				gaps = append(gaps, gap)
			}
		}
	}
	if len(gaps) < 10 {
		return 0
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/2]
}
