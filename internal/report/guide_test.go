package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// TestGuideGolden renders the guide of every built-in questionnaire, of the minimal example,
// which has every kind of question, and of the verdict example, which has every construct of
// the second format, and compares each with its golden file.
func TestGuideGolden(t *testing.T) {
	builtins, err := questionnaire.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	example, err := questionnaire.Load(filepath.Join("..", "..", "docs", "examples", "questionnaire-minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	verdict, err := questionnaire.Load(filepath.Join("..", "..", "docs", "examples", "questionnaire-verdict.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, qn := range append(builtins, example, verdict) {
		var buf bytes.Buffer
		if err := Guide(&buf, qn); err != nil {
			t.Fatalf("Guide(%s): %v", qn.ID, err)
		}
		path := filepath.Join("testdata", "guide", qn.ID+"."+qn.Language+".md")
		assertGolden(t, path, buf.Bytes())
		files = append(files, path)
	}
	if len(builtins) < 2 {
		t.Errorf("%d built-in questionnaires, want at least 2", len(builtins))
	}
	t.Run("markdownlint", func(t *testing.T) { lintMarkdown(t, files...) })
}

// hostileQuestionnaire is a questionnaire whose every free-text field holds text, and whose
// references have the web address url.
func hostileQuestionnaire(t *testing.T, text, url string) *questionnaire.Questionnaire {
	t.Helper()
	q := strconv.Quote(text)
	src := fmt.Sprintf(`id: hostile
version: 1.0.0
language: en
title: %[1]s
jurisdiction: %[1]s
description: %[1]s
references:
  - {id: r1, title: %[1]s, url: %[2]s}
scoring:
  ratings: [{min: 50, label: Fine}, {min: 0, label: Poor}]
profile:
  - id: p1
    prompt: %[1]s
    help: %[1]s
    kind: choice
    options:
      - {id: a, label: %[1]s, sensitivity: low}
      - {id: b, label: Second, sensitivity: high}
recommendations:
  - title: %[1]s
    text: %[1]s
sections:
  - id: s1
    title: %[1]s
    description: %[1]s
    questions:
      - id: q1
        prompt: %[1]s
        help: %[1]s
        kind: multi
        evidence: %[1]s
        refs: [r1]
        options:
          - {id: x, label: %[1]s, score: 1}
          - {id: y, label: Other, score: 0, finding: {severity: critical, text: %[1]s, remedy: %[1]s}}
      - id: q2
        prompt: %[1]s
        kind: yesno
        when: {question: q1, in: [x]}
      - id: q3
        prompt: %[1]s
        kind: text
        when: {question: p1, in: [a, b]}
`, q, strconv.Quote(url))
	qn, err := questionnaire.Parse("hostile.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

// TestGuideTypedTextStaysText renders the guide of a questionnaire full of Markdown syntax in
// every field, and checks that it has the structure of the same guide with plain words.
func TestGuideTypedTextStaysText(t *testing.T) {
	t.Parallel()
	render := func(text string) string {
		var buf bytes.Buffer
		if err := Guide(&buf, hostileQuestionnaire(t, text, "https://example.org/ref")); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	hostile := render(allHostile)
	assertTypedTextStaysText(t, render(plainStandIn(allHostile)), hostile)
	path := filepath.Join(t.TempDir(), "hostile-guide.md")
	if err := os.WriteFile(path, []byte(hostile), 0o600); err != nil {
		t.Fatal(err)
	}
	lintMarkdown(t, path)
}
