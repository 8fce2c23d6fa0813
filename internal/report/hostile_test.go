package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// reportHostileTemplate is a questionnaire whose every piece of free text is a reportPlaceholder T:
// TestReportHostile fills them in with hostile text, or with plain words to compare with.
const reportHostileTemplate = `id: hostile
version: 1.0.0
language: en
title: T
jurisdiction: T
description: T
references:
  - {id: ref-a, title: T, url: "https://example.org/a"}
  - {id: ref-b, title: T}
scoring:
  ratings:
    - {min: 50, label: L1}
    - {min: 0, label: L2}
  critical_cap: L2
profile:
  - id: use
    prompt: T
    kind: choice
    options:
      - {id: some, label: T, sensitivity: high}
recommendations:
  - title: T
    text: T
sections:
  - id: one
    title: T
    description: T
    weight: 1
    questions:
      - id: pick
        prompt: T
        kind: choice
        weight: 1
        refs: [ref-a, ref-b]
        options:
          - {id: good, label: T, score: 1}
          - id: bad
            label: T
            score: 0
            finding: {severity: critical, text: T, remedy: T}
      - id: many
        prompt: T
        kind: multi
        weight: 1
        options:
          - {id: x, label: T, score: 1}
          - {id: y, label: T, score: 0.5}
      - id: gone
        prompt: T
        kind: choice
        weight: 1
        finding_unknown: {severity: high, text: T, remedy: T}
        options:
          - {id: only, label: T, score: 1}
      - id: free
        prompt: T
        kind: text
`

// reportPlaceholder matches the reportPlaceholders of reportHostileTemplate: T, filled in turn, and the rating
// labels L1 and L2 (L2 twice, as a band and as the critical cap).
var reportPlaceholder = regexp.MustCompile(`: (T|L1|L2)\b`)

// reportHostileQuestionnaire fills the reportPlaceholders of reportHostileTemplate with the strings made by text,
// each written as a YAML double-quoted string.
func reportHostileQuestionnaire(t *testing.T, text func(slot string) string) *questionnaire.Questionnaire {
	t.Helper()
	n := 0
	src := reportPlaceholder.ReplaceAllStringFunc(reportHostileTemplate, func(m string) string {
		slot := m[2:]
		if slot == "T" {
			n++
			slot = fmt.Sprintf("q%d", n)
		}
		q, err := json.Marshal(text(slot))
		if err != nil {
			t.Fatal(err)
		}
		// A JSON string is a YAML double-quoted one, once the characters YAML reads as line
		// breaks or refuses raw are escaped too.
		return ": " + strings.NewReplacer("\u0085", `\u0085`, "\x7f", `\u007f`).Replace(string(q))
	})
	qn, err := questionnaire.Parse("hostile.yaml", []byte(src))
	if err != nil {
		t.Fatalf("hostile questionnaire does not load:\n%v\n%s", err, src)
	}
	return qn
}

// reportHostileAnswers returns answers to the hostile questionnaire whose every typed field is
// made by text: the details, notes, evidence, sources, a text answer, a choice the question does
// not have, and an answer (with its id) that the questionnaire does not have.
func reportHostileAnswers(text func(slot string) string) *assessment.File {
	n := 0
	next := func() string {
		n++
		return text(fmt.Sprintf("a%d", n))
	}
	f := &assessment.File{
		Questionnaire: assessment.Ref{ID: "hostile", Version: "1.0.0", Language: "en"},
		Assessment: assessment.Details{Vendor: next(), Product: next(), Organisation: next(), Assessor: next(),
			Interviewees: []string{next(), next()}, Date: "2026-11-28"},
		Answers: map[string]*assessment.Answer{
			"use":  {Choice: "some", Note: next(), By: next()},
			"pick": {Choice: "bad", Note: next(), Evidence: []string{next(), next()}, Source: next(), By: next(), At: next()},
			"many": {Choices: []string{"x", next()}, Note: next()},
			"gone": {Unknown: true, Note: next(), Evidence: []string{next()}},
			"free": {Text: next(), Note: next()},
		},
		Digest: strings.Repeat("0123456789abcdef", 4),
	}
	f.Answers["zz-"+next()] = &assessment.Answer{Text: next(), Note: next()}
	return f
}

// benign turns hostile text into words of the same shape: the same lines, blank lines and
// spaces, every other character a 'w'. A report on benign text is the yardstick for the
// structure of a report on hostile text.
func reportBenign(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		marker := listMarker(line)
		b.WriteString(marker)
		b.WriteString(strings.Map(func(r rune) rune {
			switch r {
			case '\n', '\r', ' ', '\t':
				return r
			}
			return 'w'
		}, line[len(marker):]))
	}
	return b.String()
}

// listMarker returns the start of a line that makes a list item of questionnaire prose (see
// Prose): the indentation and the bullet or number, which benign text keeps, so that an
// author's list is a list in both documents.
func listMarker(line string) string {
	rest, ok := listItem(line)
	if !ok {
		return ""
	}
	if t := strings.TrimLeft(line, " \t"); rest == t { // a numbered item keeps its number
		n := strings.IndexAny(t, ".)")
		return line[:len(line)-len(t)+n+2]
	}
	return line[:len(line)-len(rest)]
}

// shape lists the nodes of a Markdown document that are not plain text, with heading levels
// and the cell count of table rows: two documents of the same shape differ only in their text.
func reportShape(doc ast.Node) []string {
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text, *ast.String:
		case *ast.Heading:
			out = append(out, fmt.Sprintf("Heading%d", n.Level))
		case *extast.TableRow, *extast.TableHeader:
			out = append(out, fmt.Sprintf("%s(%d)", n.Kind(), childCount(n)))
		default:
			out = append(out, n.Kind().String())
		}
		return ast.WalkContinue, nil
	})
	return out
}

