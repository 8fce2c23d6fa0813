package report

import (
	"os"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

func TestZZSmoke(t *testing.T) {
	data, _ := os.ReadFile("../../docs/examples/questionnaire-minimal.yaml")
	qn, err := questionnaire.Parse("min.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	f := &assessment.File{
		Questionnaire: assessment.Ref{ID: qn.ID, Version: "0.9.0", Language: "en"},
		Assessment:    assessment.Details{Vendor: "Evil | Corp\n# x", Product: "P", Assessor: "A. Chan", Interviewees: []string{"IT", "vendor <b>"}, Date: "2026-11-28"},
		Digest:        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	}
	a1 := &assessment.Answer{Choice: "abroad", Note: "line1\nline2 https://x.example", Evidence: []string{"escape.go", "call notes"}, Source: "documented", By: "me", At: "2026-11-28T10:00:00+08:00"}
	r := &scoring.Result{Questionnaire: qn, File: f, Overall: 55.55, Scored: true, Band: "Moderate risk", Rating: "High risk", Capped: true,
		Coverage: 0.8333, Answered: 5, Unknown: 1, Visible: 6, Sensitivity: "mixed", Recommendation: &qn.Recommendations[1], RecommendationWhy: "The rating is High risk."}
	for _, s := range qn.Sections {
		r.Sections = append(r.Sections, scoring.SectionResult{Section: s, Score: 40, Scored: true, WeightSum: 3, WeightedSum: 1.2, Answered: 2, Questions: 3})
	}
	for _, q := range qn.Questions() {
		qr := scoring.QuestionResult{Question: q, Visible: true, Status: scoring.StatusUnanswered, Counted: q.Scored()}
		if q.ID == "storage-location" {
			qr.Answer = a1
			qr.Status = scoring.StatusAnswered
			r.Findings = append(r.Findings, scoring.Finding{Question: q, Finding: *q.Options[1].Finding})
		}
		if q.ID == "cert-expiry" {
			qr.Visible = false
			qr.Counted = false
			qr.Status = scoring.StatusHidden
		}
		r.Questions = append(r.Questions, qr)
	}
	r.Extra = []scoring.ExtraAnswer{{ID: "old-q", Answer: &assessment.Answer{Choice: "x", Note: "n"}}}
	out, _ := os.Create("/tmp/smoke.md")
	defer out.Close()
	if err := Markdown(out, r, Options{EvidenceDir: "."}); err != nil {
		t.Fatal(err)
	}
	j, _ := os.Create("/tmp/smoke.json")
	defer j.Close()
	JSON(j, r)
}
