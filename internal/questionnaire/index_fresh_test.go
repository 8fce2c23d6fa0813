package questionnaire

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v4"

	"github.com/vendorcheck/vendorcheck/questionnaires"
)

// TestIndexFresh checks that what go generate keeps ready about the built-in questionnaires
// says what their files say: the index that `list` prints, and their YAML node trees.
func TestIndexFresh(t *testing.T) {
	t.Parallel()
	all, err := Builtins()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]questionnaires.Entry, len(all))
	for i, qn := range all {
		want[i] = questionnaires.Entry{File: strings.TrimPrefix(qn.Source, "builtin:"), ID: qn.ID, Version: qn.Version,
			Language: qn.Language, Title: qn.Title, Questions: len(qn.Questions())}
	}
	nodes, err := EncodeBuiltins()
	if err != nil {
		t.Fatal(err)
	}
	if string(nodes) != questionnaires.Nodes {
		t.Error("questionnaires/builtin.nodes is stale: run go generate ./questionnaires")
	}
	got := questionnaires.Index
	if len(got) != len(want) {
		t.Fatalf("the index lists %d questionnaires, the files are %d: run go generate ./questionnaires", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("the index is stale (run go generate ./questionnaires):\n got %+v\nwant %+v", got[i], want[i])
		}
	}
}

// TestCachedTrees checks that a built-in loaded from its cached node tree is the questionnaire
// its YAML gives, and that a file whose tree is out of date is not read from it.
func TestCachedTrees(t *testing.T) {
	t.Parallel()
	files, err := builtinFiles()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := fs.ReadFile(questionnaires.FS, f.name)
		if err != nil {
			t.Fatal(err)
		}
		root := cachedRoot(f.name, data)
		if root == nil {
			t.Fatalf("%s: no cached tree (run go generate ./questionnaires)", f.name)
		}
		cached, err := decodeRoot("builtin:"+f.name, root)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := Parse("builtin:"+f.name, data)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(cached, parsed) {
			t.Errorf("%s: the cached tree decodes to another questionnaire than the YAML", f.name)
		}
		if cachedRoot(f.name, append(data, '\n')) != nil {
			t.Errorf("%s: a changed file is read from the cached tree", f.name)
		}
	}
	if cachedRoot("nothing.en.yaml", nil) != nil {
		t.Error("a file without a tree has one")
	}
}

// TestNodeReaderCorrupt checks that encoded trees cut short or damaged are refused, never
// read past their end.
func TestNodeReaderCorrupt(t *testing.T) {
	t.Parallel()
	root, probs := parseDocument("x.yaml", []byte("id: x\nlist: [a, b, {c: d}]\n"), emptyQuestionnaire)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	enc := string(appendNode(nil, root))
	nodes, children := countNodes(root)
	for cut := range len(enc) {
		for _, s := range []string{enc[:cut], enc[:cut] + "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"} {
			r := &nodeReader{s: s, nodes: make([]yaml.Node, nodes), children: make([]*yaml.Node, children)}
			if r.node(); r.err == nil {
				t.Errorf("a tree cut at %d of %d bytes was read", cut, len(enc))
			}
		}
	}
	r := &nodeReader{s: enc, nodes: make([]yaml.Node, nodes), children: make([]*yaml.Node, children)}
	if n := r.node(); r.err != nil || n.Content[3].Content[2].Content[1].Value != "d" {
		t.Errorf("the whole tree reads as %v, %v", n, r.err)
	}
}
