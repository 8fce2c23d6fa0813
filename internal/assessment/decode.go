package assessment

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	yaml "go.yaml.in/yaml/v4"
)

// The keys allowed in each mapping of an answers file.
var (
	fileKeys    = []string{"questionnaire", "assessment", "answers", "accepted"}
	refKeys     = []string{"id", "version", "language"}
	detailKeys  = []string{"vendor", "product", "organisation", "assessor", "interviewees", "date"}
	answerKeys  = []string{"choice", "choices", "date", "text", "unknown", "na", "note", "evidence", "source", "by", "at", "carried"}
	valueKeys   = answerKeys[:6]
	valueKeyMsg = strings.Join(valueKeys, ", ")
)

// decoder turns the node tree of an answers file into a File, collecting every problem it meets
// instead of stopping at the first.
type decoder struct {
	file  string
	probs questionnaire.Problems
}

// posOf returns the position of a node.
func posOf(n *yaml.Node) questionnaire.Pos {
	return questionnaire.Pos{Line: n.Line, Col: n.Column}
}

// at records a problem at the position of a node.
func (d *decoder) at(n *yaml.Node, format string, args ...any) {
	d.probs = append(d.probs, questionnaire.Problem{File: d.file, Pos: posOf(n), Msg: fmt.Sprintf(format, args...)})
}

// mapping calls fn with each key and value of the mapping n, in file order. It reports a node
// that is not a mapping, keys that are not plain text, keys not in allowed (any text key is
// allowed when allowed is nil) and repeated keys, and skips them.
func (d *decoder) mapping(n *yaml.Node, what string, allowed []string, fn func(k, v *yaml.Node)) {
	// The hint is only built for a message: a batch decodes hundreds of thousands of mappings.
	hint := func() string {
		if allowed == nil {
			return "each key is a question id"
		}
		return "allowed keys: " + strings.Join(allowed, ", ")
	}
	if n.Kind != yaml.MappingNode {
		d.at(n, "%s must be a mapping of keys to values, not %s (%s)", what, questionnaire.DescribeNode(n), hint())
		return
	}
	first := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode || k.Value == "":
			d.at(k, "a key in %s must be a plain name, not %s (%s)", what, questionnaire.DescribeNode(k), hint())
		case allowed != nil && !slices.Contains(allowed, k.Value):
			d.at(k, "unknown key %q in %s (%s)", k.Value, what, hint())
		case first[k.Value] != nil:
			d.at(k, "duplicate key %q in %s (first given at %s; give each key once)", k.Value, what, posOf(first[k.Value]))
		default:
			first[k.Value] = k
			fn(k, v)
		}
	}
}

// text returns the text of a scalar value, "" for an empty value. The node's own text is used,
// so yes, no, on, off, 1.0 and 2026-11-28 stay the words they are.
func (d *decoder) text(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode {
		d.at(n, "%s must be text, not %s", what, questionnaire.DescribeNode(n))
		return ""
	}
	if questionnaire.IsNullNode(n) {
		return ""
	}
	return n.Value
}

