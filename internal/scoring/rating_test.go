package scoring

import (
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

func TestRate(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t) // Low from 80, Medium from 50, High from 0; cap Medium
	critical := []Finding{{Finding: questionnaire.Finding{Severity: questionnaire.SeverityCritical}}}
	high := []Finding{{Finding: questionnaire.Finding{Severity: questionnaire.SeverityHigh}}}
	tests := []struct {
		name         string
		overall      float64
		findings     []Finding
		band, rating string
		capped       bool
	}{
		{"top", 100, nil, "Low", "Low", false},
		{"on a band's minimum", 80, nil, "Low", "Low", false},
		{"just below it", 79.99, nil, "Medium", "Medium", false},
		{"Medium's minimum", 50, nil, "Medium", "Medium", false},
		{"bottom", 0, nil, "High", "High", false},
		{"critical lowers Low to the cap", 95, critical, "Low", "Medium", true},
		{"critical on the cap itself", 60, critical, "Medium", "Medium", false},
		{"critical below the cap", 20, critical, "High", "High", false},
		{"high findings do not cap", 95, high, "Low", "Low", false},
	}
	for _, tt := range tests {
		r := &Result{Questionnaire: qn, Overall: tt.overall, Scored: true, Findings: tt.findings}
		r.rate()
		if r.Band != tt.band || r.Rating != tt.rating || r.Capped != tt.capped {
			t.Errorf("%s: band %q rating %q capped %v, want %q %q %v", tt.name, r.Band, r.Rating, r.Capped, tt.band, tt.rating, tt.capped)
		}
	}

	noCap := *qn
	noCap.Scoring.CriticalCap = ""
	r := &Result{Questionnaire: &noCap, Overall: 95, Scored: true, Findings: critical}
	r.rate()
	if r.Rating != "Low" || r.Capped {
		t.Errorf("without critical_cap: rating %q capped %v", r.Rating, r.Capped)
	}
}

func TestSensitivity(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	tests := []struct {
		name    string
		answers map[string]*assessment.Answer
		want    questionnaire.Sensitivity
	}{
		{"no profile answer", nil, "unknown"},
		{"an option without sensitivity", map[string]*assessment.Answer{"use": choices("other")}, "unknown"},
		{"unknown", map[string]*assessment.Answer{"use": unknown()}, "unknown"},
		{"low", map[string]*assessment.Answer{"use": choices("chat", "other")}, "low"},
		{"mixed above low", map[string]*assessment.Answer{"use": choices("chat", "customers")}, "mixed"},
		{"high above mixed", map[string]*assessment.Answer{"use": choices("customers", "hr")}, "high"},
		{"from another profile question", map[string]*assessment.Answer{"use": choices("hr"), "hr-detail": choice("health")}, "high"},
		{"the highest of both", map[string]*assessment.Answer{"use": choices("chat", "hr"), "hr-detail": choice("payroll")}, "high"},
		{"a hidden profile question does not count", map[string]*assessment.Answer{"use": choices("chat"), "hr-detail": choice("health")}, "low"},
		{"an answer that does not fit does not count", map[string]*assessment.Answer{"use": choices("hr", "gone")}, "unknown"},
	}
	for _, tt := range tests {
		if got := Score(qn, file(tt.answers)).Sensitivity; got != tt.want {
			t.Errorf("%s: sensitivity %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRecommend(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t) // Replace (high and High), Hybrid (high), Controls (Medium or High), Keep
	tests := []struct {
		sensitivity questionnaire.Sensitivity
		rating      string
		want        string
		fallback    bool
	}{
		{"high", "High", "Replace", false},
		{"high", "Medium", "Hybrid", false},
		{"high", "Low", "Hybrid", false},
		{"high", "", "Hybrid", false},
		{"mixed", "High", "Controls", false},
		{"unknown", "Medium", "Controls", false},
		{"low", "Low", "Keep", true},
		{"unknown", "", "Keep", true},
	}
	for _, tt := range tests {
		r := &Result{Questionnaire: qn, Sensitivity: tt.sensitivity, Rating: tt.rating}
		r.recommend(&env{qn: qn, sensitivity: tt.sensitivity, rating: tt.rating})
		if r.Recommendation == nil || r.Recommendation.Title != tt.want || r.RecommendationFallback != tt.fallback {
			t.Errorf("%s/%s: %+v fallback %v, want %s %v", tt.sensitivity, tt.rating, r.Recommendation, r.RecommendationFallback, tt.want, tt.fallback)
		}
	}
}
