package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	yaml "go.yaml.in/yaml/v4"
)

// MaxFileSize is the largest answers file Parse and Load accept.
const MaxFileSize = 10 << 20

const emptyFile = "file is empty (an answers file is a YAML mapping with questionnaire, assessment and answers)"

// Parse decodes an answers file. name is used in problem messages. On failure the error is a
// questionnaire.Problems value listing every problem as "name:line:col: what is wrong".
func Parse(name string, data []byte) (*File, error) {
	if len(data) > MaxFileSize {
		return nil, questionnaire.Problems{{File: name, Msg: fmt.Sprintf(
			"file is larger than %d MiB, the most an answers file may have", MaxFileSize>>20)}}
	}
	root, err := questionnaire.ParseMapping(name, data, emptyFile)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	d := &decoder{file: name}
	f := d.decodeFile(root)
	f.Digest = hex.EncodeToString(sum[:])
	f.Name = name
	if len(d.probs) > 0 {
		slices.SortStableFunc(d.probs, func(a, b questionnaire.Problem) int {
			if a.Pos.Line != b.Pos.Line {
				return a.Pos.Line - b.Pos.Line
			}
			return a.Pos.Col - b.Pos.Col
		})
		return nil, d.probs
	}
	return f, nil
}

// Load reads and parses the answers file at path; see Parse.
func Load(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load answers: %w", err)
	}
	defer fh.Close()
	if info, err := fh.Stat(); err == nil && info.IsDir() {
		return nil, fmt.Errorf("load answers: %s is a folder, not an answers file", path)
	}
	data, err := io.ReadAll(io.LimitReader(fh, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("load answers %s: %w", path, err)
	}
	return Parse(path, data)
}

// decoder turns the node tree of an answers file into a File, collecting every problem.
type decoder struct {
	file  string
	probs questionnaire.Problems
}

func (d *decoder) at(n *yaml.Node, format string, args ...any) {
	d.probs = append(d.probs, questionnaire.Problem{File: d.file,
		Pos: questionnaire.Pos{Line: n.Line, Col: n.Column}, Msg: fmt.Sprintf(format, args...)})
}

// fields checks that n is a mapping with only the allowed keys and calls fn for each pair.
func (d *decoder) fields(n *yaml.Node, what string, allowed []string, fn func(key string, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		d.at(n, "%s must be a mapping of keys (%s)", what, strings.Join(allowed, ", "))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case allowed != nil && !slices.Contains(allowed, k.Value):
			d.at(k, "unknown key %q in %s (allowed keys: %s)", k.Value, what, strings.Join(allowed, ", "))
		case seen[k.Value]:
			d.at(k, "key %q appears twice in %s", k.Value, what)
		default:
			seen[k.Value] = true
			fn(k.Value, v)
		}
	}
}

func (d *decoder) scalar(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode {
		d.at(n, "%s must be a single value", what)
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

func (d *decoder) list(n *yaml.Node, what string) []string {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.at(n, "%s must be a list, such as [a, b]", what)
		return nil
	}
	var out []string
	for _, c := range n.Content {
		out = append(out, d.scalar(c, "each entry of "+what))
	}
	return out
}

func (d *decoder) boolean(n *yaml.Node, what string) bool {
	v := d.scalar(n, what)
	switch v {
	case "true":
		return true
	case "false", "":
		return false
	}
	d.at(n, "%s must be true or false, not %q", what, v)
	return false
}

func (d *decoder) decodeFile(root *yaml.Node) *File {
	f := &File{Answers: map[string]*Answer{}}
	have := map[string]bool{}
	d.fields(root, "the answers file", []string{"questionnaire", "assessment", "answers"}, func(key string, v *yaml.Node) {
		have[key] = true
		switch key {
		case "questionnaire":
			d.ref(v, &f.Questionnaire)
		case "assessment":
			d.details(v, &f.Assessment)
		case "answers":
			d.answers(v, f.Answers)
		}
	})
	if !have["questionnaire"] {
		d.at(root, "missing questionnaire (add questionnaire: {id: ..., version: ..., language: ...})")
	}
	if !have["assessment"] {
		d.at(root, "missing assessment (add assessment: with at least vendor and date)")
	}
	return f
}

func (d *decoder) ref(n *yaml.Node, r *Ref) {
	d.fields(n, "questionnaire", []string{"id", "version", "language"}, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			r.ID = d.scalar(v, "questionnaire id")
		case "version":
			r.Version = d.scalar(v, "questionnaire version")
		case "language":
			r.Language = d.scalar(v, "questionnaire language")
		}
	})
	if n.Kind == yaml.MappingNode && r.ID == "" {
		d.at(n, "questionnaire has no id (the id of the questionnaire the answers were made with)")
	}
}

