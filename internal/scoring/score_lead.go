package scoring

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// expiryWindow is how close to the assessment date an expiry date scores only half.
const expiryWindow = 90 * 24 * time.Hour

// Score applies the scoring formula to the answers and returns the whole result.
func Score(qn *questionnaire.Questionnaire, f *assessment.File) *Result {
	r := &Result{Questionnaire: qn, File: f, Sensitivity: questionnaire.SensitivityUnknown}
	answers := f.Answers
	assessed, _ := time.Parse(time.DateOnly, f.Assessment.Date)
	visible := Visibility(qn, answers)

	for _, q := range qn.Profile {
		qr := questionResult(q, answers[q.ID], visible[q.ID], assessed)
		r.Questions = append(r.Questions, qr)
		if qr.Status == StatusAnswered {
			r.raiseSensitivity(q, answers[q.ID])
		}
	}
	var weighted, weights float64
	for _, s := range qn.Sections {
		sr := SectionResult{Section: s}
		for _, q := range s.Questions {
			a := answers[q.ID]
			qr := questionResult(q, a, visible[q.ID], assessed)
			r.Questions = append(r.Questions, qr)
			if qr.Visible {
				r.Findings = append(r.Findings, findings(q, a, qr, assessed)...)
			}
			if !q.Scored() || !qr.Visible {
				continue
			}
			r.count(&sr, qr)
		}
		if sr.WeightSum > 0 {
			sr.Scored = true
			sr.Score = 100 * sr.WeightedSum / sr.WeightSum
			weighted += s.Weight * sr.Score
			weights += s.Weight
		}
		r.Sections = append(r.Sections, sr)
	}
	if weights > 0 {
		r.Scored = true
		r.Overall = weighted / weights
	}
	if r.Visible > 0 {
		r.Coverage = float64(r.Answered) / float64(r.Visible)
	}
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		return cmp.Compare(b.Severity.Rank(), a.Severity.Rank())
	})
	r.rate()
	r.recommend()
	r.Extra = extras(qn, answers)
	return r
}

// count adds one visible scored question to its section's sums and to the totals.
func (r *Result) count(sr *SectionResult, qr QuestionResult) {
	w := qr.Question.Weight
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
	sr.WeightSum += w
	sr.WeightedSum += w * qr.Score
}

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

// questionResult scores one question from its answer.
func questionResult(q *questionnaire.Question, a *assessment.Answer, visible bool, assessed time.Time) QuestionResult {
	qr := QuestionResult{Question: q, Answer: a, Visible: visible, Status: StatusUnanswered}
	switch {
	case !visible:
		qr.Status = StatusHidden
		return qr
	case !a.Answered():
	case a.NA && q.AllowNA:
		qr.Status = StatusNA
	case a.NA:
		qr.Problem = "answered not applicable, which this question does not allow"
	case a.Unknown:
		qr.Status = StatusUnknown
	default:
		qr.Score, qr.Problem = answerScore(q, a, assessed)
		if qr.Problem == "" {
			qr.Status = StatusAnswered
		}
	}
	qr.Counted = q.Scored() && qr.Status != StatusNA
	if qr.Status != StatusAnswered {
		qr.Score = 0
	}
	return qr
}

// answerScore returns s_q for a value answer, or a problem when the answer does not fit.
func answerScore(q *questionnaire.Question, a *assessment.Answer, assessed time.Time) (float64, string) {
	switch q.Kind {
	case questionnaire.KindChoice, questionnaire.KindYesNo:
		o := q.Option(a.Choice)
		if o == nil {
			return 0, fmt.Sprintf("option %q is not offered by this version", a.Choice)
		}
		return o.Score, ""
	case questionnaire.KindMulti:
		return multiScore(q, a.Choices)
	case questionnaire.KindDate:
		d, err := time.Parse(time.DateOnly, a.Date)
		if err != nil {
			return 0, fmt.Sprintf("date %q is not YYYY-MM-DD", a.Date)
		}
		return expiryScore(d, assessed), ""
	case questionnaire.KindText:
		if a.Text == "" {
			return 0, "a text question needs a text answer"
		}
		return 0, ""
	}
	return 0, "unknown kind"
}

func multiScore(q *questionnaire.Question, choices []string) (float64, string) {
	if len(choices) == 0 {
		return 0, "no option chosen"
	}
	scores := make([]float64, 0, len(choices))
	for _, id := range choices {
		o := q.Option(id)
		if o == nil {
			return 0, fmt.Sprintf("option %q is not offered by this version", id)
		}
		scores = append(scores, o.Score)
	}
	switch q.Aggregate {
	case questionnaire.AggregateMax:
		return slices.Max(scores), ""
	case questionnaire.AggregateMean:
		var sum float64
		for _, s := range scores {
			sum += s
		}
		return sum / float64(len(scores)), ""
	case questionnaire.AggregateSum:
		var sum float64
		for _, s := range scores {
			sum += s
		}
		return math.Min(sum, 1), ""
	}
	return slices.Min(scores), ""
}

// expiryScore scores an expiry date against the assessment date: 1 when more than 90 days
// later, 0.5 within 90 days, 0 on or before it.
func expiryScore(expiry, assessed time.Time) float64 {
	left := expiry.Sub(assessed)
	switch {
	case left <= 0:
		return 0
	case left <= expiryWindow:
		return 0.5
	}
	return 1
}

