package questionnaire_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// TestInvalid loads each broken file under testdata/invalid and checks that it is refused with
// exactly the expected problems, at the expected line and column.
func TestInvalid(t *testing.T) {
	t.Parallel()
	type want struct {
		pos  string // "line:col", or "" for a problem about the whole file
		frag string // a fragment of the message
	}
	tests := []struct {
		file string
		want []want
	}{
		{"syntax-error", []want{{"8:7", "invalid YAML: did not find expected ',' or '}'"}}},
		{"empty", []want{{"", "file is empty"}}},
		{"only-separator", []want{{"", "file is empty"}}},
		{"not-utf8", []want{{"5:11", "file is not UTF-8 text: byte 0xe9 is not part of a character"}}},
		{"not-mapping", []want{{"1:1", "must be a YAML mapping of keys"}}},
		{"two-documents", []want{{"18:1", "more than one YAML document"}}},
		{"alias", []want{{"8:23", "anchors (&bad) are not supported"}}},
		{"tag", []want{{"4:8", "YAML tag !!binary is not supported"}}},
		{"unknown-key-top", []want{{"5:1", `unknown key "colour" in the questionnaire (allowed keys: id, version, language, title,`}}},
		{"unknown-key-question", []want{{"18:9", `unknown key "wieght" in question "q1" (allowed keys: id, prompt,`}}},
		{"duplicate-key", []want{{"5:1", `duplicate key "title" in the questionnaire (first given at 4:1`}}},
		{"missing-id", []want{{"1:1", "the questionnaire has no id (it is required)"}}},
		{"missing-prompt", []want{{"15:9", `question "q1" has no prompt (it is required)`}}},
		{"not-a-list", []want{{"12:3", "sections must be a list, not a mapping"}}},
		{"duplicate-question-id", []want{{"17:13", `duplicate question id "q1" (first used at 12:10`}}},
		{"duplicate-section-id", []want{{"18:9", `duplicate section id "main" (first used at 12:9`}}},
		{"duplicate-option-id", []want{{"23:18", `duplicate option id "a" in question "q2" (first at 22:18`}}},
		{"duplicate-reference-id", []want{{"7:10", `duplicate reference id "law-1" (first used at 6:10`}}},
		{"unknown-reference", []want{{"18:16", `reference "law-9" is not defined (defined references: none)`}}},
		{"when-unknown-target", []want{{"18:26", `when names question "nowhere", which does not exist`}}},
		{"when-later-target", []want{{"18:26", `when names question "q2", which comes after "q1"`}}},
		{"when-self", []want{{"18:26", `question "q1" cannot depend on itself`}}},
		{"when-bad-value", []want{{"21:35", `when can never hold: "maybe" is not an option of "q1" (options: yes, no)`}}},
		{"when-text-target", []want{{"22:26", `when can never hold: "q2" is a text question, which has no options`}}},
		{"when-empty-in", []want{{"21:30", `when can never hold: in lists no option of "q1" (list at least one of: yes, no)`}}},
		{"when-without-in", []want{{"24:15", `when of question "q1" names question "p1" but has no in or is`}}},
		{"yaml-bool-option-ids", []want{{"27:35", `"true" is not an option of "q2" (options: on, off)`}}},
		{"score-out-of-range", []want{{"22:38", `score 1.5 of option "a" of question "q2" is outside 0..1`}}},
		{"score-not-number", []want{{"22:38", `score must be a number, not "high"`}}},
		{"option-without-score", []want{{"22:13", `option "a" of question "q2" has no score`}}},
		{"negative-weight", []want{{"18:17", `weight -1 of question "q1" is negative (use 0 or more)`}}},
		{"section-weight-zero", []want{{"14:13", "section weight 0 must be above 0"}}},
		{"unknown-kind", []want{{"20:15", `unknown kind "radio" for question "q2" (allowed: choice, multi, yesno, text, date)`}}},
		{"unknown-aggregate", []want{{"21:20", `unknown aggregate "median" (allowed: min, max, mean, sum)`}}},
		{"unknown-severity", []want{{"18:32", `unknown severity "severe" (allowed: info, low, medium, high, critical)`}}},
		{"unknown-sensitivity", []want{{"16:44", `sensitivity "extreme" is not one of low, mixed, high`}}},
		{"good-invalid", []want{{"18:15", `good must be yes or no, not "maybe"`}}},
		{"options-on-yesno", []want{{"18:9", `options are not allowed on yesno question "q1"`}}},
		{"options-on-text", []want{{"21:9", `options are not allowed on text question "q2"`}}},
		{"choice-without-options", []want{{"20:15", `choice question "q2" has no options`}}},
		{"choice-empty-options", []want{{"21:18", `choice question "q2" lists no option`}}},
		{"aggregate-on-choice", []want{{"21:9", `aggregate is only for multi questions, and "q2" is a choice question`}}},
		{"expiry-on-choice", []want{{"21:9", `expiry is only for date questions, and "q2" is a choice question`}}},
		{"finding-yes-on-choice", []want{{"21:9", `finding_yes is only for yesno questions, and "q2" is a choice question`}}},
		{"finding-without-text", []want{{"18:21", `finding_no of question "q1" has no text`}}},
		{"finding-unknown-on-text", []want{{"21:9", `finding_unknown on question "q2", which is not scored`}}},
		{"ratings-without-zero", []want{{"7:5", "ratings do not cover 0..100: no band has min: 0"}}},
		{"rating-min-out-of-range", []want{{"7:13", "rating min 120 is outside 0..100"}}},
		{"rating-duplicate-label", []want{{"8:23", `duplicate rating label "Good" (first at 7:24`}}},
		{"rating-duplicate-min", []want{{"8:13", "two rating bands start at 0 (first at 7:13"}}},
		{"critical-cap-unknown", []want{{"9:17", `critical_cap "Terrible" is not a rating label (labels: Good, Bad)`}}},
		{"recommendation-rating-unknown", []want{{"10:21", `rating "Awful" is not a rating label (labels: Good, Bad)`}}},
		{"recommendation-sensitivity-unknown", []want{{"10:26", `sensitivity "extreme" is not one of low, mixed, high, unknown`}}},
		{"recommendation-last-has-when", []want{{"11:5", "the last recommendation must have no when"}}},
		{"recommendation-unreachable", []want{{"11:5", `recommendation "Stop" can never be chosen: the entry at 10:5 always holds`}}},
		{"recommendations-empty", []want{{"9:18", "recommendations list no entry"}}},
		{"nothing-to-score", []want{{"11:1", "nothing to score"}}},
		{"sections-empty", []want{{"11:11", "sections list no section"}}},
		{"section-without-questions", []want{{"14:16", `section "main" lists no question`}}},
		{"id-not-kebab-case", []want{{"15:13", `question id "Q_1" is not kebab-case`}}},
		{"version-not-semver", []want{{"2:10", `version "1.0" is not a semantic version`}}},
		{"language-invalid", []want{{"3:11", `language "english" is not a BCP 47 language tag`}}},
		{"sensitivity-on-section-option", []want{{"22:41", "sensitivity is only for options of profile questions"}}},
		{"text-with-weight", []want{{"18:54", `text question "q2" has weight 2, but text answers are never scored`}}},
		{"date-weight-without-expiry", []want{{"18:61", `date question "q2" has weight 1, but dates are scored only with expiry: true`}}},
		{"weight-on-profile", []want{{"15:5", `profile questions are not scored: remove weight from question "p1"`}}},
		{"score-on-profile-option", []want{{"16:49", `profile questions are not scored: remove score from option "low" of question "p1"`}}},
		{"allow-na-not-bool", []want{{"18:19", `allow_na must be true or false, not "yes"`}}},
		{"reference-url-not-web", []want{{"6:38", `reference url "javascript:alert(1)" is not a web address`}}},
		{"when-unknown-atom", []want{{"21:30", `unknown key "equals" in when of question "q2" (allowed keys: question,`}}},
		{"when-outcome-on-question", []want{{"21:16", `when of question "q2": rating is only for the when of rules and recomm`}}},
		{"when-too-deep", []want{{"21:63", `a nested condition of when of question "q2" nests deeper than 8 levels`}}},
		{"when-in-without-question", []want{{"21:16", `when of question "q2" has in but no question (name the question whose `}}},
		{"when-empty-question", []want{{"21:30", `when of question "q2" has in but no question (name the question whose `}}},
		{"when-any-empty", []want{{"21:21", `when of question "q2": any lists no condition, so it can never hold (l`}}},
		{"when-is-na-not-allowed", []want{{"21:35", `when can never hold: "q1" does not allow the answer not applicable (ad`}}},
		{"when-is-bad-state", []want{{"21:35", `"maybe" is not a state of an answer (allowed in is: answered, unknown,`}}},
		{"when-nested-bad-option", []want{{"24:40", `when can never hold: "perhaps" is not an option of "q1" (options: yes,`}}},
		{"rule-later-question", []want{{"20:26", `when of rule "r1" names question "q3", which comes in a later section `}}},
		{"rule-names-rule", []want{{"23:26", `when names "r1", which is a rule (a condition names questions; repeat `}}},
		{"rule-without-finding", []want{{"19:9", `rule "r1" of section "main" has no finding (it is required)`}}},
		{"rule-duplicate-id", []want{{"19:13", `duplicate rule id "q1" (first used at 15:13; ids must be unique)`}}},
		{"rule-bad-worst", []want{{"20:24", `worst "severe" is not a severity (allowed: critical, high, medium, low`}}},
		{"exclusive-on-choice", []want{{"23:41", `exclusive is only for options of multi questions, and "q2" is a choice`}}},
		{"id-too-long", []want{{"18:13", `is too long (71 characters; an id has at most 64)`}}},
		{"audience-unknown", []want{{"21:28", `audience "auditors" is not one of vendor, it, legal, business`}}},
		{"audience-vendor-on-profile", []want{{"13:16", `profile questions describe your own use and never go to the vendor: re`}}},
		{"rule-contradiction", []want{{"23:15", `when can never hold: it needs the answer to "q1" to be one of yes and one of no at once`}}},
		{"review-months-not-whole", []want{{"12:20", `review_months 1.5 of recommendation "Stop" must be a whole number of m`}}},
	}
	files, err := filepath.Glob("testdata/invalid/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{"several": true} // TestSeveralProblems covers it
	for _, tt := range tests {
		covered[tt.file] = true
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join("testdata", "invalid", tt.file+".yaml")
			qn, err := questionnaire.Load(path)
			if err == nil {
				t.Fatalf("Load(%s) = %q, want an error", path, qn.ID)
			}
			var probs questionnaire.Problems
			if !errors.As(err, &probs) {
				t.Fatalf("Load(%s) error is %T (%v), want Problems", path, err, err)
			}
			if len(probs) != len(tt.want) {
				t.Fatalf("Load(%s) gave %d problems, want %d:\n%v", path, len(probs), len(tt.want), err)
			}
			for i, w := range tt.want {
				p := probs[i]
				if p.File != path || p.Pos.String() != w.pos || !strings.Contains(p.Msg, w.frag) {
					t.Errorf("problem %d = %q, want %s:%s: …%s…", i, p.Error(), path, w.pos, w.frag)
				}
			}
		})
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		if !covered[name] {
			t.Errorf("testdata/invalid/%s.yaml has no entry in the table", name)
		}
	}
}

