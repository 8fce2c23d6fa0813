package report

import (
	"os"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

func TestZZDefault(t *testing.T) {
	qn, err := questionnaire.Find(questionnaire.DefaultID, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []int64{1, 2, 3} {
		out, _ := os.Create("testdata/zz-default-" + string(rune('0'+seed)) + ".md")
		if err := Markdown(out, scoring.Score(qn, testgen.Answers(qn, seed)), Options{}); err != nil {
			t.Fatal(err)
		}
		out.Close()
	}
	gen, _ := questionnaire.Parse("g.yaml", testgen.Questionnaire(60))
	out, _ := os.Create("testdata/zz-gen.md")
	Markdown(out, scoring.Score(gen, testgen.Answers(gen, 5)), Options{})
	out.Close()
}