// reportForbidden lists the nodes that text typed by a person must never make. The report itself
// makes none of them either, except the autolink of a reference's web address. It does make
// strong emphasis (the rating, the recommendation, the draft banner): that typed text adds none
// is proved by the shape, which must be the one of the report in plain words.
var reportForbidden = map[ast.NodeKind]bool{
	ast.KindLink: true, ast.KindImage: true, ast.KindRawHTML: true, ast.KindHTMLBlock: true,
	ast.KindCodeSpan: true, ast.KindCodeBlock: true, ast.KindFencedCodeBlock: true,
	ast.KindBlockquote: true, ast.KindThematicBreak: true,
	extast.KindStrikethrough: true, extast.KindTaskCheckBox: true,
}

// TestReportHostile writes reports whose every piece of typed text, in the answers and in the
// questionnaire, is hostile Markdown, and checks that goldmark (GFM) reads them with exactly the
// structure of a report on plain words: no link, image, HTML, emphasis, code, heading, quote or
// table cell more or less; that the one autolink is the reference's web address; and that the
// typed text reads as typed.
func TestReportHostile(t *testing.T) {
	t.Parallel()
	pool := hostilePool()
	for round := range pool {
		hostileText := hostileRound(pool, round)
		plainText := func(slot string) string { return reportBenign(hostileText(slot)) }

		got := renderReport(t, reportHostileQuestionnaire(t, hostileText), reportHostileAnswers(hostileText))
		want := renderReport(t, reportHostileQuestionnaire(t, plainText), reportHostileAnswers(plainText))
		gotDoc, gotSrc := parseGFM(got)
		wantDoc, _ := parseGFM(want)
		if gs, ws := reportShape(gotDoc), reportShape(wantDoc); !slices.Equal(gs, ws) {
			t.Fatalf("round %d: the hostile report has another structure than the plain one: %s\nhostile report:\n%s",
				round, firstDifference(strings.Join(ws, "\n"), strings.Join(gs, "\n")), got)
		}
		autolinks := 0
		_ = ast.Walk(gotDoc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch {
			case !entering:
			case reportForbidden[n.Kind()]:
				t.Errorf("round %d: a %s node in the report", round, n.Kind())
			case n.Kind() == ast.KindAutoLink:
				autolinks++
				if u := string(n.(*ast.AutoLink).URL(gotSrc)); u != "https://example.org/a" {
					t.Errorf("round %d: autolink to %q", round, u)
				}
			}
			return ast.WalkContinue, nil
		})
		if autolinks != 1 {
			t.Errorf("round %d: %d autolinks, want the one of the reference", round, autolinks)
		}
		checkTypedText(t, round, gotDoc, gotSrc, reportHostileAnswers(hostileText))
	}
}

// hostilePool returns the hostile strings that hold some visible text: the questionnaire
// requires its prompts and labels.
func hostilePool() []string {
	var pool []string
	for _, s := range hostile {
		if len(Plain(s)) > 0 {
			pool = append(pool, s)
		}
	}
	return pool
}

// hostileRound returns the text of every slot of the hostile questionnaire and answers in one
// round: each round shifts the strings by one slot, so that over all rounds every string
// lands in every slot.
func hostileRound(pool []string, round int) func(slot string) string {
	return func(slot string) string {
		switch slot {
		case "L1":
			return "Good " + pool[round]
		case "L2":
			return "Bad " + pool[round]
		}
		i, _ := strconv.Atoi(slot[1:])
		if slot[0] == 'a' {
			i += 100
		}
		return pool[(round+i)%len(pool)]
	}
}

// TestReportHostileGolden keeps two hostile reports as golden files, to read in review and to
// lint: between them every hostile string is in the questionnaire and in the answers.
func TestReportHostileGolden(t *testing.T) {
	pool := hostilePool()
	var files []string
	for _, round := range []int{0, len(pool) / 2} {
		text := hostileRound(pool, round)
		path := filepath.Join("testdata", "report", fmt.Sprintf("hostile-%d.md", round))
		assertGolden(t, path, []byte(renderReport(t, reportHostileQuestionnaire(t, text), reportHostileAnswers(text))))
		files = append(files, path)
	}
	t.Run("markdownlint", func(t *testing.T) { lintMarkdown(t, files...) })
}

// renderReport scores the answers and returns the Markdown report.
func renderReport(t *testing.T, qn *questionnaire.Questionnaire, f *assessment.File) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, scoring.Score(qn, f), Options{EvidenceDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// checkTypedText checks that the vendor reads as typed in its cell of the details table, and
// that every note reads as typed in its list item.
func checkTypedText(t *testing.T, round int, doc ast.Node, src []byte, f *assessment.File) {
	t.Helper()
	texts := map[string]bool{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && (n.Kind() == extast.KindTableCell || n.Kind() == ast.KindTextBlock || n.Kind() == ast.KindParagraph) {
			if s, err := inlineText(n, src); err == nil { // other nodes are checked apart
				texts[s] = true
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if want := strings.Join(Plain(f.Assessment.Vendor), CellSeparator); !texts[want] {
		t.Errorf("round %d: no cell reads the vendor %q", round, want)
	}
	for id, a := range f.Answers {
		if want := "Note: " + strings.Join(Plain(a.Note), "\n"); !texts[want] {
			t.Errorf("round %d: no list item reads the note of %s, %q", round, id, want)
		}
	}
}