// TestSeveralProblems checks that one pass reports every problem of a file, sorted by position,
// one per line of the error text.
func TestSeveralProblems(t *testing.T) {
	t.Parallel()
	const path = "testdata/invalid/several.yaml"
	_, err := questionnaire.Load(path)
	if err == nil {
		t.Fatal("Load succeeded, want problems")
	}
	want := []string{
		path + `:1:5: questionnaire id "Several_Problems" is not kebab-case`,
		path + `:2:10: version "one" is not a semantic version`,
		path + `:7:5: ratings do not cover 0..100`,
		path + `:17:9: unknown key "colour" in question "q1" (allowed keys: id, prompt,`,
		path + `:18:13: duplicate question id "q1" (first used at 14:13`,
		path + `:22:38: score 2 of option "a" of question "q1" is outside 0..1`,
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%v", len(lines), len(want), err)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want prefix %q", i+1, lines[i], w)
		}
	}
}

// TestTooLarge checks that an oversized file is refused before it is parsed.
func TestTooLarge(t *testing.T) {
	t.Parallel()
	data := []byte("id: big\ndescription: " + strings.Repeat("x", questionnaire.MaxFileSize) + "\n")
	_, err := questionnaire.Parse("big.yaml", data)
	if err == nil || !strings.HasPrefix(err.Error(), "big.yaml: file is ") || !strings.Contains(err.Error(), "10 MiB") {
		t.Fatalf("Parse(oversized) error = %v, want a size problem", err)
	}

	path := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := questionnaire.Load(path); err == nil || !strings.Contains(err.Error(), "10 MiB") {
		t.Fatalf("Load(oversized) error = %v, want a size problem", err)
	}
}

// TestLoadMissingFile checks that an unreadable file gives a wrapped error naming the file.
func TestLoadMissingFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "absent.yaml")
	_, err := questionnaire.Load(path)
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Fatalf("Load(absent) error = %v, want a not-exist error naming the file", err)
	}
}

// TestProblemsCapped checks that a file with thousands of problems lists the first 50
// and counts the others, instead of printing them all.
func TestProblemsCapped(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("id: many\nversion: 1.0.0\nlanguage: en\ntitle: T\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "unknown-%d: 1\n", i)
	}
	_, err := questionnaire.Parse("many.yaml", []byte(b.String()))
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != questionnaire.MaxListed+1 {
		t.Fatalf("%d lines, want %d", len(lines), questionnaire.MaxListed+1)
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "many.yaml: and ") || !strings.HasSuffix(last, " more problems") {
		t.Errorf("last line %q", last)
	}
}
