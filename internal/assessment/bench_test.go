package assessment_test

import (
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
)

// benchFile is a complete answers file for a generated questionnaire of 500 scored questions,
// about the interview's save after the last answer of a very long assessment.
func benchFile(b *testing.B) (*questionnaire.Questionnaire, *assessment.File, []byte) {
	qn, err := questionnaire.Parse("gen.yaml", testgen.Questionnaire(500))
	if err != nil {
		b.Fatal(err)
	}
	f := testgen.Answers(qn, 1)
	data, err := assessment.Marshal(f, qn)
	if err != nil {
		b.Fatal(err)
	}
	return qn, f, data
}

func BenchmarkParse(b *testing.B) {
	_, _, data := benchFile(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := assessment.Parse("a.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshal(b *testing.B) {
	qn, f, data := benchFile(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := assessment.Marshal(f, qn); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSave(b *testing.B) {
	qn, f, _ := benchFile(b)
	path := b.TempDir() + "/a.answers.yaml"
	for b.Loop() {
		if err := assessment.Save(path, f, qn); err != nil {
			b.Fatal(err)
		}
	}
}
