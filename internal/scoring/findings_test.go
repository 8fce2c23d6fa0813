package scoring

import (
	"reflect"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

func TestFindings(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	tests := []struct {
		name    string
		answers map[string]*assessment.Answer
		want    []string // severity:question:text
	}{
		{"chosen option", map[string]*assessment.Answer{"c": choice("bad")}, []string{"critical:c:Bad c."}},
		{"option without a finding", map[string]*assessment.Answer{"c": choice("mid")}, nil},
		{"finding_unknown", map[string]*assessment.Answer{"c": unknown()}, []string{"critical:c:Unknown c."}},
		{"unknown without finding_unknown", map[string]*assessment.Answer{"good-no": unknown()}, nil},
		{"yesno finding_yes through the implied option", map[string]*assessment.Answer{"good-no": choice("yes")}, []string{"high:good-no:Said yes."}},
		{"yesno finding_no", map[string]*assessment.Answer{"good-yes": choice("no")}, []string{"medium:good-yes:Said no."}},
		{"yesno good answer", map[string]*assessment.Answer{"good-yes": choice("yes"), "good-no": choice("no")}, nil},
		{"each chosen multi option", map[string]*assessment.Answer{"m-min": choices("z", "x"), "m-sum": choices("z")},
			[]string{"low:m-min:Z.", "low:m-sum:Z sum."}},
		{"expired date", map[string]*assessment.Answer{"exp": date("2026-11-28")},
			[]string{"high:exp:expired 2026-11-28"}},
		{"date within 90 days", map[string]*assessment.Answer{"exp": date("2026-12-01")}, []string{"low:exp:expiring 2026-12-01"}},
		{"date on the 90th day", map[string]*assessment.Answer{"exp": date("2027-02-26")}, []string{"low:exp:expiring 2027-02-26"}},
		{"date after 90 days", map[string]*assessment.Answer{"exp": date("2027-02-27")}, nil},
		{"weight 0 question", map[string]*assessment.Answer{"info": choice("a")}, []string{"info:info:Info a."}},
		{"hidden question", map[string]*assessment.Answer{"c": choice("top"), "cond": choice("no")}, nil},
		{"visible question", map[string]*assessment.Answer{"c": choice("mid"), "cond": choice("no")}, []string{"medium:cond:Cond no."}},
		{"N/A not allowed", map[string]*assessment.Answer{"good-yes": na()}, nil},
		{"option not offered", map[string]*assessment.Answer{"m-min": choices("z", "w")}, nil},
		{
			// Most severe first; within a severity, the questionnaire's order (c before cond,
			// good-no before exp, m-min before m-max before m-sum), whatever the answers' order.
			"order", map[string]*assessment.Answer{
				"info": choice("a"), "m-sum": choices("z"), "m-max": choices("z"), "m-min": choices("z"),
				"exp": date("2020-02-29"), "good-yes": choice("no"), "good-no": choice("yes"), "c": unknown(),
			},
			[]string{"critical:c:Unknown c.", "high:good-no:Said yes.",
				"high:exp:expired 2020-02-29",
				"medium:good-yes:Said no.", "low:m-min:Z.", "low:m-max:Z.", "low:m-sum:Z sum.", "info:info:Info a."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, f := range Score(qn, file(tt.answers)).Findings {
				text := f.Text
				if f.Kind != FindingWritten {
					text = string(f.Kind) + " " + f.Date
				}
				got = append(got, string(f.Severity)+":"+f.Question.ID+":"+text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestFindingCarriesRemedy(t *testing.T) {
	t.Parallel()
	qn := parseFormula(t)
	r := Score(qn, file(map[string]*assessment.Answer{"c": choice("bad"), "exp": date("2026-01-01")}))
	want := []Finding{
		{Question: qn.Question("c"), Finding: questionnaire.Finding{Severity: "critical", Text: "Bad c.", Remedy: "Fix c."}},
		// Made by the program: a kind and a date, no words (the report words them).
		{Question: qn.Question("exp"), Kind: FindingExpired, Date: "2026-01-01", Finding: questionnaire.Finding{Severity: "high"}},
	}
	if !reflect.DeepEqual(r.Findings, want) {
		t.Errorf("findings %+v, want %+v", r.Findings, want)
	}
}
