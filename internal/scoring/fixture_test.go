package scoring

import (
	"math"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// formulaYAML is a questionnaire small enough to compute every score by hand.
//
// Profile: use (multi: chat low, hr high, customers mixed, other none) and hr-detail (choice,
// shown when use includes hr: health high, payroll mixed).
//
// Section a, weight 2 (w = question weight):
//
//	c          choice w2   top 1, mid 0.5, bad 0 (critical finding); unknown: critical finding
//	m-min      multi  w1   x 1, y 0.25, z 0.5 (low finding); aggregate min (the default)
//	m-max      multi  w1   the same options; max
//	m-mean     multi  w1   the same options; mean
//	m-sum      multi  w1   x 0.75, y 0.5, z 0.125 (low finding); sum capped at 1
//	good-no    yesno  w1   good: no; yes raises a high finding
//	good-yes   yesno  w1   good: yes; no raises a medium finding
//	exp        date   w2   expiry
//	na-ok      yesno  w1   allow_na
//	cond       choice w1   shown when c is mid: ok 1, no 0 (medium finding)
//	info       choice w0   a 1 (info finding), b 0: not scored, still raises findings
//
// Section b, weight 1:
//
//	b1         yesno  w1   allow_na
//	chain      yesno  w1   shown when cond is ok (so hidden whenever cond is)
//	multi-cond yesno  w1   shown when m-min includes z
//	note       text   w0
//
// Ratings: Low from 80, Medium from 50, High from 0; a critical finding caps at Medium.
// Recommendations in order: Replace (high and High), Hybrid (high), Controls (Medium or High),
// Keep.
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
      - {id: customers, label: Customers, sensitivity: mixed}
      - {id: other, label: Other}
  - id: hr-detail
    prompt: HR detail
    kind: choice
    when: {question: use, in: [hr]}
    options:
      - {id: health, label: Health, sensitivity: high}
      - {id: payroll, label: Payroll, sensitivity: mixed}
recommendations:
  - when: {sensitivity: [high], rating: [High]}
    title: Replace
  - when: {sensitivity: [high]}
    title: Hybrid
  - when: {rating: [Medium, High]}
    title: Controls
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
          - {id: bad, label: Bad, score: 0, finding: {severity: critical, text: Bad c., remedy: Fix c.}}
      - id: m-min
        prompt: M
        kind: multi
        options:
          - {id: x, label: X, score: 1}
          - {id: y, label: Y, score: 0.25}
          - {id: z, label: Z, score: 0.5, finding: {severity: low, text: Z.}}
      - id: m-max
        prompt: M
        kind: multi
        aggregate: max
        options:
          - {id: x, label: X, score: 1}
          - {id: y, label: Y, score: 0.25}
          - {id: z, label: Z, score: 0.5, finding: {severity: low, text: Z.}}
      - id: m-mean
        prompt: M
        kind: multi
        aggregate: mean
        options:
          - {id: x, label: X, score: 1}
          - {id: y, label: Y, score: 0.25}
          - {id: z, label: Z, score: 0.5, finding: {severity: low, text: Z.}}
      - id: m-sum
        prompt: M
        kind: multi
        aggregate: sum
        options:
          - {id: x, label: X, score: 0.75}
          - {id: y, label: Y, score: 0.5}
          - {id: z, label: Z, score: 0.125, finding: {severity: low, text: Z sum.}}
      - id: good-no
        prompt: G
        kind: yesno
        good: no
        finding_yes: {severity: high, text: Said yes.}
      - id: good-yes
        prompt: G
        kind: yesno
        finding_no: {severity: medium, text: Said no.}
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
        options:
          - {id: ok, label: OK, score: 1}
          - {id: no, label: No, score: 0, finding: {severity: medium, text: Cond no.}}
      - id: info
        prompt: Info
        kind: choice
        weight: 0
        options:
          - {id: a, label: A, score: 1, finding: {severity: info, text: Info a.}}
          - {id: b, label: B, score: 0}
  - id: b
    title: B
    weight: 1
    questions:
      - id: b1
        prompt: B1
        kind: yesno
        allow_na: true
      - id: chain
        prompt: Chain
        kind: yesno
        when: {question: cond, in: [ok]}
      - id: multi-cond
        prompt: Multi cond
        kind: yesno
        when: {question: m-min, in: [z]}
      - id: note
        prompt: Note
        kind: text
`

// parseFormula loads formulaYAML.
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

// file is an answers file dated 2026-11-28 with the answers.
func file(answers map[string]*assessment.Answer) *assessment.File {
	return &assessment.File{Assessment: assessment.Details{Vendor: "V", Date: "2026-11-28"}, Answers: answers}
}

// questionResult returns the result for the question with the id.
func questionResult(t *testing.T, r *Result, id string) QuestionResult {
	t.Helper()
	for _, qr := range r.Questions {
		if qr.Question.ID == id {
			return qr
		}
	}
	t.Fatalf("no result for %s", id)
	return QuestionResult{}
}

// near compares scores computed in floating point with the hand-computed value.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
