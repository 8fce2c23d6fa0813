package scoring

import (
	"reflect"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// TestQuestionScores checks s_q for every kind and rule, one question answered at a time.
func TestQuestionScores(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	tests := []struct {
		name    string
		id      string
		answer  *assessment.Answer
		score   float64
		status  Status
		counted bool
		problem string
	}{
		{"choice best", "c", choice("top"), 1, StatusAnswered, true, ""},
		{"choice middle", "c", choice("mid"), 0.5, StatusAnswered, true, ""},
		{"choice worst", "c", choice("bad"), 0, StatusAnswered, true, ""},
		{"choice no longer offered", "c", choice("gone"), 0, StatusUnanswered, true, `option "gone" is not offered by this version`},
		{"choice answered with a date", "c", date("2027-01-01"), 0, StatusUnanswered, true, "answered with a date, but this question takes one option"},
		// min: the weakest chosen option counts.
		{"min of x 1, y 0.25 = 0.25", "m-min", choices("x", "y"), 0.25, StatusAnswered, true, ""},
		{"min of x 1, z 0.5 = 0.5", "m-min", choices("z", "x"), 0.5, StatusAnswered, true, ""},
		{"min of x alone = 1", "m-min", choices("x"), 1, StatusAnswered, true, ""},
		{"max of y 0.25, z 0.5 = 0.5", "m-max", choices("y", "z"), 0.5, StatusAnswered, true, ""},
		{"max of x 1, y 0.25 = 1", "m-max", choices("x", "y"), 1, StatusAnswered, true, ""},
		{"mean of x, y = (1 + 0.25) / 2 = 0.625", "m-mean", choices("x", "y"), 0.625, StatusAnswered, true, ""},
		{"mean of x, y, z = (1 + 0.25 + 0.5) / 3", "m-mean", choices("x", "y", "z"), 1.75 / 3, StatusAnswered, true, ""},
		{"mean counts a repeated option once: x, x, y = 0.625", "m-mean", choices("x", "x", "y"), 0.625, StatusAnswered, true, ""},
		{"sum of x 0.75, y 0.5 = 1.25, capped at 1", "m-sum", choices("x", "y"), 1, StatusAnswered, true, ""},
		{"sum of y 0.5, z 0.125 = 0.625", "m-sum", choices("y", "z"), 0.625, StatusAnswered, true, ""},
		{"sum of z alone = 0.125", "m-sum", choices("z"), 0.125, StatusAnswered, true, ""},
		{"multi with an option no longer offered", "m-sum", choices("x", "w"), 0, StatusUnanswered, true, `option "w" is not offered by this version`},
		{"multi answered with one choice", "m-sum", choice("x"), 0, StatusUnanswered, true, "answered with one option, but this question takes a list of options"},
		{"yesno good no, answered no", "good-no", choice("no"), 1, StatusAnswered, true, ""},
		{"yesno good no, answered yes", "good-no", choice("yes"), 0, StatusAnswered, true, ""},
		{"yesno good yes, answered yes", "good-yes", choice("yes"), 1, StatusAnswered, true, ""},
		{"yesno good yes, answered no", "good-yes", choice("no"), 0, StatusAnswered, true, ""},
		{"yesno takes no true", "good-yes", choice("true"), 0, StatusUnanswered, true, `option "true" is not offered by this version`},
		// Expiry against 2026-11-28: Nov has 2 days left, Dec 31, Jan 31, so 2027-02-26 is
		// 2 + 31 + 31 + 26 = 90 days later.
		{"expiry 2 years later", "exp", date("2028-11-28"), 1, StatusAnswered, true, ""},
		{"expiry 91 days later", "exp", date("2027-02-27"), 1, StatusAnswered, true, ""},
		{"expiry exactly 90 days later", "exp", date("2027-02-26"), 0.5, StatusAnswered, true, ""},
		{"expiry the day after", "exp", date("2026-11-29"), 0.5, StatusAnswered, true, ""},
		{"expiry on the assessment day", "exp", date("2026-11-28"), 0, StatusAnswered, true, ""},
		{"expiry long past", "exp", date("2025-01-01"), 0, StatusAnswered, true, ""},
		{"expiry answered with text", "exp", &assessment.Answer{Text: "soon"}, 0, StatusUnanswered, true, "answered with a text, but this question takes a date"},
		{"unknown scores 0", "c", unknown(), 0, StatusUnknown, true, ""},
		{"unknown on a yesno", "good-no", unknown(), 0, StatusUnknown, true, ""},
		{"no answer scores 0", "c", nil, 0, StatusUnanswered, true, ""},
		{"a note without a value scores 0", "c", &assessment.Answer{Note: "ask again"}, 0, StatusUnanswered, true, ""},
		{"N/A where allowed leaves the sums", "na-ok", na(), 0, StatusNA, false, ""},
		{"N/A where not allowed is unanswered", "c", na(), 0, StatusUnanswered, true, "answered not applicable, which this question does not allow"},
		{"weight 0 is recorded, not counted", "info", choice("a"), 1, StatusAnswered, false, ""},
		{"text is recorded, not counted", "note", &assessment.Answer{Text: "x"}, 0, StatusAnswered, false, ""},
		{"hidden question", "cond", choice("ok"), 0, StatusHidden, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			answers := map[string]*assessment.Answer{}
			if tt.answer != nil {
				answers[tt.id] = tt.answer
			}
			qr := questionResult(t, Score(qn, file(answers)), tt.id)
			if !near(qr.Score, tt.score) || qr.Status != tt.status || qr.Counted != tt.counted || problemCode(qr) != tt.problem {
				t.Errorf("score %v, status %s, counted %v, problem %q; want %v, %s, %v, %q",
					qr.Score, qr.Status, qr.Counted, problemCode(qr), tt.score, tt.status, tt.counted, tt.problem)
			}
			if qr.Answer != tt.answer {
				t.Error("the result does not point at the answer")
			}
		})
	}
}

