package questionnaire

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v4"
)

// decoder turns the YAML node tree of one file into the model, collecting every problem it
// meets instead of stopping at the first.
type decoder struct {
	file  string
	probs Problems

	// Uses of ids that can only be checked once the whole file is decoded.
	refUses  []idUse
	conds    []condUse
	ratingIn []idUse
}

// idUse is a value naming something defined elsewhere in the file.
type idUse struct {
	id   string
	node *yaml.Node
}

// posOf returns the position of a node.
func posOf(n *yaml.Node) Pos {
	if n == nil {
		return Pos{}
	}
	return Pos{Line: n.Line, Col: n.Column}
}

// at records a problem at the position of a node.
func (d *decoder) at(n *yaml.Node, format string, args ...any) {
	d.probs = append(d.probs, Problem{File: d.file, Pos: posOf(n), Msg: fmt.Sprintf(format, args...)})
}

// spec describes one kind of mapping of the format: the keys allowed in it and how messages
// name it.
type spec struct {
	kind  string   // named with its id: question "storage-location"
	anon  string   // named without an id: a question
	idKey string   // the key whose value names it in messages; "" for none
	keys  []string // the keys allowed
}

// object is a YAML mapping whose keys have been checked against the keys allowed there.
type object struct {
	node   *yaml.Node
	spec   *spec
	id     string  // the value of spec.idKey, for messages
	parent *object // the mapping it belongs to, for messages; nil at the top
	// pairs holds the allowed keys, first occurrence only, each followed by its value. While
	// every key is allowed it is n.Content itself, so a valid mapping costs no copy.
	pairs []*yaml.Node
}

// String names the mapping for messages, such as: option "a" of question "q2". It is only
// called when there is a problem to report, so decoding a valid file builds no message.
func (o *object) String() string {
	s := o.spec.anon
	if o.id != "" {
		s = o.spec.kind + " " + strconv.Quote(o.id)
	}
	if o.parent != nil {
		s += " of " + o.parent.String()
	}
	return s
}

// object checks that n is a mapping holding only the keys sp allows, each at most once. It
// returns nil (after recording the problem) when n is not a mapping.
func (d *decoder) object(n *yaml.Node, sp *spec, parent *object) *object {
	o := &object{node: n, spec: sp, parent: parent}
	if n.Kind != yaml.MappingNode {
		d.at(n, "%s must be a mapping of keys to values, not %s (allowed keys: %s)",
			o, DescribeNode(n), strings.Join(sp.keys, ", "))
		return nil
	}
	if sp.idKey != "" {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k, v := n.Content[i], n.Content[i+1]; k.Value == sp.idKey && v.Kind == yaml.ScalarNode && !IsNullNode(v) {
				o.id = v.Value
				break
			}
		}
	}
	shared := true // o.pairs is still a prefix of n.Content
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			d.at(k, "a key in %s must be a plain name, not %s (allowed keys: %s)",
				o, DescribeNode(k), strings.Join(sp.keys, ", "))
		case !slices.Contains(sp.keys, k.Value):
			d.at(k, "unknown key %q in %s (allowed keys: %s)", k.Value, o, strings.Join(sp.keys, ", "))
		case o.key(k.Value) != nil:
			d.at(k, "duplicate key %q in %s (first given at %s; give each key once)",
				k.Value, o, posOf(o.key(k.Value)))
		case shared:
			o.pairs = n.Content[:i+2]
			continue
		default:
			o.pairs = append(o.pairs, k, v)
			continue
		}
		if shared { // a key is left out: copy the pairs kept so far, never write to n.Content
			o.pairs, shared = slices.Clone(o.pairs), false
		}
	}
	return o
}

// key returns the key node of name, or nil when absent.
func (o *object) key(name string) *yaml.Node {
	for i := 0; i < len(o.pairs); i += 2 {
		if o.pairs[i].Value == name {
			return o.pairs[i]
		}
	}
	return nil
}

// val returns the value node of name, or nil when the key is absent or its value is null.
func (o *object) val(name string) *yaml.Node {
	for i := 0; i < len(o.pairs); i += 2 {
		if o.pairs[i].Value == name {
			if IsNullNode(o.pairs[i+1]) {
				return nil
			}
			return o.pairs[i+1]
		}
	}
	return nil
}

// require records a problem for each required key that is absent or empty.
func (d *decoder) require(o *object, names ...string) {
	for _, name := range names {
		if v := o.val(name); v == nil || (v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) == "") {
			at := o.node
			if k := o.key(name); k != nil {
				at = k
			}
			d.at(at, "%s has no %s (it is required)", o, name)
		}
	}
}

// str returns the text of an optional scalar value; the node's own text is used, so yes, no,
// on and off stay the words they are.
func (d *decoder) str(o *object, name string) string {
	n := o.val(name)
	if n == nil {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		d.at(n, "%s %s must be text, not %s", o, name, DescribeNode(n))
		return ""
	}
	return n.Value
}

// num returns an optional number and whether it was given.
func (d *decoder) num(o *object, name string) (float64, bool) {
	n := o.val(name)
	if n == nil {
		return 0, false
	}
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") {
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return f, true
		}
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil { // 0x1F, 0o17
			return float64(i), true
		}
	}
	d.at(n, "%s %s must be a number, not %s", o, name, DescribeNode(n))
	return 0, false
}

// boolean returns an optional true/false value.
func (d *decoder) boolean(o *object, name string) bool {
	n := o.val(name)
	if n == nil {
		return false
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		return strings.EqualFold(n.Value, "true")
	}
	d.at(n, "%s %s must be true or false, not %s", o, name, DescribeNode(n))
	return false
}

// list returns the items of an optional sequence.
func (d *decoder) list(o *object, name string) []*yaml.Node {
	n := o.val(name)
	if n == nil {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.at(n, "%s %s must be a list, not %s", o, name, DescribeNode(n))
		return nil
	}
	return n.Content
}

// strList returns the texts of an optional list of scalars with their nodes.
func (d *decoder) strList(o *object, name string) ([]string, []*yaml.Node) {
	items := d.list(o, name)
	var vals []string
	var nodes []*yaml.Node
	for _, it := range items {
		if it.Kind != yaml.ScalarNode || IsNullNode(it) {
			d.at(it, "each entry of %s %s must be text, not %s", o, name, DescribeNode(it))
			continue
		}
		vals = append(vals, it.Value)
		nodes = append(nodes, it)
	}
	return vals, nodes
}

// IsNullNode reports whether a node is an empty or null scalar (key: with nothing after it).
func IsNullNode(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// DescribeNode names what a node holds, for messages of the program's YAML formats.
func DescribeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.DocumentNode:
		return "a document"
	}
	if IsNullNode(n) {
		return "an empty value"
	}
	return strconv.Quote(n.Value)
}
