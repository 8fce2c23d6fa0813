package assessment

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/google/renameio/v2"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	yaml "go.yaml.in/yaml/v4"
)

// NewFile starts an answers file for the questionnaire with the given details.
func NewFile(qn *questionnaire.Questionnaire, details Details) *File {
	return &File{
		Questionnaire: Ref{ID: qn.ID, Version: qn.Version, Language: qn.Language},
		Assessment:    details,
		Answers:       map[string]*Answer{},
	}
}

// Marshal writes the file as YAML: the questionnaire reference and each answer as one flow
// mapping, answers in the questionnaire's order (by id when qn is nil), then the ids the
// questionnaire does not have, sorted. The same File always gives the same bytes.
func Marshal(f *File, qn *questionnaire.Questionnaire) ([]byte, error) {
	ref := mapping(yaml.FlowStyle,
		"id", str(f.Questionnaire.ID), "version", str(f.Questionnaire.Version), "language", str(f.Questionnaire.Language))
	a := f.Assessment
	details := mapping(0)
	addString(details, "vendor", a.Vendor)
	addString(details, "product", a.Product)
	addString(details, "organisation", a.Organisation)
	addString(details, "assessor", a.Assessor)
	if len(a.Interviewees) > 0 {
		addPair(details, "interviewees", strList(a.Interviewees))
	}
	addString(details, "date", a.Date)

	answers := mapping(0)
	for _, id := range answerOrder(f, qn) {
		addPair(answers, id, answerNode(f.Answers[id]))
	}
	root := mapping(0, "questionnaire", ref, "assessment", details, "answers", answers)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	return buf.Bytes(), nil
}

// Save writes the file atomically: to a temporary file in the same folder, synced, then renamed
// over path, so a crash never leaves a half-written file. The file has mode 0600.
func Save(path string, f *File, qn *questionnaire.Questionnaire) error {
	data, err := Marshal(f, qn)
	if err != nil {
		return err
	}
	if err := renameio.WriteFile(path, data, 0o600, renameio.WithTempDir(filepath.Dir(path))); err != nil {
		return fmt.Errorf("save answers to %s: %w", path, err)
	}
	// renameio keeps the mode of an existing file; answers are private whatever was there.
	if err := os.Chmod(path, 0o600); err != nil {
		return fmt.Errorf("save answers to %s: %w", path, err)
	}
	return nil
}

// DefaultName is the file name of an answers file made from the vendor and the date, such as
// dingtalk-2026-11-28.answers.yaml; it never holds a path separator.
func DefaultName(f *File) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(f.Assessment.Vendor) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r > 127 && isLetter(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	name := b.String()
	if name == "" {
		name = "assessment"
	}
	if f.Assessment.Date != "" {
		name += "-" + filepath.Base(f.Assessment.Date)
	}
	return name + ".answers.yaml"
}

func answerOrder(f *File, qn *questionnaire.Questionnaire) []string {
	var ids, extra []string
	if qn != nil {
		for _, q := range qn.Questions() {
			if _, ok := f.Answers[q.ID]; ok {
				ids = append(ids, q.ID)
			}
		}
	}
	for id := range f.Answers {
		if qn == nil || qn.Question(id) == nil {
			extra = append(extra, id)
		}
	}
	slices.Sort(extra)
	return append(ids, extra...)
}

func answerNode(a *Answer) *yaml.Node {
	n := mapping(yaml.FlowStyle)
	if a == nil {
		return n
	}
	addString(n, "choice", a.Choice)
	if len(a.Choices) > 0 {
		addPair(n, "choices", strList(a.Choices))
	}
	addString(n, "date", a.Date)
	addString(n, "text", a.Text)
	if a.Unknown {
		addPair(n, "unknown", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	if a.NA {
		addPair(n, "na", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	addString(n, "note", a.Note)
	if len(a.Evidence) > 0 {
		addPair(n, "evidence", strList(a.Evidence))
	}
	addString(n, "source", a.Source)
	addString(n, "by", a.By)
	addString(n, "at", a.At)
	if strings.ContainsAny(a.Note+a.Text, "\n") {
		n.Style = 0 // multi-line text reads better as a block
	}
	return n
}

func mapping(style yaml.Style, kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Style: style}
	for i := 0; i+1 < len(kv); i += 2 {
		addPair(n, kv[i].(string), kv[i+1].(*yaml.Node))
	}
	return n
}

func addPair(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
}

func addString(m *yaml.Node, key, value string) {
	if value != "" {
		addPair(m, key, str(value))
	}
}

// str is a string scalar; the encoder quotes it whenever YAML would read it as anything else.
func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

func strList(items []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, s := range items {
		n.Content = append(n.Content, str(s))
	}
	return n
}
