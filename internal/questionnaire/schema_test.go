package questionnaire_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	yaml "go.yaml.in/yaml/v4"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/testgen"
	"github.com/vendorcheck/vendorcheck/questionnaires"
)

// compileSchema compiles questionnaires/schema.json, embedded in the binary.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := fs.ReadFile(questionnaires.FS, "schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("schema.json is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://github.com/vendorcheck/vendorcheck/questionnaires/schema.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("schema.json does not compile: %v", err)
	}
	return sch
}

// schemaCheck validates a YAML file against the schema.
func schemaCheck(t *testing.T, sch *jsonschema.Schema, data []byte) error {
	t.Helper()
	var v any
	if err := yaml.Load(data, &v); err != nil {
		t.Fatalf("not YAML: %v", err)
	}
	return sch.Validate(v)
}

// TestSchemaAcceptsValid checks that every built-in questionnaire, the minimal example and a
// generated questionnaire validate against the editor schema, as they load.
func TestSchemaAcceptsValid(t *testing.T) {
	t.Parallel()
	sch := compileSchema(t)
	files := map[string][]byte{"generated": testgen.Questionnaire(40)}
	data, err := os.ReadFile(minimalPath)
	if err != nil {
		t.Fatal(err)
	}
	files["minimal"] = data
	if files["verdict"], err = os.ReadFile(filepath.Join("..", "..", "docs", "examples", "questionnaire-verdict.yaml")); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(questionnaires.FS, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if files[name], err = fs.ReadFile(questionnaires.FS, name); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range files {
		if _, err := questionnaire.Parse(name, data); err != nil {
			t.Errorf("loader rejects %s:\n%v", name, err)
		}
		if err := schemaCheck(t, sch, data); err != nil {
			t.Errorf("schema rejects %s: %v", name, err)
		}
	}
}

// TestSchemaRejectsBroken checks, for broken files that the schema rejects, that the loader
// rejects them too: the schema and the loader describe the same format. (The loader also checks
// what a schema cannot: ids named elsewhere in the file, unique ids, rating labels.)
func TestSchemaRejectsBroken(t *testing.T) {
	t.Parallel()
	sch := compileSchema(t)
	broken := []string{
		"aggregate-on-choice", "allow-na-not-bool", "choice-empty-options", "choice-without-options",
		"date-weight-without-expiry", "expiry-on-choice", "finding-unknown-on-text", "finding-without-text",
		"finding-yes-on-choice", "good-invalid", "id-not-kebab-case", "language-invalid", "missing-id",
		"missing-prompt", "negative-weight", "not-a-list", "not-mapping", "option-without-score",
		"options-on-text", "options-on-yesno", "rating-min-out-of-range", "ratings-without-zero",
		"recommendation-sensitivity-unknown", "recommendations-empty", "reference-url-not-web",
		"score-not-number", "score-on-profile-option", "score-out-of-range", "section-weight-zero",
		"section-without-questions", "sections-empty", "sensitivity-on-section-option", "several",
		"text-with-weight", "unknown-aggregate", "unknown-key-question", "unknown-key-top", "unknown-kind",
		"unknown-sensitivity", "unknown-severity", "version-not-semver", "weight-on-profile",
		"when-empty-in", "when-without-in", "yaml-bool-option-ids",
		"when-unknown-atom", "when-outcome-on-question", "when-in-without-question", "when-any-empty",
		"when-is-bad-state", "rule-without-finding", "rule-bad-worst", "id-too-long", "audience-unknown",
		"audience-vendor-on-profile", "review-months-not-whole",
	}
	for _, name := range broken {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join("testdata", "invalid", name+".yaml")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := schemaCheck(t, sch, data); err == nil {
				t.Error("schema accepts it")
			}
			if _, err := questionnaire.Parse(path, data); err == nil {
				t.Error("loader accepts it")
			}
		})
	}
}

// TestSchemaDescribesEveryProperty checks that every property of the schema has a description,
// which editors show as hover help, and that every object schema forbids unknown keys.
func TestSchemaDescribesEveryProperty(t *testing.T) {
	t.Parallel()
	data, err := fs.ReadFile(questionnaires.FS, "schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, node map[string]any)
	walk = func(path string, node map[string]any) {
		if props, ok := node["properties"].(map[string]any); ok {
			if node["additionalProperties"] != false {
				t.Errorf("%s: additionalProperties is not false", path)
			}
			for name, p := range props {
				prop := p.(map[string]any)
				if d, _ := prop["description"].(string); d == "" {
					t.Errorf("%s.%s has no description", path, name)
				}
				walk(path+"."+name, prop)
			}
		}
		if items, ok := node["items"].(map[string]any); ok {
			walk(path+"[]", items)
		}
		if defs, ok := node["$defs"].(map[string]any); ok {
			for name, def := range defs {
				walk("$defs."+name, def.(map[string]any))
			}
		}
	}
	walk("", root)
}