// list returns the texts of a list of scalar values; nil for an empty value.
func (d *decoder) list(n *yaml.Node, what string) []string {
	if questionnaire.IsNullNode(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.at(n, "%s must be a list such as [a, b], not %s", what, questionnaire.DescribeNode(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode || questionnaire.IsNullNode(c) {
			d.at(c, "each entry of %s must be text, not %s", what, questionnaire.DescribeNode(c))
			continue
		}
		out = append(out, c.Value)
	}
	return out
}

// boolean returns a true/false value; false for an empty value.
func (d *decoder) boolean(n *yaml.Node, what string) bool {
	if questionnaire.IsNullNode(n) {
		return false
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		d.at(n, "%s must be true or false, not %s", what, questionnaire.DescribeNode(n))
		return false
	}
	return strings.EqualFold(n.Value, "true")
}

// check records msg at n unless it is empty.
func (d *decoder) check(n *yaml.Node, what, msg string) {
	if msg != "" {
		d.at(n, "%s %s", what, msg)
	}
}

// decodeFile decodes the root mapping of an answers file.
func (d *decoder) decodeFile(root *yaml.Node) *File {
	f := &File{Answers: map[string]*Answer{}}
	var ref, details bool
	d.mapping(root, "the answers file", fileKeys, func(k, v *yaml.Node) {
		switch k.Value {
		case "questionnaire":
			ref = true
			d.ref(k, v, &f.Questionnaire)
		case "assessment":
			details = true
			d.details(k, v, &f.Assessment)
		case "answers":
			d.answers(v, f.Answers)
		case "accepted":
			f.Accepted = d.accepted(v)
		}
	})
	if !ref {
		d.at(root, "the answers file has no questionnaire (add questionnaire: {id: ..., version: ..., language: ...})")
	}
	if !details {
		d.at(root, "the answers file has no assessment (add assessment: with at least the date, YYYY-MM-DD)")
	}
	return f
}

// ref decodes the questionnaire the file was made with.
func (d *decoder) ref(key, n *yaml.Node, r *Ref) {
	d.mapping(n, "questionnaire", refKeys, func(k, v *yaml.Node) {
		switch k.Value {
		case "id":
			r.ID = d.text(v, "questionnaire id")
		case "version":
			r.Version = d.text(v, "questionnaire version")
		case "language":
			r.Language = d.text(v, "questionnaire language")
		}
	})
	if n.Kind != yaml.MappingNode {
		return
	}
	if r.ID == "" {
		d.at(key, "questionnaire has no id (the id of the questionnaire the answers were made with)")
	}
	if r.Version == "" {
		d.at(key, "questionnaire has no version (the version of the questionnaire the answers were made with)")
	}
}

// details decodes the assessment details.
func (d *decoder) details(key, n *yaml.Node, a *Details) {
	d.mapping(n, "assessment", detailKeys, func(k, v *yaml.Node) {
		switch k.Value {
		case "vendor":
			a.Vendor = d.text(v, "assessment vendor")
		case "product":
			a.Product = d.text(v, "assessment product")
		case "organisation":
			a.Organisation = d.text(v, "assessment organisation")
		case "assessor":
			a.Assessor = d.text(v, "assessment assessor")
		case "interviewees":
			a.Interviewees = d.list(v, "assessment interviewees")
		case "date":
			if a.Date = d.text(v, "assessment date"); a.Date != "" {
				d.check(v, "assessment date", dateProblem(a.Date))
			}
		}
	})
	if n.Kind == yaml.MappingNode && a.Date == "" {
		d.at(key, "assessment has no date (the assessment date, YYYY-MM-DD: expiry dates are scored against it)")
	}
}

// answers decodes the answers mapping into into.
func (d *decoder) answers(n *yaml.Node, into map[string]*Answer) {
	if questionnaire.IsNullNode(n) {
		return
	}
	d.mapping(n, "answers", nil, func(k, v *yaml.Node) {
		into[k.Value] = d.answer(k, v)
	})
}

// answer decodes the answer to the question named by key; an empty value is an answer not
// given yet.
func (d *decoder) answer(key, n *yaml.Node) *Answer {
	a := &Answer{Pos: posOf(key)}
	if questionnaire.IsNullNode(n) {
		return a
	}
	what := "answer " + strconv.Quote(key.Value)
	d.mapping(n, what, answerKeys, func(k, v *yaml.Node) {
		field := what + " " + k.Value
		switch k.Value {
		case "choice":
			a.Choice = d.text(v, field)
		case "choices":
			a.Choices = d.list(v, field)
			d.check(v, field, choicesProblem(a.Choices))
		case "date":
			if a.Date = d.text(v, field); a.Date != "" {
				d.check(v, field, dateProblem(a.Date))
			}
		case "text":
			a.Text = d.text(v, field)
		case "unknown":
			a.Unknown = d.boolean(v, field)
		case "na":
			a.NA = d.boolean(v, field)
		case "note":
			a.Note = d.text(v, field)
		case "evidence":
			a.Evidence = d.list(v, field)
		case "source":
			if a.Source = d.text(v, field); a.Source != "" {
				d.check(v, field, sourceProblem(a.Source))
			}
		case "by":
			a.By = d.text(v, field)
		case "at":
			if a.At = d.text(v, field); a.At != "" {
				d.check(v, field, atProblem(a.At))
			}
		case "carried":
			a.Carried = d.boolean(v, field)
		}
	})
	if msg := cmp.Or(valuesProblem(a), carriedProblem(a)); msg != "" {
		d.at(key, "%s %s", what, msg)
	}
	return a
}
