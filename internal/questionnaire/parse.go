package questionnaire

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/vendorcheck/vendorcheck/internal/files"
	yaml "go.yaml.in/yaml/v4"
)

// MaxFileSize is the largest questionnaire file Parse and Load accept: far beyond any real
// questionnaire, small enough that a wrong file is refused before it is read into memory.
const MaxFileSize = 10 << 20

// Parse decodes and validates a questionnaire file. name is used in problem messages and as the
// questionnaire's Source. On failure the error is a Problems value listing every problem found,
// each as "name:line:col: what is wrong (what is allowed)".
func Parse(name string, data []byte) (*Questionnaire, error) {
	if len(data) > MaxFileSize {
		return nil, Problems{{File: name, Msg: fmt.Sprintf(
			"file is larger than %d MiB, the most a questionnaire may have", MaxFileSize>>20)}}
	}
	root, probs := parseDocument(name, data, emptyQuestionnaire)
	if len(probs) > 0 {
		return nil, probs
	}
	if ShapeOf(root) == ShapeAnswers {
		return nil, WrongFile(name, ShapeAnswers)
	}
	return decodeRoot(name, root)
}

// decodeRoot decodes and validates a questionnaire from the root mapping of its file.
func decodeRoot(name string, root *yaml.Node) (*Questionnaire, error) {
	d := &decoder{file: name}
	qn := d.questionnaire(root)
	d.crossCheck(qn, root)
	if len(d.probs) > 0 {
		return nil, d.probs.Sorted()
	}
	return qn, nil
}

// Load reads and parses the questionnaire file at path; see Parse.
func Load(path string) (*Questionnaire, error) {
	f, _, err := files.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load questionnaire: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("load questionnaire %s: %w", path, err)
	}
	return Parse(path, data)
}

// emptyQuestionnaire is the problem of a questionnaire file with no content.
const emptyQuestionnaire = "file is empty (a questionnaire is a YAML mapping that starts with id, version, language and title)"

// ParseMapping parses data as exactly one YAML document whose root is a mapping, without
// anchors, aliases or explicit tags, for other file formats of the program that share these
// rules. empty is the problem reported for a file with no content.
func ParseMapping(name string, data []byte, empty string) (*yaml.Node, error) {
	root, probs := parseDocument(name, data, empty)
	if len(probs) > 0 {
		return nil, probs
	}
	return root, nil
}

// MaxEntries bounds the lines and list entries of a file that parseDocument reads. A YAML
// parser holds every value of a file in memory at once, a few hundred bytes each: a file of
// 10 MiB with millions of tiny values (a list of five million one-letter names) would take
// gigabytes. Real files have far fewer: a questionnaire of 5,000 questions (a hundred times the
// built-in ones) has about 70,000, its answers file about 25,000. Within the bound, the worst
// file (every line a value the program cannot use) is refused or reported in under 200 MB.
const MaxEntries = 100_000

// entries counts the lines and commas of data: an upper bound of the values a YAML file holds
// on its own lines or in flow lists, found at the speed of a memory scan.
func entries(data []byte) int {
	return bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{','})
}

// parseDocument parses data as exactly one YAML document whose root is a mapping, without
// anchors, aliases or explicit tags, and returns that mapping.
func parseDocument(name string, data []byte, empty string) (*yaml.Node, Problems) {
	problem := func(p Pos, format string, args ...any) Problems {
		return Problems{{File: name, Pos: p, Msg: fmt.Sprintf(format, args...)}}
	}
	if p, b, ok := invalidUTF8(data); ok {
		return nil, problem(p, "file is not UTF-8 text: byte 0x%02x is not part of a character (save the file as UTF-8)", b)
	}
	if n := entries(data); n > MaxEntries {
		return nil, problem(Pos{}, "file holds %d lines and list entries, more than the %d a questionnaire or answers file may have (is it the right file?)", n, MaxEntries)
	}
	l, err := yaml.NewLoader(bytes.NewReader(data))
	if err != nil {
		return nil, problem(Pos{}, "cannot read YAML: %v", err)
	}
	var doc yaml.Node
	if err := l.Load(&doc); errors.Is(err, io.EOF) {
		return nil, problem(Pos{}, "%s", empty)
	} else if err != nil {
		return nil, syntaxProblem(name, err)
	}
	var next yaml.Node
	if err := l.Load(&next); err == nil {
		return nil, problem(posOf(&next), "file holds more than one YAML document (keep one: remove the --- separator and what follows)")
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxProblem(name, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || IsNullNode(doc.Content[0]) {
		return nil, problem(Pos{}, "%s", empty)
	}
	root := doc.Content[0]
	d := &decoder{file: name}
	d.plainNodes(root)
	if len(d.probs) > 0 {
		return nil, d.probs.Sorted()
	}
	if root.Kind != yaml.MappingNode {
		return nil, problem(posOf(root), "the file must be a YAML mapping of keys, not %s", DescribeNode(root))
	}
	return root, nil
}

// plainNodes reports explicit tags anywhere under n, and the first anchor or alias. The format
// needs none of them, and refusing aliases is the simplest defence against files that expand to
// gigabytes; one such problem is enough to refuse the file, and listing each use would bury it.
// It reports whether it found an anchor or alias.
func (d *decoder) plainNodes(n *yaml.Node) bool {
	switch {
	case n.Kind == yaml.AliasNode:
		d.at(n, "aliases (*%s) are not supported (write the value out in full)", n.Value)
		return true
	case n.Anchor != "":
		d.at(n, "anchors (&%s) are not supported (write each value out in full)", n.Anchor)
		return true
	case n.Style&yaml.TaggedStyle != 0 && n.Tag != "!!str":
		d.at(n, "YAML tag %s is not supported (write plain values; quote a value to make it text)", n.Tag)
	}
	for _, c := range n.Content {
		if d.plainNodes(c) {
			return true
		}
	}
	return false
}

// invalidUTF8 returns the position and value of the first byte that is not valid UTF-8, and
// whether there is one. Files starting with a UTF-16 byte order mark are left to the YAML
// reader, which decodes them.
func invalidUTF8(data []byte) (Pos, byte, bool) {
	if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) || utf8.Valid(data) {
		return Pos{}, 0, false
	}
	p := Pos{Line: 1, Col: 1}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return p, data[i], true
		case r == '\n':
			p.Line, p.Col = p.Line+1, 1
		default:
			p.Col++
		}
		i += size
	}
	return Pos{}, 0, false
}

// syntaxProblem turns a YAML parser error into a problem at its line and column.
func syntaxProblem(name string, err error) Problems {
	var le *yaml.LoadError
	if !errors.As(err, &le) {
		return Problems{{File: name, Msg: "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	msg := "invalid YAML: " + strings.TrimPrefix(le.Message, "yaml: ")
	if le.ContextMsg != "" && le.ContextMark.Line > 0 {
		msg += fmt.Sprintf(" (%s at %d:%d)", le.ContextMsg, le.ContextMark.Line, le.ContextMark.Column)
	} else if le.ContextMsg != "" {
		msg += " (" + le.ContextMsg + ")"
	}
	return Problems{{File: name, Pos: Pos{Line: le.Mark.Line, Col: le.Mark.Column}, Msg: msg}}
}
