package questionnaire_test

import (
	"bytes"
	"io/fs"
	"testing"

	"go.yaml.in/yaml/v4"

	"github.com/vendorcheck/vendorcheck/internal/benchpair"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
	"github.com/vendorcheck/vendorcheck/questionnaires"
)

// BenchmarkLoad measures parsing and validating a questionnaire: the built-in default one, and
// a generated one with 2,000 scored questions (the target is under 20 ms).
func BenchmarkLoad(b *testing.B) {
	b.Run("default", func(b *testing.B) {
		name := questionnaire.DefaultID + ".en.yaml"
		data, err := fs.ReadFile(questionnaires.FS, name)
		if err != nil {
			b.Skipf("no built-in %s yet", name)
		}
		benchParse(b, name, data)
	})
	b.Run("questions=2000", func(b *testing.B) {
		benchParse(b, "generated.yaml", testgen.Questionnaire(2000))
	})
}

func benchParse(b *testing.B, name string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := questionnaire.Parse(name, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkYAMLNodes measures the YAML library alone building the node tree of the generated
// 2,000-question file, as Parse does first: the floor under BenchmarkLoad/questions=2000.
func BenchmarkYAMLNodes(b *testing.B) {
	data := testgen.Questionnaire(2000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		l, err := yaml.NewLoader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		var doc yaml.Node
		if err := l.Load(&doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadVsYAML loads the generated 2,000-question file in turn with the YAML library
// alone building its node tree (see benchpair.Run): x-yaml is what our decoding and checks
// cost on top of the YAML library, the figure the target is stated in.
func BenchmarkLoadVsYAML(b *testing.B) {
	data := testgen.Questionnaire(2000)
	benchpair.Run(b, "yaml", benchpair.Self, func() {
		l, err := yaml.NewLoader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		var doc yaml.Node
		if err := l.Load(&doc); err != nil {
			b.Fatal(err)
		}
	}, func() {
		if _, err := questionnaire.Parse("generated.yaml", data); err != nil {
			b.Fatal(err)
		}
	})
}
