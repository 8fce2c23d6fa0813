package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// rankBands is a questionnaire with the usual four rating bands, all Rank needs.
var rankBands = &questionnaire.Questionnaire{ID: "q", Version: "1.0.0", Scoring: questionnaire.Scoring{
	Ratings: []questionnaire.Rating{{Min: 80, Label: "Low risk"}, {Min: 60, Label: "Moderate risk"},
		{Min: 40, Label: "High risk"}, {Min: 0, Label: "Critical risk"}},
	CriticalCap: "High risk",
}}

// rankResult makes a result for the ranking: vendor, overall score, rating and the number of
// critical findings; a negative overall means nothing was scored.
func rankResult(vendor string, overall float64, rating string, critical int) *scoring.Result {
	r := &scoring.Result{
		Questionnaire: rankBands,
		File:          &assessment.File{Assessment: assessment.Details{Vendor: vendor}},
		Overall:       overall, Scored: overall >= 0, Rating: rating,
	}
	q := &questionnaire.Question{ID: "q1"}
	for range critical {
		r.Findings = append(r.Findings, scoring.Finding{Question: q, Finding: questionnaire.Finding{Severity: questionnaire.SeverityCritical}})
	}
	r.Findings = append(r.Findings, scoring.Finding{Question: q, Finding: questionnaire.Finding{Severity: questionnaire.SeverityHigh}})
	return r
}

func TestRank(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		results []*scoring.Result
		want    string // "rank:vendor" in order
	}{
		{
			name: "by overall score within a band",
			results: []*scoring.Result{rankResult("A", 61, "Moderate risk", 0), rankResult("B", 79.9, "Moderate risk", 0),
				rankResult("C", 70, "Moderate risk", 0)},
			want: "1:B 2:C 3:A",
		},
		{
			name:    "a better band wins over a higher score",
			results: []*scoring.Result{rankResult("A", 95, "High risk", 1), rankResult("B", 65, "Moderate risk", 0)},
			want:    "1:B 2:A",
		},
		{
			name:    "in the same band a knock-out ranks below a lower score",
			results: []*scoring.Result{rankResult("A", 85, "High risk", 2), rankResult("B", 45, "High risk", 0)},
			want:    "1:B 2:A",
		},
		{
			name: "ties share a rank and the next rank skips",
			results: []*scoring.Result{rankResult("Zed", 70.04, "Moderate risk", 0), rankResult("Amber", 69.96, "Moderate risk", 0),
				rankResult("Mid", 65, "Moderate risk", 0)},
			want: "1:Amber 1:Zed 3:Mid",
		},
		{
			name: "a difference hidden by rounding is a tie, a shown one is not",
			results: []*scoring.Result{rankResult("A", 70.04, "Moderate risk", 0), rankResult("B", 70.06, "Moderate risk", 0),
				rankResult("C", 70.0, "Moderate risk", 0)},
			want: "1:B 2:A 2:C",
		},
		{
			name:    "unscored comes last",
			results: []*scoring.Result{rankResult("None", -1, "", 0), rankResult("Low", 10, "Critical risk", 0)},
			want:    "1:Low 2:None",
		},
		{
			name:    "the same vendor twice keeps the given order",
			results: []*scoring.Result{rankResult("Same", 50, "High risk", 0), rankResult("Same", 50, "High risk", 0)},
			want:    "1:Same#0 1:Same#1",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, rk := range Rank(tt.results) {
				s := fmt.Sprintf("%d:%s", rk.Rank, rk.Result.File.Assessment.Vendor)
				if strings.Contains(tt.want, "#") {
					s += fmt.Sprintf("#%d", rk.Index)
				}
				if rk.Result != tt.results[rk.Index] {
					t.Errorf("Index %d does not point at its result", rk.Index)
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("Rank = %s, want %s", g, tt.want)
			}
		})
	}
}

func TestCompareVersions(t *testing.T) {
	t.Parallel()
	// Each list is in increasing order of precedence.
	ordered := []string{"not-a-version", "0.9.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
		"1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0"}
	for i, a := range ordered {
		for j, b := range ordered {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			if got := sign(compareVersions(a, b)); got != want {
				t.Errorf("compareVersions(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
	if got := compareVersions("1.0.0+build.5", "1.0.0"); got != 0 {
		t.Errorf("build metadata changes the order: %d", got)
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestVendorLabels(t *testing.T) {
	t.Parallel()
	mk := func(vendor, product, date string) *scoring.Result {
		return &scoring.Result{File: &assessment.File{Assessment: assessment.Details{Vendor: vendor, Product: product, Date: date}}}
	}
	tests := []struct {
		name    string
		results []*scoring.Result
		want    []string
	}{
		{"distinct", []*scoring.Result{mk("Lark", "", ""), mk("Slack", "", "")}, []string{"Lark", "Slack"}},
		{"same vendor, other products",
			[]*scoring.Result{mk("Microsoft", "Teams", "2026-01-01"), mk("Microsoft", "Teams Premium", "2026-01-01"), mk("Slack", "Pro", "")},
			[]string{"Microsoft (Teams)", "Microsoft (Teams Premium)", "Slack"}},
		{"same vendor and product, other dates",
			[]*scoring.Result{mk("Lark", "Pro", "2026-01-01"), mk("Lark", "Pro", "2026-02-01")},
			[]string{"Lark (Pro) (2026-01-01)", "Lark (Pro) (2026-02-01)"}},
		{"all the same", []*scoring.Result{mk("X", "", ""), mk("X", "", ""), mk("Y", "", "")}, []string{"X #1", "X #2", "Y"}},
		{"no vendor name", []*scoring.Result{mk("", "", ""), mk(" ", "", "")}, []string{"— #1", "— #2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := vendorLabels(tt.results); !slices.Equal(got, tt.want) {
				t.Errorf("vendorLabels = %q, want %q", got, tt.want)
			}
		})
	}
}
