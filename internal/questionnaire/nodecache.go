package questionnaire

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io/fs"
	"sync"

	yaml "go.yaml.in/yaml/v4"

	"github.com/vendorcheck/vendorcheck/questionnaires"
)

// The YAML library takes most of the time of loading a questionnaire: for the default one, most
// of a `vendorcheck report`. So the YAML node trees of the built-in questionnaires are also
// kept ready, in a compact form that go generate writes next to the files
// (questionnaires.Nodes): a built-in is decoded and checked from its tree as from the YAML,
// without reading the YAML. Each tree carries the SHA-256 of its file, and a file whose tree
// is missing or out of date is parsed as YAML, so a stale cache costs time, never correctness;
// TestIndexFresh fails while it is stale.

// nodesMagic opens the encoded trees; it changes with the encoding.
const nodesMagic = "vendorcheck nodes 2\n"

// EncodeBuiltins parses every built-in questionnaire file from its YAML and returns their node
// trees, encoded for questionnaires.Nodes. It is for go generate (questionnaires/internal/gen).
func EncodeBuiltins() ([]byte, error) {
	files, err := builtinFiles()
	if err != nil {
		return nil, err
	}
	b := binary.AppendUvarint([]byte(nodesMagic), uint64(len(files)))
	for _, f := range files {
		data, err := fs.ReadFile(questionnaires.FS, f.name)
		if err != nil {
			return nil, err
		}
		root, probs := parseDocument("builtin:"+f.name, data, emptyQuestionnaire)
		if len(probs) > 0 {
			return nil, probs
		}
		sum := sha256.Sum256(data)
		nodes, children := countNodes(root)
		tree := binary.AppendUvarint(nil, uint64(nodes))
		tree = binary.AppendUvarint(tree, uint64(children))
		tree = appendNode(tree, root)
		b = appendString(b, f.name)
		b = appendString(b, string(sum[:]))
		b = appendString(b, string(tree))
	}
	return b, nil
}

// countNodes counts the nodes of a tree and the children they hold in all.
func countNodes(n *yaml.Node) (nodes, children int) {
	nodes, children = 1, len(n.Content)
	for _, c := range n.Content {
		cn, cc := countNodes(c)
		nodes, children = nodes+cn, children+cc
	}
	return nodes, children
}

// appendNode encodes a node and its children: what the decoder reads of a node (no comments;
// built-in files have no anchors, aliases or tags but the plain ones).
func appendNode(b []byte, n *yaml.Node) []byte {
	b = binary.AppendUvarint(b, uint64(n.Kind))
	b = binary.AppendUvarint(b, uint64(n.Style))
	b = appendString(b, n.Tag)
	b = appendString(b, n.Value)
	b = binary.AppendUvarint(b, uint64(n.Line))
	b = binary.AppendUvarint(b, uint64(n.Column))
	b = binary.AppendUvarint(b, uint64(len(n.Content)))
	for _, c := range n.Content {
		b = appendNode(b, c)
	}
	return b
}

// appendString encodes a string: its length, then its bytes.
func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// cachedTree is where the tree of one built-in file is in questionnaires.Nodes.
type cachedTree struct {
	sum    string // the SHA-256 of the file the tree was made from
	offset int    // where the tree starts: its length, the counts of nodes and children, the nodes
}

// cachedTrees finds the trees in questionnaires.Nodes, by file name; none when it is missing or
// of another encoding.
var cachedTrees = sync.OnceValue(func() map[string]cachedTree {
	r := &nodeReader{s: questionnaires.Nodes}
	if len(r.s) < len(nodesMagic) || r.s[:len(nodesMagic)] != nodesMagic {
		return nil
	}
	r.i = len(nodesMagic)
	trees := map[string]cachedTree{}
	for n := r.uvarint(); n > 0 && r.err == nil; n-- {
		name, sum := r.string(), r.string()
		trees[name] = cachedTree{sum: sum, offset: r.i}
		r.string() // the tree, read when the file is loaded
	}
	if r.err != nil {
		return nil
	}
	return trees
})

// cachedRoot returns the node tree of the built-in file name whose content is data, or nil when
// there is none up to date.
func cachedRoot(name string, data []byte) *yaml.Node {
	t, ok := cachedTrees()[name]
	if sum := sha256.Sum256(data); !ok || t.sum != string(sum[:]) {
		return nil
	}
	r := &nodeReader{s: questionnaires.Nodes, i: t.offset}
	r.s = r.string() // the tree alone
	r.i = 0
	nodes, children := r.uvarint(), r.uvarint()
	if r.err != nil || nodes > len(r.s) || children > len(r.s) {
		return nil
	}
	// Two allocations for the whole tree; the strings are slices of questionnaires.Nodes.
	r.nodes, r.children = make([]yaml.Node, nodes), make([]*yaml.Node, children)
	root := r.node()
	if r.err != nil {
		return nil
	}
	return root
}

// errCorrupt reports encoded trees that end too early or hold too many nodes.
var errCorrupt = errors.New("questionnaire node cache is corrupt")

// nodeReader reads encoded trees.
type nodeReader struct {
	s        string
	i        int
	err      error
	nodes    []yaml.Node  // room for the nodes still to read
	children []*yaml.Node // room for their children
}

// uvarint reads a number.
func (r *nodeReader) uvarint() int {
	if r.err != nil {
		return 0
	}
	v, n := uvarintString(r.s[r.i:])
	if n <= 0 || v > 1<<31 {
		r.err = errCorrupt
		return 0
	}
	r.i += n
	return int(v)
}

// uvarintString is binary.Uvarint on a string, without copying it.
func uvarintString(s string) (uint64, int) {
	var v uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// string reads a string, as a slice of the encoded trees.
func (r *nodeReader) string() string {
	n := r.uvarint()
	if r.err != nil || n > len(r.s)-r.i {
		r.err = errCorrupt
		return ""
	}
	s := r.s[r.i : r.i+n]
	r.i += n
	return s
}

// node reads a node and its children.
func (r *nodeReader) node() *yaml.Node {
	if len(r.nodes) == 0 {
		r.err = errCorrupt
		return nil
	}
	n := &r.nodes[0]
	r.nodes = r.nodes[1:]
	n.Kind, n.Style = yaml.Kind(r.uvarint()), yaml.Style(r.uvarint())
	n.Tag, n.Value = r.string(), r.string()
	n.Line, n.Column = r.uvarint(), r.uvarint()
	k := r.uvarint()
	if r.err != nil || k > len(r.children) {
		r.err = errCorrupt
		return nil
	}
	if k > 0 {
		n.Content, r.children = r.children[:k:k], r.children[k:]
		for i := range n.Content {
			if n.Content[i] = r.node(); r.err != nil {
				return nil
			}
		}
	}
	return n
}