func TestExpiryWithoutAssessmentDate(t *testing.T) {
	t.Parallel()
	f := file(map[string]*assessment.Answer{"exp": date("2020-01-01")})
	f.Assessment.Date = ""
	r := Score(parseFormula(t), f)
	qr := questionResult(t, r, "exp")
	if qr.Status != StatusUnanswered || qr.Problem == nil || qr.Problem.Code != assessment.ProblemUndated {
		t.Errorf("status %s problem %+v", qr.Status, qr.Problem)
	}
	if len(r.Findings) != 0 {
		t.Errorf("findings without an assessment date: %+v", r.Findings)
	}
}

// TestSectionsAndOverall checks the section scores, the overall score, the counts, coverage,
// rating, sensitivity and recommendation of whole assessments, computed by hand.
func TestSectionsAndOverall(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	type counts struct{ answered, unknown, unanswered, na, visible int }
	tests := []struct {
		name        string
		answers     map[string]*assessment.Answer
		a, b        float64
		bScored     bool
		overall     float64
		counts      counts
		coverage    float64
		band        string
		rating      string
		capped      bool
		sensitivity questionnaire.Sensitivity
		recommend   string
	}{
		{
			// c = mid shows cond; cond = ok shows chain; m-min lacks z, so multi-cond is hidden.
			// a: Σw = c 2 + m-min 1 + m-max 1 + m-mean 1 + m-sum 1 + good-no 1 + good-yes 1
			//         + exp 2 + cond 1 = 11 (na-ok N/A, info weight 0)
			//    Σw·s = 2·0.5 + 0.25 + 1 + 0.625 + 1 + 1 + 1 + 2·1 + 1 = 8.875 → 100·8.875/11 = 80.68
			// b: b1 1 + chain 1 = 2 of 2 → 100
			// overall = (2·80.68 + 1·100) / 3 = 87.12 → Low
			name: "everything answered",
			answers: map[string]*assessment.Answer{
				"use": choices("chat"), "c": choice("mid"), "m-min": choices("x", "y"), "m-max": choices("x", "y"),
				"m-mean": choices("x", "y"), "m-sum": choices("x", "y"), "good-no": choice("no"), "good-yes": choice("yes"),
				"exp": date("2028-01-01"), "na-ok": na(), "cond": choice("ok"), "info": choice("a"),
				"b1": choice("yes"), "chain": choice("yes"), "note": {Text: "t"},
			},
			a: 100 * 8.875 / 11, b: 100, bScored: true, overall: (2*100*8.875/11 + 100) / 3,
			counts: counts{answered: 11, na: 1, visible: 11}, coverage: 1,
			band: "Low", rating: "Low", sensitivity: "low", recommend: "Keep",
		},
		{
			// c = top hides cond, and so chain, although both are answered. Section b: b1 N/A,
			// chain and multi-cond hidden: Σw = 0, not scored; the overall is section a alone.
			// a: Σw = 2 + 1 + 1 + 1 + 1 + 1 + 1 + 2 = 10, every s = 1 → 100.
			name: "an all-N/A section and hidden questions",
			answers: map[string]*assessment.Answer{
				"c": choice("top"), "m-min": choices("x"), "m-max": choices("x"), "m-mean": choices("x"),
				"m-sum": choices("x", "y"), "good-no": choice("no"), "good-yes": choice("yes"), "exp": date("2028-01-01"),
				"na-ok": na(), "cond": choice("no"), "chain": choice("no"), "b1": na(),
			},
			a: 100, overall: 100, counts: counts{answered: 8, na: 2, visible: 8}, coverage: 1,
			band: "Low", rating: "Low", sensitivity: "unknown", recommend: "Keep",
		},
		{
			// c = bad raises a critical finding and hides cond.
			// a: Σw = 2 + 1 + 1 + 1 + 1 + 1 + 1 + 2 + na-ok 1 = 11; Σw·s = 0 + 9·1 = 9 → 81.82
			// b: b1 yes → 100. overall = (2·900/11 + 100) / 3 = 87.88 → band Low, capped to Medium.
			// use includes hr: high, although hr-detail payroll is only mixed.
			name: "a critical finding caps a good score",
			answers: map[string]*assessment.Answer{
				"use": choices("chat", "hr"), "hr-detail": choice("payroll"), "c": choice("bad"),
				"m-min": choices("x"), "m-max": choices("x"), "m-mean": choices("x"), "m-sum": choices("x", "y"),
				"good-no": choice("no"), "good-yes": choice("yes"), "exp": date("2028-01-01"), "na-ok": choice("yes"),
				"b1": choice("yes"),
			},
			a: 900.0 / 11, b: 100, bScored: true, overall: (2*900.0/11 + 100) / 3,
			counts: counts{answered: 10, visible: 10}, coverage: 1,
			band: "Low", rating: "Medium", capped: true, sensitivity: "high", recommend: "Hybrid",
		},
		{
			// Only c = bad answered: a = 0 over Σw = 11 (na-ok unanswered counts); b: b1 → 0.
			// overall 0 → High, already worse than the cap: not capped.
			// coverage = 1 answered / (9 in a + 1 in b) = 0.1.
			name: "a critical finding below the cap",
			answers: map[string]*assessment.Answer{
				"use": choices("customers"), "c": choice("bad"),
			},
			a: 0, b: 0, bScored: true, overall: 0, counts: counts{answered: 1, unanswered: 9, visible: 10}, coverage: 0.1,
			band: "High", rating: "High", sensitivity: "mixed", recommend: "Controls",
		},
		{
			// Unknown and unanswered score 0 and are counted apart. a: 0 over Σw = 11.
			// b: b1 yes → 100. overall = (2·0 + 100) / 3 = 33.33 → High.
			// hr-detail health is visible (use includes hr): high.
			name: "unknown and unanswered score zero",
			answers: map[string]*assessment.Answer{
				"use": choices("hr"), "hr-detail": choice("health"), "c": unknown(), "m-min": unknown(), "b1": choice("yes"),
			},
			a: 0, b: 100, bScored: true, overall: 100.0 / 3, counts: counts{answered: 1, unknown: 2, unanswered: 7, visible: 10},
			coverage: 0.1, band: "High", rating: "High", sensitivity: "high", recommend: "Replace",
		},
		{
			// c = mid shows cond (left unanswered), which hides chain; m-min includes z, which
			// shows multi-cond. exp 2027-01-15 is 2 + 31 + 15 = 48 days later: 0.5.
			// a: Σw = 2 + 1 + 1 + 1 + 1 + 1 + 1 + 2 + 1 + cond 1 = 12
			//    Σw·s = 2·0.5 + min(1, 0.5) + max(1, 0.5) + (0.25 + 0.5)/2 + (0.5 + 0.125)
			//           + 0 + 0 + 2·0.5 + 0 + 0 = 1 + 0.5 + 1 + 0.375 + 0.625 + 1 = 4.5 → 37.5
			// b: b1 unknown 0, multi-cond yes 1 → 50. overall = (2·37.5 + 50) / 3 = 41.67 → High.
			name: "partial answers and a condition on a multi question",
			answers: map[string]*assessment.Answer{
				"c": choice("mid"), "m-min": choices("x", "z"), "m-max": choices("x", "z"), "m-mean": choices("y", "z"),
				"m-sum": choices("y", "z"), "good-no": choice("yes"), "good-yes": choice("no"), "exp": date("2027-01-15"),
				"na-ok": choice("no"), "b1": unknown(), "multi-cond": choice("yes"), "chain": choice("yes"),
			},
			a: 37.5, b: 50, bScored: true, overall: 125.0 / 3,
			counts: counts{answered: 10, unknown: 1, unanswered: 1, visible: 12}, coverage: 10.0 / 12,
			band: "High", rating: "High", sensitivity: "unknown", recommend: "Controls",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := Score(qn, file(tt.answers))
			a, b := r.Sections[0], r.Sections[1]
			if !a.Scored || !near(a.Score, tt.a) {
				t.Errorf("section a = %v (scored %v), want %v", a.Score, a.Scored, tt.a)
			}
			if b.Scored != tt.bScored || (tt.bScored && !near(b.Score, tt.b)) {
				t.Errorf("section b = %v (scored %v), want %v (scored %v)", b.Score, b.Scored, tt.b, tt.bScored)
			}
			if !r.Scored || !near(r.Overall, tt.overall) {
				t.Errorf("overall = %v, want %v", r.Overall, tt.overall)
			}
			got := counts{r.Answered, r.Unknown, r.Unanswered, r.NA, r.Visible}
			if got != tt.counts {
				t.Errorf("counts %+v, want %+v", got, tt.counts)
			}
			if sum := (counts{a.Answered + b.Answered, a.Unknown + b.Unknown, a.Unanswered + b.Unanswered, a.NA + b.NA, a.Questions + b.Questions}); sum != got {
				t.Errorf("section counts add up to %+v, totals are %+v", sum, got)
			}
			if !near(r.Coverage, tt.coverage) {
				t.Errorf("coverage = %v, want %v", r.Coverage, tt.coverage)
			}
			if r.Band != tt.band || r.Rating != tt.rating || r.Capped != tt.capped {
				t.Errorf("band %q rating %q capped %v, want %q %q %v", r.Band, r.Rating, r.Capped, tt.band, tt.rating, tt.capped)
			}
			if r.Sensitivity != tt.sensitivity {
				t.Errorf("sensitivity %q, want %q", r.Sensitivity, tt.sensitivity)
			}
			if r.Recommendation == nil || r.Recommendation.Title != tt.recommend {
				t.Errorf("recommendation %+v, want %q", r.Recommendation, tt.recommend)
			}
			if len(r.Questions) != len(qn.Questions()) {
				t.Errorf("%d question results for %d questions", len(r.Questions), len(qn.Questions()))
			}
		})
	}
}

