package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// teamChat loads the versions of the test questionnaire under testdata/compare.
func teamChat(t *testing.T, versions ...string) []*questionnaire.Questionnaire {
	t.Helper()
	var qns []*questionnaire.Questionnaire
	for _, v := range versions {
		qn, err := questionnaire.Load(filepath.Join("testdata", "compare", "team-chat-"+v+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		qns = append(qns, qn)
	}
	return qns
}

// scoreFixture loads an answers file and scores it with the questionnaire of its own version
// among qns, or with the last of them when none has its version.
func scoreFixture(t *testing.T, path string, qns []*questionnaire.Questionnaire) *scoring.Result {
	t.Helper()
	f, err := assessment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	qn := qns[len(qns)-1]
	for _, c := range qns {
		if c.Version == f.Questionnaire.Version {
			qn = c
		}
	}
	return scoring.Score(qn, f)
}

// compareFixtures scores the named answers files of testdata/compare.
func compareFixtures(t *testing.T, qns []*questionnaire.Questionnaire, names ...string) []*scoring.Result {
	t.Helper()
	results := make([]*scoring.Result, len(names))
	for i, n := range names {
		results[i] = scoreFixture(t, filepath.Join("testdata", "compare", n+".answers.yaml"), qns)
	}
	return results
}

// TestCompareGolden renders comparisons and compares them with their golden files: three
// vendors, one with critical findings and one assessed with an older questionnaire version,
// each scored with its own version; the same with only the newest version at hand; six vendors,
// where the differing answers become lists; and the realistic examples of the built-in
// questionnaire.
func TestCompareGolden(t *testing.T) {
	both := teamChat(t, "1.0.0", "1.1.0")
	newest := teamChat(t, "1.1.0")
	builtinExamples := func() []*scoring.Result {
		qn, err := questionnaire.Find(questionnaire.DefaultID, "en")
		if err != nil {
			t.Fatal(err)
		}
		var results []*scoring.Result
		for _, n := range []string{"mainland-provider-keys", "singapore-byok", "selfhosted-macao"} {
			results = append(results, scoreFixture(t, filepath.Join("testdata", "compare", "builtin", n+".answers.yaml"),
				[]*questionnaire.Questionnaire{qn}))
		}
		return results
	}
	tests := []struct {
		name    string
		results []*scoring.Result
	}{
		{"three-vendors", compareFixtures(t, both, "lark", "wecom", "teams")},
		{"three-vendors-one-version", compareFixtures(t, newest, "lark", "wecom", "teams")},
		{"six-vendors", compareFixtures(t, both, "lark", "wecom", "teams", "slack", "mattermost", "dingtalk")},
		{"builtin-examples", builtinExamples()},
	}
	var files []string
	for _, tt := range tests {
		var md, js bytes.Buffer
		if err := Compare(&md, tt.results); err != nil {
			t.Fatalf("%s: Compare: %v", tt.name, err)
		}
		if err := CompareJSON(&js, tt.results); err != nil {
			t.Fatalf("%s: CompareJSON: %v", tt.name, err)
		}
		path := filepath.Join("testdata", "compare", tt.name+".md")
		assertGolden(t, path, md.Bytes())
		assertGolden(t, filepath.Join("testdata", "compare", tt.name+".json"), js.Bytes())
		files = append(files, path)
	}
	t.Run("markdownlint", func(t *testing.T) { lintMarkdown(t, files...) })
}

// TestCompareDeterministic renders the same comparison twice, and with the files in another
// order: the bytes must not change with the run, and the report with the order only where it
// names the order (it does not: vendors appear in ranking order).
func TestCompareDeterministic(t *testing.T) {
	both := teamChat(t, "1.0.0", "1.1.0")
	render := func(names ...string) string {
		var buf bytes.Buffer
		if err := Compare(&buf, compareFixtures(t, both, names...)); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	a := render("lark", "wecom", "teams")
	if b := render("lark", "wecom", "teams"); a != b {
		t.Error("two renderings of the same comparison differ")
	}
	if c := render("teams", "lark", "wecom"); a != c {
		t.Errorf("the order of the files changed the comparison:\n%s", firstDifference(a, c))
	}
}

func TestCompareRefuses(t *testing.T) {
	t.Parallel()
	both := teamChat(t, "1.0.0", "1.1.0")
	one := compareFixtures(t, both, "lark")
	other := *one[0]
	otherQn := *one[0].Questionnaire
	otherQn.ID = "another-questionnaire"
	other.Questionnaire = &otherQn
	tests := []struct {
		name    string
		results []*scoring.Result
		want    string
	}{
		{"one assessment", one, "at least two"},
		{"another questionnaire", append(one, &other), `"another-questionnaire"`},
		{"a missing result", append(one, nil), "no scored result"},
	}
	for _, tt := range tests {
		for _, render := range []func(*bytes.Buffer, []*scoring.Result) error{
			func(b *bytes.Buffer, r []*scoring.Result) error { return Compare(b, r) },
			func(b *bytes.Buffer, r []*scoring.Result) error { return CompareJSON(b, r) },
		} {
			var buf bytes.Buffer
			err := render(&buf, tt.results)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s: error %v, want one saying %s", tt.name, err, tt.want)
			}
			if buf.Len() > 0 {
				t.Errorf("%s: wrote %d bytes before refusing", tt.name, buf.Len())
			}
		}
	}
}

// TestCompareJSONRanking checks the JSON ranking against the Markdown one and the results.
func TestCompareJSONRanking(t *testing.T) {
	t.Parallel()
	results := compareFixtures(t, teamChat(t, "1.0.0", "1.1.0"), "lark", "wecom", "teams")
	var buf bytes.Buffer
	if err := CompareJSON(&buf, results); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Ranking []struct {
			Rank       int    `json:"rank"`
			Assessment int    `json:"assessment"`
			Vendor     string `json:"vendor"`
			Critical   int    `json:"critical_findings"`
		} `json:"ranking"`
		Assessments []map[string]any `json:"assessments"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Assessments) != 3 || len(got.Ranking) != 3 {
		t.Fatalf("%d assessments and %d ranks, want 3 each", len(got.Assessments), len(got.Ranking))
	}
	for i, rk := range Rank(results) {
		g := got.Ranking[i]
		if g.Rank != rk.Rank || g.Assessment != rk.Index || g.Vendor != rk.Result.File.Assessment.Vendor {
			t.Errorf("ranking[%d] = %+v, want rank %d of assessment %d", i, g, rk.Rank, rk.Index)
		}
		if g.Critical != criticalCount(rk.Result) {
			t.Errorf("ranking[%d] has %d critical findings, want %d", i, g.Critical, criticalCount(rk.Result))
		}
	}
	for i, a := range got.Assessments {
		vendor := a["assessment"].(map[string]any)["vendor"]
		if vendor != results[i].File.Assessment.Vendor {
			t.Errorf("assessments[%d] is %v, want %s: assessments keep the order given", i, vendor, results[i].File.Assessment.Vendor)
		}
	}
}

// TestCompareProfileWarning warns at the top when the vendors were profiled differently, and
// only then.
func TestCompareProfileWarning(t *testing.T) {
	t.Parallel()
	render := func(rs ...*scoring.Result) string {
		var buf bytes.Buffer
		if err := Compare(&buf, rs); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	a, b := exampleResult(t, "mainland-provider-keys", "en"), exampleResult(t, "singapore-byok", "en")
	got := render(a, b)
	head, _, _ := strings.Cut(got, "## ")
	for _, want := range []string{"**Not like for like**: ", "(mixed for Meridian Workspace Pte. Ltd. (fictional); high for Huitong Cloud Office (fictional))", "(P1 and P2)",
		"cannot be compared as they stand."} {
		if !strings.Contains(head, want) {
			t.Errorf("the comparison's top lacks %q:\n%s", want, head)
		}
	}
	if same := render(a, exampleResult(t, "mainland-provider-keys", "en")); strings.Contains(same, "Not like for like") {
		t.Errorf("a warning for two assessments with the same profile:\n%s", same)
	}
}
