package scoring

import (
	"cmp"
	"slices"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Score applies the scoring formula of the design to the answers and returns the whole result.
//
// For each visible scored question q, s_q in [0, 1] comes from the answer; unknown and unanswered
// score 0 and are counted apart; N/A (where allowed) and hidden questions leave both sums. A
// section scores 100·Σ w_q·s_q / Σ w_q (not scored when Σ w_q = 0); the overall score is
// Σ W_s·score_s / Σ W_s over the scored sections. Then come coverage, findings, the rating with
// the critical cap, the sensitivity from the profile and the recommendation. Score reads no
// clock and iterates no map into its output: the same inputs always give the same Result.
func Score(qn *questionnaire.Questionnaire, f *assessment.File) *Result {
	r := &Result{Questionnaire: qn, File: f, Sensitivity: questionnaire.SensitivityUnknown}
	answers := f.Answers
	s := scorer{visible: Visibility(qn, answers)}
	if d, err := time.Parse(time.DateOnly, f.Assessment.Date); err == nil {
		s.assessed, s.dated = d, true
	}

	for _, q := range qn.Profile {
		qr := s.question(q, answers[q.ID])
		r.Questions = append(r.Questions, qr)
		if qr.Status == StatusAnswered {
			r.raiseSensitivity(q, qr.Answer)
		}
	}
	var weighted, weights float64
	perSection := make([][]Finding, len(qn.Sections))
	for i, sec := range qn.Sections {
		sr := SectionResult{Section: sec}
		for _, q := range sec.Questions {
			qr := s.question(q, answers[q.ID])
			r.Questions = append(r.Questions, qr)
			perSection[i] = append(perSection[i], s.findings(qr)...)
			if q.Scored() && qr.Visible {
				r.count(&sr, qr)
			}
		}
		if sr.WeightSum > 0 {
			sr.Scored = true
			sr.Score = 100 * sr.WeightedSum / sr.WeightSum
			weighted += sec.Weight * sr.Score
			weights += sec.Weight
		}
		r.Sections = append(r.Sections, sr)
	}
	if weights > 0 {
		r.Scored = true
		r.Overall = weighted / weights
		r.Band = qn.RatingFor(r.Overall)
	}
	if r.Visible > 0 {
		r.Coverage = float64(r.Answered) / float64(r.Visible)
	}
	r.Complete = r.Unanswered == 0
	e := &env{qn: qn, answers: answers, visible: s.visible, sensitivity: r.Sensitivity, complete: r.Complete}
	r.applyRules(e, perSection)
	// Findings were gathered in questionnaire order; a stable sort keeps it within a severity.
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		return cmp.Compare(b.Severity.Rank(), a.Severity.Rank())
	})
	r.rate()
	e.rating, e.worst = r.Rating, worst(r.Findings)
	r.recommend(e)
	r.NextReview = nextReview(f.Assessment.Date, r.Recommendation)
	r.Accepted = acceptedRisks(f, r.Findings)
	r.Extra = extras(qn, answers)
	return r
}

// scorer holds what scoring one question needs besides the question and its answer.
type scorer struct {
	visible  map[string]bool
	assessed time.Time // the assessment date
	dated    bool      // whether the file has a valid assessment date
}

// count adds one visible scored question to its section's sums and to the totals.
func (r *Result) count(sr *SectionResult, qr QuestionResult) {
	switch qr.Status {
	case StatusNA:
		sr.NA++
		r.NA++
		return
	case StatusAnswered:
		sr.Answered++
		r.Answered++
		r.Assurance.add(qr.Answer.Source)
	case StatusUnknown:
		sr.Unknown++
		r.Unknown++
	default:
		sr.Unanswered++
		r.Unanswered++
	}
	sr.Questions++
	r.Visible++
	w := qr.Question.Weight
	sr.WeightSum += w
	sr.WeightedSum += w * qr.Score
}

// add counts one answer by how far it is backed.
func (a *Assurance) add(source string) {
	switch source {
	case assessment.SourceStated:
		a.Stated++
	case assessment.SourceDocumented:
		a.Documented++
	case assessment.SourceVerified:
		a.Verified++
	default:
		a.Unspecified++
	}
}

// extras lists the answers whose ids the questionnaire does not have, sorted by id; a nil answer
// is no answer.
func extras(qn *questionnaire.Questionnaire, answers map[string]*assessment.Answer) []ExtraAnswer {
	var out []ExtraAnswer
	for id, a := range answers {
		if a != nil && qn.Question(id) == nil {
			out = append(out, ExtraAnswer{ID: id, Answer: a})
		}
	}
	slices.SortFunc(out, func(a, b ExtraAnswer) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