func TestNothingScored(t *testing.T) {
	t.Parallel()
	qn, err := questionnaire.Parse("na.yaml", []byte(`
id: na-only
version: 1.0.0
language: en
title: N/A only
scoring:
  ratings: [{min: 50, label: Fine}, {min: 0, label: Poor}]
recommendations:
  - title: Review
sections:
  - id: s
    title: S
    weight: 1
    questions:
      - {id: q, prompt: Q, kind: yesno, allow_na: true}
`))
	if err != nil {
		t.Fatal(err)
	}
	r := Score(qn, file(map[string]*assessment.Answer{"q": na()}))
	if r.Scored || r.Sections[0].Scored || r.Overall != 0 || r.Band != "" || r.Rating != "" || r.Coverage != 0 || r.Visible != 0 || r.NA != 1 {
		t.Errorf("scored %v section %v overall %v band %q rating %q coverage %v visible %d na %d",
			r.Scored, r.Sections[0].Scored, r.Overall, r.Band, r.Rating, r.Coverage, r.Visible, r.NA)
	}
	// The only entry has no condition: it is not a fallback after earlier entries.
	if r.RecommendationFallback {
		t.Error("the only entry is taken for a fallback")
	}
}

func TestAssurance(t *testing.T) {
	t.Parallel()
	r := Score(parseFormula(t), file(map[string]*assessment.Answer{
		"use":     {Choices: []string{"chat"}, Source: assessment.SourceVerified}, // profile: not scored
		"c":       {Choice: "top", Source: assessment.SourceVerified},
		"good-no": {Choice: "no", Source: assessment.SourceDocumented},
		"m-min":   {Choices: []string{"x"}, Source: assessment.SourceStated},
		"m-max":   {Choices: []string{"x"}},
		"m-mean":  {Choices: []string{"x"}, Source: assessment.SourceDocumented},
		"b1":      {Unknown: true, Source: assessment.SourceStated},          // unknown: not answered
		"na-ok":   {NA: true, Source: assessment.SourceVerified},             // N/A: not counted
		"cond":    {Choice: "ok", Source: assessment.SourceVerified},         // hidden
		"info":    {Choice: "a", Source: assessment.SourceVerified},          // weight 0
		"m-sum":   {Choices: []string{"w"}, Source: assessment.SourceStated}, // option not offered
	}))
	want := Assurance{Stated: 1, Documented: 2, Verified: 1, Unspecified: 1}
	if r.Assurance != want {
		t.Errorf("assurance %+v, want %+v", r.Assurance, want)
	}
}

