// Package testgen generates synthetic questionnaires and answers for benchmarks and tests. Its
// output is deterministic: the same arguments always give the same bytes.
package testgen

import (
	"fmt"
	"strings"
)

// perSection is how many scored questions a generated section holds.
const perSection = 25

// Questionnaire returns a valid YAML questionnaire with the given number of scored questions
// (at least 1), spread over sections of up to 25. Its questions cycle through every kind:
// choice (some with a finding, some with finding_unknown), multi with each aggregate, yesno
// with good yes and no, date with expiry, and after every eighth scored question an unscored
// text question; some questions have a when condition on an earlier one, some allow N/A. The
// scored questions have ids q-00001, q-00002, …; the profile sets the sensitivity.
func Questionnaire(questions int) []byte {
	questions = max(questions, 1)
	var b strings.Builder
	b.Grow(questions * 400)
	b.WriteString(`id: generated
version: 1.0.0
language: en
title: Generated questionnaire
jurisdiction: Nowhere — synthetic test data
description: |
  A questionnaire generated for benchmarks and tests.
references:
  - {id: ref-1, title: Reference one, url: "https://example.org/one"}
  - {id: ref-2, title: Reference two}
scoring:
  ratings:
    - {min: 80, label: Low risk}
    - {min: 60, label: Moderate risk}
    - {min: 40, label: High risk}
    - {min: 0, label: Critical risk}
  critical_cap: High risk
profile:
  - id: data-kinds
    prompt: Which data will you keep on the platform?
    kind: multi
    options:
      - {id: contacts, label: Contacts, sensitivity: low}
      - {id: customers, label: Customer records, sensitivity: mixed}
      - {id: health, label: Health data, sensitivity: high}
  - id: uses-files
    prompt: Will you share files?
    kind: yesno
recommendations:
  - when: {sensitivity: [high], rating: [High risk, Critical risk]}
    title: Replace
    text: Move to another platform.
  - when: {rating: [Moderate risk, High risk, Critical risk]}
    title: Add controls
  - title: Keep
`)
	b.WriteString("sections:\n")
	for i := 1; i <= questions; i++ {
		if (i-1)%perSection == 0 {
			s := (i-1)/perSection + 1
			fmt.Fprintf(&b, "  - id: section-%d\n    title: Section %d\n    weight: %d\n    questions:\n", s, s, s%3+1)
		}
		writeQuestion(&b, i)
		if i%8 == 0 {
			fmt.Fprintf(&b, "      - {id: note-%05d, prompt: Anything to add?, kind: text}\n", i)
		}
	}
	return []byte(b.String())
}

// aggregates cycles through the aggregates of multi questions, the default (absent) first.
var aggregates = []string{"", "max", "mean", "sum"}

// writeQuestion writes the i-th scored question; its kind follows i modulo 8.
func writeQuestion(b *strings.Builder, i int) {
	fmt.Fprintf(b, "      - id: q-%05d\n        prompt: Generated question %d?\n        help: Help for question %d.\n", i, i, i)
	fmt.Fprintf(b, "        weight: %d\n", i%3+1)
	switch i % 8 {
	case 1: // choice with a critical finding, citing references
		b.WriteString("        kind: choice\n        refs: [ref-1, ref-2]\n        evidence: A document.\n")
		writeOptions(b, i, true)
	case 2: // multi, each aggregate in turn, allowing N/A
		b.WriteString("        kind: multi\n        allow_na: true\n")
		if a := aggregates[(i/8)%len(aggregates)]; a != "" {
			fmt.Fprintf(b, "        aggregate: %s\n", a)
		}
		writeOptions(b, i, false)
	case 3: // yesno, a finding when the answer is no
		b.WriteString("        kind: yesno\n        finding_no: {severity: high, text: Not in place., remedy: Put it in place.}\n")
	case 4: // yesno where no is good, shown only when an earlier choice holds
		fmt.Fprintf(b, "        kind: yesno\n        good: no\n        when: {question: q-%05d, in: [opt-a, opt-b]}\n", i-3)
		b.WriteString("        finding_yes: {severity: medium, text: It happened.}\n")
	case 5: // date with expiry
		b.WriteString("        kind: date\n        expiry: true\n")
	case 6: // choice with finding_unknown, shown only when an earlier yesno holds
		fmt.Fprintf(b, "        kind: choice\n        when: {question: q-%05d, in: [yes]}\n", i-3)
		b.WriteString("        finding_unknown: {severity: low, text: The vendor did not say.}\n")
		writeOptions(b, i, false)
	case 7: // multi with findings on options, conditional on the profile
		b.WriteString("        kind: multi\n        aggregate: min\n        when: {question: uses-files, in: [yes]}\n")
		writeOptions(b, i, true)
	default: // yesno allowing N/A
		b.WriteString("        kind: yesno\n        allow_na: true\n")
	}
}

// writeOptions writes three options scoring 1, 0.5 and 0; with finding, the last raises a
// critical finding.
func writeOptions(b *strings.Builder, i int, finding bool) {
	fmt.Fprintf(b, "        options:\n          - {id: opt-a, label: Best answer %d, score: 1}\n          - {id: opt-b, label: Middle answer, score: 0.5}\n", i)
	if finding {
		b.WriteString("          - id: opt-c\n            label: Worst answer\n            score: 0\n" +
			"            finding: {severity: critical, text: The worst answer., remedy: Change it.}\n")
		return
	}
	b.WriteString("          - {id: opt-c, label: Worst answer, score: 0}\n")
}
