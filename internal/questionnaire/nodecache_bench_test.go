package questionnaire

import (
	"io/fs"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/benchpair"
	"github.com/vendorcheck/vendorcheck/questionnaires"
)

// BenchmarkBuiltinTree loads the default built-in questionnaire from its cached node tree, in
// turn with parsing its YAML (see benchpair.Run): x-yaml is what the cache leaves of the time.
func BenchmarkBuiltinTree(b *testing.B) {
	name := DefaultID + ".en.yaml"
	data, err := fs.ReadFile(questionnaires.FS, name)
	if err != nil {
		b.Fatal(err)
	}
	benchpair.Run(b, "yaml", benchpair.Self, func() {
		if _, err := Parse(name, data); err != nil {
			b.Fatal(err)
		}
	}, func() {
		root := cachedRoot(name, data)
		if root == nil {
			b.Fatal("no cached tree")
		}
		if _, err := decodeRoot(name, root); err != nil {
			b.Fatal(err)
		}
	})
}