func TestExtras(t *testing.T) {
	t.Parallel()
	old, gone := choice("x"), unknown()
	r := Score(parseFormula(t), file(map[string]*assessment.Answer{"zz-old": old, "c": choice("top"), "aa-gone": gone}))
	want := []ExtraAnswer{{ID: "aa-gone", Answer: gone}, {ID: "zz-old", Answer: old}}
	if !reflect.DeepEqual(r.Extra, want) {
		t.Errorf("extra %+v, want %+v", r.Extra, want)
	}
	if r.Answered != 1 || r.Visible != 10 {
		t.Errorf("answers not in the questionnaire were counted: %d of %d", r.Answered, r.Visible)
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	answers := func() map[string]*assessment.Answer {
		return map[string]*assessment.Answer{
			"c": choice("bad"), "good-no": choice("yes"), "m-min": choices("z", "y"), "m-max": choices("y", "z"),
			"good-yes": choice("no"), "z": choice("q"), "y": choice("q"), "x": unknown(), "exp": date("2020-01-01"),
		}
	}
	f := file(answers())
	first := Score(qn, f)
	for range 20 {
		f.Answers = answers() // a new map: a new iteration order
		if again := Score(qn, f); !reflect.DeepEqual(again, first) {
			t.Fatal("the same answers gave different results")
		}
	}
}

// problemCode returns a question result's problem in the English of the warnings, or "" for
// none.
func problemCode(qr QuestionResult) string {
	if qr.Problem == nil {
		return ""
	}
	return qr.Problem.String()
}
