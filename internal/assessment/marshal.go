package assessment

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	yaml "go.yaml.in/yaml/v4"
)

// NewFile starts an answers file for the questionnaire with the given details and no answers.
func NewFile(qn *questionnaire.Questionnaire, details Details) *File {
	return &File{
		Questionnaire: Ref{ID: qn.ID, Version: qn.Version, Language: qn.Language},
		Assessment:    details,
		Answers:       map[string]*Answer{},
	}
}

// Marshal writes the file as YAML: the questionnaire reference as one flow mapping, the
// assessment details, then each answer as one flow mapping on its own line, in the
// questionnaire's order (by id when qn is nil), followed by the ids the questionnaire does not
// have, sorted. Every string is quoted where YAML would read it as something else, so Parse gives
// back the same File; the same File always gives the same bytes. Marshal refuses a File that
// Parse would refuse (no questionnaire id or version, no valid assessment date, an answer with
// two values, a malformed date, time or source, text that is not UTF-8), naming what is wrong.
func Marshal(f *File, qn *questionnaire.Questionnaire) ([]byte, error) {
	if err := validate(f); err != nil {
		return nil, fmt.Errorf("write answers: %w", err)
	}
	ref := flow(mapping("id", f.Questionnaire.ID, "version", f.Questionnaire.Version, "language", f.Questionnaire.Language))
	a := f.Assessment
	details := mapping("vendor", a.Vendor, "product", a.Product, "organisation", a.Organisation, "assessor", a.Assessor)
	addList(details, "interviewees", a.Interviewees)
	addPair(details, "date", date(a.Date))
	answers := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for _, id := range answerOrder(f, qn) {
		addPair(answers, id, answerNode(f.Answers[id]))
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	addPair(root, "questionnaire", ref)
	addPair(root, "assessment", details)
	addPair(root, "answers", answers)
	if len(f.Accepted) > 0 {
		addPair(root, "accepted", acceptedNode(f.Accepted, qn))
	}

	var buf bytes.Buffer
	// One answer per line however long its note, so that a diff of two saves shows the answers
	// that changed; double quotes, so that escapes such as \n keep multi-line text on that line.
	enc, err := yaml.NewDumper(&buf, yaml.WithIndent(2), yaml.WithLineWidth(-1),
		yaml.WithQuotePreference(yaml.QuoteDouble), yaml.WithUnicode(true))
	if err == nil {
		err = enc.Dump(root)
	}
	if err == nil {
		err = enc.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("write answers: %w", err)
	}
	return buf.Bytes(), nil
}

// validate lists every reason Parse would refuse the file Marshal is about to write.
func validate(f *File) error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if f.Questionnaire.ID == "" || f.Questionnaire.Version == "" {
		bad("the questionnaire id and version are required")
	}
	if f.Assessment.Date == "" {
		bad("the assessment date is required")
	} else if msg := dateProblem(f.Assessment.Date); msg != "" {
		bad("assessment date %s", msg)
	}
	q, a := f.Questionnaire, f.Assessment
	header := append([]string{q.ID, q.Version, q.Language, a.Vendor, a.Product, a.Organisation, a.Assessor}, a.Interviewees...)
	if !allUTF8(header...) {
		bad("the questionnaire reference or the assessment details hold text that is not UTF-8")
	}
	ids := make([]string, 0, len(f.Answers))
	for id, a := range f.Answers {
		if a != nil {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		if msg := answerProblem(f.Answers[id]); msg != "" || id == "" || !utf8.ValidString(id) {
			bad("answer %s %s", strconv.Quote(id), cmp.Or(msg, "has an id that is empty or not UTF-8"))
		}
	}
	for _, msg := range acceptedProblems(f.Accepted) {
		bad("%s", msg)
	}
	return errors.Join(errs...)
}

// answerProblem says what Parse would refuse in the answer, or returns "".
func answerProblem(a *Answer) string {
	texts := append([]string{a.Choice, a.Date, a.Text, a.Note, a.Source, a.By, a.At}, a.Choices...)
	if !allUTF8(append(texts, a.Evidence...)...) {
		return "holds text that is not UTF-8"
	}
	return cmp.Or(
		valuesProblem(a),
		carriedProblem(a),
		labelled("choices", choicesProblem(a.Choices)),
		labelled("date", ifSet(a.Date, dateProblem)),
		labelled("source", ifSet(a.Source, sourceProblem)),
		labelled("at", ifSet(a.At, atProblem)),
	)
}

// labelled prefixes a problem with the field it concerns; "" stays "".
func labelled(field, msg string) string {
	if msg == "" {
		return ""
	}
	return field + " " + msg
}

// ifSet applies a check to an optional field: an empty field is fine.
func ifSet(s string, check func(string) string) string {
	if s == "" {
		return ""
	}
	return check(s)
}

// allUTF8 reports whether every string is valid UTF-8: YAML can carry nothing else as text.
func allUTF8(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// answerOrder returns the ids of the file's answers: those of the questionnaire's questions in
// its order, then the others sorted (all of them sorted when qn is nil). A nil answer is no
// answer: its id is left out.
func answerOrder(f *File, qn *questionnaire.Questionnaire) []string {
	var ids, extra []string
	if qn != nil {
		for _, q := range qn.Questions() {
			if f.Answers[q.ID] != nil {
				ids = append(ids, q.ID)
			}
		}
	}
	for id, a := range f.Answers {
		if a != nil && (qn == nil || qn.Question(id) == nil) {
			extra = append(extra, id)
		}
	}
	slices.Sort(extra)
	return append(ids, extra...)
}

// answerNode is one answer as a flow mapping, its fields in the order of the format.
func answerNode(a *Answer) *yaml.Node {
	n := flow(mapping("choice", a.Choice))
	addList(n, "choices", a.Choices)
	if a.Date != "" {
		addPair(n, "date", date(a.Date))
	}
	addText(n, "text", a.Text)
	addTrue(n, "unknown", a.Unknown)
	addTrue(n, "na", a.NA)
	addText(n, "note", a.Note)
	addList(n, "evidence", a.Evidence)
	addText(n, "source", a.Source)
	addText(n, "by", a.By)
	addText(n, "at", a.At)
	addTrue(n, "carried", a.Carried)
	return n
}

// mapping is a block mapping of the non-empty texts among key, value pairs.
func mapping(kv ...string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for i := 0; i+1 < len(kv); i += 2 {
		addText(n, kv[i], kv[i+1])
	}
	return n
}

// flow sets a mapping to flow style, {a: b, c: d}.
func flow(n *yaml.Node) *yaml.Node {
	n.Style = yaml.FlowStyle
	return n
}

// addPair appends a key and its value to a mapping.
func addPair(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}

// addText appends a text value, unless it is empty.
func addText(m *yaml.Node, key, value string) {
	if value != "" {
		addPair(m, key, str(value))
	}
}

// addTrue appends key: true when set.
func addTrue(m *yaml.Node, key string, set bool) {
	if set {
		addPair(m, key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
}

// addList appends a flow list of texts, unless it is empty.
func addList(m *yaml.Node, key string, items []string) {
	if len(items) == 0 {
		return
	}
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, s := range items {
		n.Content = append(n.Content, str(s))
	}
	addPair(m, key, n)
}

// str is a text scalar. Tagged as text, it is quoted by the encoder whenever YAML would read it
// as anything else (null, true, 1.0, 2026-11-28, "- x", " padded") and escaped where it holds
// characters that cannot be written as they are. Text with line breaks is double-quoted with
// \n escapes too, rather than written as a block, so every entry keeps to one line.
func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.ContainsAny(s, "\n\r\u0085\u2028\u2029") {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// date is a valid YYYY-MM-DD date, written plain as in a hand-written file: 2026-11-28. Being
// valid, it cannot be misread, and the loader takes its text, not a timestamp.
func date(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Value: s}
}
