package report

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
)

// TestJSONFieldNames checks that the JSON result carries every field name of the public
// contract (DESIGN.md), at its place and with its type, and that scores that could not be
// computed are null.
func TestJSONFieldNames(t *testing.T) {
	t.Parallel()
	r, _ := scoreCase(t, "../../docs/examples/questionnaire-minimal.yaml", "minimal.answers.yaml")
	var buf bytes.Buffer
	if err := JSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	hasFields(t, "result", got, map[string]string{
		"questionnaire": "object", "assessment": "object", "overall": "number", "rating": "string",
		"coverage": "number", "sensitivity": "string", "recommendation": "string", "sections": "array",
		"findings": "array", "assurance": "object",
		"band": "string", "capped": "bool", "scored": "bool", "unanswered": "number",
		"recommendation_text": "string", "answers_sha256": "string", "questions": "array",
	})
	hasFields(t, "questionnaire", got["questionnaire"], map[string]string{"id": "string", "version": "string", "language": "string"})
	hasFields(t, "assessment", got["assessment"], map[string]string{"vendor": "string", "product": "string",
		"organisation": "string", "assessor": "string", "interviewees": "array", "date": "string"})
	hasFields(t, "assurance", got["assurance"], map[string]string{"stated": "number", "documented": "number",
		"verified": "number", "unspecified": "number"})
	sections := got["sections"].([]any)
	if len(sections) == 0 {
		t.Fatal("no sections")
	}
	hasFields(t, "sections[0]", sections[0], map[string]string{"id": "string", "title": "string", "score": "number",
		"weight": "number", "answered": "number", "unknown": "number", "na": "number", "questions": "number"})
	findings := got["findings"].([]any)
	if len(findings) == 0 {
		t.Fatal("no findings")
	}
	hasFields(t, "findings[0]", findings[0], map[string]string{"question": "string", "severity": "string",
		"text": "string", "remedy": "string"})
	questions := got["questions"].([]any)
	hasFields(t, "questions[0]", questions[0], map[string]string{"id": "string", "status": "string"})

	na, _ := scoreCase(t, "testdata/report/na-only.yaml", "na-only.answers.yaml")
	buf.Reset()
	if err := JSON(&buf, na); err != nil {
		t.Fatal(err)
	}
	got = nil
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if v, ok := got["overall"]; !ok || v != nil {
		t.Errorf("overall of a result with nothing scored = %v, want null", v)
	}
	if v := got["sections"].([]any)[0].(map[string]any)["score"]; v != nil {
		t.Errorf("score of a section with nothing scored = %v, want null", v)
	}
}

// hasFields checks that v is an object holding each field with its JSON type.
func hasFields(t *testing.T, where string, v any, fields map[string]string) {
	t.Helper()
	obj, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s is %T, want an object", where, v)
	}
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		val, ok := obj[name]
		if !ok {
			t.Errorf("%s has no field %q", where, name)
			continue
		}
		var typ string
		switch val.(type) {
		case string:
			typ = "string"
		case float64:
			typ = "number"
		case bool:
			typ = "bool"
		case []any:
			typ = "array"
		case map[string]any:
			typ = "object"
		default:
			typ = "null"
		}
		if typ != fields[name] {
			t.Errorf("%s.%s is %s, want %s", where, name, typ, fields[name])
		}
	}
}