// findings lists the findings an answer raises.
func findings(q *questionnaire.Question, a *assessment.Answer, qr QuestionResult, assessed time.Time) []Finding {
	var out []Finding
	add := func(f *questionnaire.Finding) {
		if f != nil {
			out = append(out, Finding{Question: q, Finding: *f})
		}
	}
	switch qr.Status {
	case StatusUnknown:
		add(q.FindingUnknown)
	case StatusAnswered:
		switch q.Kind {
		case questionnaire.KindChoice, questionnaire.KindYesNo:
			add(q.Option(a.Choice).Finding)
		case questionnaire.KindMulti:
			for _, id := range a.Choices {
				add(q.Option(id).Finding)
			}
		case questionnaire.KindDate:
			if d, _ := time.Parse(time.DateOnly, a.Date); q.Expiry && expiryScore(d, assessed) == 0 {
				add(&questionnaire.Finding{
					Severity: questionnaire.SeverityHigh,
					Text:     fmt.Sprintf("The date given (%s) is not after the assessment date.", a.Date),
					Remedy:   "Obtain the renewed document and record its new date.",
				})
			}
		}
	}
	return out
}

func (r *Result) raiseSensitivity(q *questionnaire.Question, a *assessment.Answer) {
	ids := a.Choices
	if a.Choice != "" {
		ids = []string{a.Choice}
	}
	for _, id := range ids {
		if o := q.Option(id); o != nil && o.Sensitivity.Rank() > r.Sensitivity.Rank() {
			r.Sensitivity = o.Sensitivity
		}
	}
}

// rate sets the band of the overall score and the rating after the critical cap.
func (r *Result) rate() {
	qn := r.Questionnaire
	if !r.Scored {
		return
	}
	r.Band = qn.RatingFor(r.Overall)
	r.Rating = r.Band
	if limit := qn.Scoring.CriticalCap; limit != "" && r.hasCritical() && qn.RatingRank(r.Band) < qn.RatingRank(limit) {
		r.Rating = limit
		r.Capped = true
	}
}

func (r *Result) hasCritical() bool {
	for _, f := range r.Findings {
		if f.Severity == questionnaire.SeverityCritical {
			return true
		}
	}
	return false
}

// recommend picks the first recommendation whose conditions hold.
func (r *Result) recommend() {
	for i := range r.Questionnaire.Recommendations {
		rec := &r.Questionnaire.Recommendations[i]
		if rec.When == nil {
			r.Recommendation = rec
			r.RecommendationWhy = fmt.Sprintf("No earlier entry applies; sensitivity is %s and the rating is %s.", r.Sensitivity, r.ratingText())
			return
		}
		if len(rec.When.Sensitivity) > 0 && !slices.Contains(rec.When.Sensitivity, r.Sensitivity) {
			continue
		}
		if len(rec.When.Rating) > 0 && !slices.Contains(rec.When.Rating, r.Rating) {
			continue
		}
		r.Recommendation = rec
		r.RecommendationWhy = fmt.Sprintf("Sensitivity is %s and the rating is %s.", r.Sensitivity, r.ratingText())
		return
	}
}

func (r *Result) ratingText() string {
	if r.Rating == "" {
		return "not rated"
	}
	return r.Rating
}

// extras lists the answers whose ids the questionnaire does not have, sorted by id.
func extras(qn *questionnaire.Questionnaire, answers map[string]*assessment.Answer) []ExtraAnswer {
	var out []ExtraAnswer
	for id, a := range answers {
		if qn.Question(id) == nil {
			out = append(out, ExtraAnswer{ID: id, Answer: a})
		}
	}
	slices.SortFunc(out, func(a, b ExtraAnswer) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Visible reports whether the question's condition holds for the answers: its target is visible
// and answered with one of the listed options.
func Visible(qn *questionnaire.Questionnaire, answers map[string]*assessment.Answer, q *questionnaire.Question) bool {
	for depth := 0; q != nil && q.When != nil; depth++ {
		if depth > len(qn.Questions()) {
			return false
		}
		if !holds(q.When, answers[q.When.Question]) {
			return false
		}
		q = qn.Question(q.When.Question)
	}
	return true
}

// Visibility evaluates every question's condition once, in questionnaire order; conditions only
// point backwards, so each target is already decided.
func Visibility(qn *questionnaire.Questionnaire, answers map[string]*assessment.Answer) map[string]bool {
	all := qn.Questions()
	vis := make(map[string]bool, len(all))
	for _, q := range all {
		if q.When == nil {
			vis[q.ID] = true
			continue
		}
		vis[q.ID] = vis[q.When.Question] && holds(q.When, answers[q.When.Question])
	}
	return vis
}

// holds reports whether the answer to a condition's target is one of the listed options.
func holds(c *questionnaire.Condition, a *assessment.Answer) bool {
	if a == nil || a.Unknown || a.NA {
		return false
	}
	if slices.Contains(c.In, a.Choice) {
		return true
	}
	for _, id := range a.Choices {
		if slices.Contains(c.In, id) {
			return true
		}
	}
	return false
}
