package scoring

import (
	"math"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// formulaYAML is a questionnaire small enough to compute every score by hand.
//
// Section a (weight 2): choice c (w 2), multi m-min (w 1), multi m-max (w 1), multi m-mean
// (w 1), multi m-sum (w 1), yesno good-no (w 1), date exp (w 2, expiry), yesno na-ok (w 1,
// allow_na), choice cond (w 1, shown when c is "mid").
// Section b (weight 1): yesno b1 (w 1, allow_na).
const formulaYAML = `
id: formula
version: 1.0.0
language: en
title: Formula
scoring:
  ratings: [{min: 80, label: Low}, {min: 50, label: Medium}, {min: 0, label: High}]
  critical_cap: Medium
profile:
  - id: use
    prompt: Use
    kind: multi
    options:
      - {id: chat, label: Chat, sensitivity: low}
      - {id: hr, label: HR, sensitivity: high}
      - {id: mix, label: Mixed, sensitivity: mixed}
recommendations:
  - when: {sensitivity: [high], rating: [High]}
    title: Replace
  - when: {sensitivity: [high]}
    title: Hybrid
  - title: Keep
sections:
  - id: a
    title: A
    weight: 2
    questions:
      - id: c
        prompt: C
        kind: choice
        weight: 2
        finding_unknown: {severity: critical, text: Unknown c.}
        options:
          - {id: top, label: Top, score: 1}
          - {id: mid, label: Mid, score: 0.5}
          - id: bad
            label: Bad
            score: 0
            finding: {severity: critical, text: Bad c., remedy: Fix c.}
      - id: m-min
        prompt: M
        kind: multi
        options: [{id: x, label: X, score: 1}, {id: y, label: Y, score: 0.25}]
      - id: m-max
        prompt: M
        kind: multi
        aggregate: max
        options: [{id: x, label: X, score: 1}, {id: y, label: Y, score: 0.25}]
      - id: m-mean
        prompt: M
        kind: multi
        aggregate: mean
        options: [{id: x, label: X, score: 1}, {id: y, label: Y, score: 0.25}]
      - id: m-sum
        prompt: M
        kind: multi
        aggregate: sum
        options: [{id: x, label: X, score: 0.75}, {id: y, label: Y, score: 0.5}]
      - id: good-no
        prompt: G
        kind: yesno
        good: no
        finding_yes: {severity: high, text: Said yes.}
      - id: exp
        prompt: E
        kind: date
        expiry: true
        weight: 2
      - id: na-ok
        prompt: N
        kind: yesno
        allow_na: true
      - id: cond
        prompt: Cond
        kind: choice
        when: {question: c, in: [mid]}
        options: [{id: ok, label: OK, score: 1}, {id: no, label: No, score: 0}]
  - id: b
    title: B
    weight: 1
    questions:
      - id: b1
        prompt: B1
        kind: yesno
        allow_na: true
`

func parseFormula(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Parse("formula.yaml", []byte(formulaYAML))
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

func choice(id string) *assessment.Answer      { return &assessment.Answer{Choice: id} }
func choices(ids ...string) *assessment.Answer { return &assessment.Answer{Choices: ids} }
func date(d string) *assessment.Answer         { return &assessment.Answer{Date: d} }
func unknown() *assessment.Answer              { return &assessment.Answer{Unknown: true} }
func na() *assessment.Answer                   { return &assessment.Answer{NA: true} }
func file(answers map[string]*assessment.Answer) *assessment.File {
	return &assessment.File{Assessment: assessment.Details{Vendor: "V", Date: "2026-11-28"}, Answers: answers}
}

func TestQuestionScores(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	tests := []struct {
		name   string
		id     string
		answer *assessment.Answer
		score  float64
		status Status
	}{
		{"choice best", "c", choice("top"), 1, StatusAnswered},
		{"choice middle", "c", choice("mid"), 0.5, StatusAnswered},
		{"choice removed option", "c", choice("gone"), 0, StatusUnanswered},
		{"multi min", "m-min", choices("x", "y"), 0.25, StatusAnswered},
		{"multi max", "m-max", choices("x", "y"), 1, StatusAnswered},
		{"multi mean (1+0.25)/2", "m-mean", choices("x", "y"), 0.625, StatusAnswered},
		{"multi sum 0.75+0.5 capped", "m-sum", choices("x", "y"), 1, StatusAnswered},
		{"multi sum one", "m-sum", choices("y"), 0.5, StatusAnswered},
		{"yesno good no answered no", "good-no", choice("no"), 1, StatusAnswered},
		{"yesno good no answered yes", "good-no", choice("yes"), 0, StatusAnswered},
		{"date 91 days later", "exp", date("2027-02-27"), 1, StatusAnswered},
		{"date exactly 90 days later", "exp", date("2027-02-26"), 0.5, StatusAnswered},
		{"date tomorrow", "exp", date("2026-11-29"), 0.5, StatusAnswered},
		{"date on the assessment day", "exp", date("2026-11-28"), 0, StatusAnswered},
		{"date past", "exp", date("2025-01-01"), 0, StatusAnswered},
		{"unknown", "c", unknown(), 0, StatusUnknown},
		{"unanswered", "c", nil, 0, StatusUnanswered},
		{"na allowed", "na-ok", na(), 0, StatusNA},
		{"na not allowed", "c", na(), 0, StatusUnanswered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			answers := map[string]*assessment.Answer{}
			if tt.answer != nil {
				answers[tt.id] = tt.answer
			}
			r := Score(qn, file(answers))
			qr := questionResultFor(t, r, tt.id)
			if qr.Score != tt.score || qr.Status != tt.status {
				t.Errorf("score %v status %s, want %v %s", qr.Score, qr.Status, tt.score, tt.status)
			}
		})
	}
}

func questionResultFor(t *testing.T, r *Result, id string) QuestionResult {
	t.Helper()
	for _, qr := range r.Questions {
		if qr.Question.ID == id {
			return qr
		}
	}
	t.Fatalf("no result for %s", id)
	return QuestionResult{}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestSectionsAndOverall(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	tests := []struct {
		name           string
		answers        map[string]*assessment.Answer
		a, b, overall  float64
		bScored        bool
		coverage       float64
		rating, band   string
		capped         bool
		sensitivity    questionnaire.Sensitivity
		recommendation string
		findings       int
	}{
		{
			// Section a, c=mid shows cond: weights c2 m1 m1 m1 m1 g1 e2 n(NA) cond1 = 10.
			// Σw·s = 2·0.5 + 1·0.25 + 1·1 + 1·0.625 + 1·1 + 1·1 + 2·1 + 1·1 = 7.875 → 78.75.
			// Section b: b1 = yes → 100. Overall = (2·78.75 + 1·100)/3 = 85.833…
			name: "everything answered",
			answers: map[string]*assessment.Answer{
				"use": choices("chat"), "c": choice("mid"), "m-min": choices("x", "y"), "m-max": choices("x", "y"),
				"m-mean": choices("x", "y"), "m-sum": choices("x", "y"), "good-no": choice("no"),
				"exp": date("2028-01-01"), "na-ok": na(), "cond": choice("ok"), "b1": choice("yes"),
			},
			a: 78.75, b: 100, bScored: true, overall: (2*78.75 + 100) / 3, coverage: 1,
			rating: "Low", band: "Low", sensitivity: "low", recommendation: "Keep",
		},
		{
			// c=top hides cond. Section b all N/A: not scored, overall = section a alone.
			// a: weights c2 m1 m1 m1 m1 g1 e2 = 9 (na-ok N/A); Σw·s = 2 + 1 + 1 + 1 + 1 + 1 + 2 = 9 → 100.
			name: "all-N/A section and hidden question",
			answers: map[string]*assessment.Answer{
				"c": choice("top"), "m-min": choices("x"), "m-max": choices("x"), "m-mean": choices("x"),
				"m-sum": choices("x", "y"), "good-no": choice("no"), "exp": date("2028-01-01"),
				"na-ok": na(), "cond": choice("no"), "b1": na(),
			},
			a: 100, overall: 100, coverage: 1, rating: "Low", band: "Low", sensitivity: "unknown", recommendation: "Keep",
		},
		{
			// A critical finding caps a good score. c=bad (0, critical), the rest perfect:
			// a: Σw = 9, Σw·s = 0 + 1 + 1 + 1 + 1 + 1 + 2 = 7 → 77.78; b 100;
			// overall = (2·700/9 + 100)/3 = 85.19 → band Low, capped to Medium.
			name: "critical cap lowers a good score",
			answers: map[string]*assessment.Answer{
				"use": choices("chat", "hr"), "c": choice("bad"), "m-min": choices("x"), "m-max": choices("x"),
				"m-mean": choices("x"), "m-sum": choices("x", "y"), "good-no": choice("no"),
				"exp": date("2028-01-01"), "na-ok": na(), "b1": choice("yes"),
			},
			a: 700.0 / 9, b: 100, bScored: true, overall: (2*700.0/9 + 100) / 3, coverage: 1,
			rating: "Medium", band: "Low", capped: true, sensitivity: "high", recommendation: "Hybrid", findings: 1,
		},
		{
			// Nothing answered: unknown c raises its critical finding; everything scores 0.
			// a: Σw = 2+1+1+1+1+1+2+1 = 10 (na-ok unanswered counts) → 0; b: 0 → overall 0.
			name: "unknown and unanswered score zero",
			answers: map[string]*assessment.Answer{
				"use": choices("mix"), "c": unknown(),
			},
			a: 0, b: 0, bScored: true, overall: 0, coverage: 0,
			rating: "High", band: "High", sensitivity: "mixed", recommendation: "Keep", findings: 1,
		},
		{
			// High sensitivity with a High rating takes the first entry. c=bad hides cond, so
			// 9 questions are visible and scored (8 in a, 1 in b) and one is answered.
			name: "recommendation order",
			answers: map[string]*assessment.Answer{
				"use": choices("hr", "chat"), "c": choice("bad"),
			},
			a: 0, b: 0, bScored: true, overall: 0, coverage: 1.0 / 9,
			rating: "High", band: "High", sensitivity: "high", recommendation: "Replace", findings: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := Score(qn, file(tt.answers))
			if !near(r.Sections[0].Score, tt.a) || !r.Sections[0].Scored {
				t.Errorf("section a = %v (scored %v), want %v", r.Sections[0].Score, r.Sections[0].Scored, tt.a)
			}
			if r.Sections[1].Scored != tt.bScored || (tt.bScored && !near(r.Sections[1].Score, tt.b)) {
				t.Errorf("section b = %v (scored %v), want %v (scored %v)", r.Sections[1].Score, r.Sections[1].Scored, tt.b, tt.bScored)
			}
			if !near(r.Overall, tt.overall) || !r.Scored {
				t.Errorf("overall = %v, want %v", r.Overall, tt.overall)
			}
			if !near(r.Coverage, tt.coverage) {
				t.Errorf("coverage = %v, want %v", r.Coverage, tt.coverage)
			}
			if r.Rating != tt.rating || r.Band != tt.band || r.Capped != tt.capped {
				t.Errorf("rating %q band %q capped %v, want %q %q %v", r.Rating, r.Band, r.Capped, tt.rating, tt.band, tt.capped)
			}
			if r.Sensitivity != tt.sensitivity {
				t.Errorf("sensitivity %q, want %q", r.Sensitivity, tt.sensitivity)
			}
			if r.Recommendation == nil || r.Recommendation.Title != tt.recommendation {
				t.Errorf("recommendation %v, want %q", r.Recommendation, tt.recommendation)
			}
			if len(r.Findings) != tt.findings {
				t.Errorf("%d findings, want %d: %+v", len(r.Findings), tt.findings, r.Findings)
			}
		})
	}
}

func TestFindingsAndExtras(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	r := Score(qn, file(map[string]*assessment.Answer{
		"good-no": choice("yes"), "exp": date("2026-01-01"), "c": choice("bad"),
		"old-question": choice("x"), "another-old": unknown(),
	}))
	var got []string
	for _, f := range r.Findings {
		got = append(got, string(f.Severity)+":"+f.Question.ID)
	}
	want := []string{"critical:c", "high:good-no", "high:exp"}
	if len(got) != len(want) {
		t.Fatalf("findings %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("findings %v, want %v", got, want)
		}
	}
	if len(r.Extra) != 2 || r.Extra[0].ID != "another-old" || r.Extra[1].ID != "old-question" {
		t.Errorf("extra answers %+v, want another-old and old-question", r.Extra)
	}
}

func TestAssurance(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	r := Score(qn, file(map[string]*assessment.Answer{
		"c":       {Choice: "top", Source: assessment.SourceVerified},
		"good-no": {Choice: "no", Source: assessment.SourceDocumented},
		"m-min":   {Choices: []string{"x"}, Source: assessment.SourceStated},
		"m-max":   {Choices: []string{"x"}},
		"b1":      {Unknown: true, Source: assessment.SourceStated},
	}))
	want := Assurance{Stated: 1, Documented: 1, Verified: 1, Unspecified: 1}
	if r.Assurance != want {
		t.Errorf("assurance %+v, want %+v", r.Assurance, want)
	}
}

func TestVisible(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	cond := qn.Question("cond")
	for _, tt := range []struct {
		answer *assessment.Answer
		want   bool
	}{
		{choice("mid"), true}, {choice("top"), false}, {unknown(), false}, {nil, false},
	} {
		answers := map[string]*assessment.Answer{}
		if tt.answer != nil {
			answers["c"] = tt.answer
		}
		if got := Visible(qn, answers, cond); got != tt.want {
			t.Errorf("Visible with c=%+v = %v, want %v", tt.answer, got, tt.want)
		}
		if got := Visibility(qn, answers)["cond"]; got != tt.want {
			t.Errorf("Visibility with c=%+v = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	answers := map[string]*assessment.Answer{"c": choice("bad"), "good-no": choice("yes"), "z": choice("q"), "y": choice("q")}
	first := Score(qn, file(answers))
	for range 20 {
		again := Score(qn, file(answers))
		if again.Overall != first.Overall || len(again.Findings) != len(first.Findings) || again.Extra[0].ID != first.Extra[0].ID {
			t.Fatal("scores differ between runs")
		}
	}
}