func (d *decoder) details(n *yaml.Node, a *Details) {
	keys := []string{"vendor", "product", "organisation", "assessor", "interviewees", "date"}
	d.fields(n, "assessment", keys, func(key string, v *yaml.Node) {
		switch key {
		case "vendor":
			a.Vendor = d.scalar(v, "vendor")
		case "product":
			a.Product = d.scalar(v, "product")
		case "organisation":
			a.Organisation = d.scalar(v, "organisation")
		case "assessor":
			a.Assessor = d.scalar(v, "assessor")
		case "interviewees":
			a.Interviewees = d.list(v, "interviewees")
		case "date":
			a.Date = d.scalar(v, "date")
			if _, err := time.Parse(time.DateOnly, a.Date); err != nil {
				d.at(v, "assessment date %q is not a date (write YYYY-MM-DD, such as 2026-11-28)", a.Date)
			}
		}
	})
	if n.Kind == yaml.MappingNode && a.Date == "" {
		d.at(n, "assessment has no date (the assessment date, YYYY-MM-DD: expiry dates are scored against it)")
	}
}

var answerKeys = []string{"choice", "choices", "date", "text", "unknown", "na", "note", "evidence", "source", "by", "at"}

func (d *decoder) answers(n *yaml.Node, into map[string]*Answer) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	d.fields(n, "answers", nil, func(id string, v *yaml.Node) {
		into[id] = d.answer(id, v)
	})
}

func (d *decoder) answer(id string, n *yaml.Node) *Answer {
	a := &Answer{Pos: questionnaire.Pos{Line: n.Line, Col: n.Column}}
	what := "answer " + strconv.Quote(id)
	var values []string
	d.fields(n, what, answerKeys, func(key string, v *yaml.Node) {
		switch key {
		case "choice":
			a.Choice = d.scalar(v, "choice")
		case "choices":
			a.Choices = d.list(v, "choices")
		case "date":
			a.Date = d.scalar(v, "date")
			if _, err := time.Parse(time.DateOnly, a.Date); err != nil {
				d.at(v, "date %q of %s is not a date (write YYYY-MM-DD)", a.Date, what)
			}
		case "text":
			a.Text = d.scalar(v, "text")
		case "unknown":
			a.Unknown = d.boolean(v, "unknown")
		case "na":
			a.NA = d.boolean(v, "na")
		case "note":
			a.Note = d.scalar(v, "note")
		case "evidence":
			a.Evidence = d.list(v, "evidence")
		case "source":
			a.Source = d.scalar(v, "source")
			if !slices.Contains([]string{"", SourceStated, SourceDocumented, SourceVerified}, a.Source) {
				d.at(v, "source %q of %s is not one of stated, documented, verified", a.Source, what)
			}
		case "by":
			a.By = d.scalar(v, "by")
		case "at":
			a.At = d.scalar(v, "at")
			if _, err := time.Parse(time.RFC3339, a.At); a.At != "" && err != nil {
				d.at(v, "at %q of %s is not a time (write RFC 3339, such as 2026-11-28T10:42:00+08:00)", a.At, what)
			}
		}
		if slices.Contains(answerKeys[:4], key) || (key == "unknown" && a.Unknown) || (key == "na" && a.NA) {
			values = append(values, key)
		}
	})
	if len(values) > 1 {
		d.at(n, "%s has more than one answer (%s); keep one of choice, choices, date, text, unknown, na", what, strings.Join(values, ", "))
	}
	return a
}
