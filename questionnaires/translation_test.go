package questionnaires_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// simplifiedOnly are common characters that exist only in Simplified Chinese; a Traditional
// Chinese file must not use them.
const simplifiedOnly = "数据个这们为对说务应证书钥处报户设资权审计删传输选项风险问题业"

// TestTranslationsMatchSource holds every translated built-in to its English source: the same
// structure (ids, kinds, options, weights, scores, audiences, exclusive options, references,
// rules, review intervals and every condition), with every text translated.
func TestTranslationsMatchSource(t *testing.T) {
	all, err := questionnaire.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	english := map[string]*questionnaire.Questionnaire{}
	for _, qn := range all {
		if qn.Language == "en" {
			english[qn.ID] = qn
		}
	}
	for _, qn := range all {
		if qn.Language == "en" {
			continue
		}
		t.Run(qn.ID+"."+qn.Language, func(t *testing.T) {
			en := english[qn.ID]
			if en == nil {
				t.Fatalf("no English source for %s", qn.ID)
			}
			if got, want := skeleton(qn), skeleton(en); got != want {
				t.Errorf("structure differs from the English source:\n%s", firstDifference(got, want))
			}
			for _, pair := range texts(qn, en) {
				checkTranslated(t, qn.Language, pair[0], pair[1], pair[2])
			}
		})
	}
}

// skeleton writes out everything of a questionnaire that a translation must keep, one line per
// item, with rating labels replaced by their rank.
func skeleton(qn *questionnaire.Questionnaire) string {
	var b strings.Builder
	rank := func(label string) int { return qn.RatingRank(label) }
	fmt.Fprintf(&b, "%s %s\n", qn.ID, qn.Version)
	for _, r := range qn.References {
		fmt.Fprintf(&b, "ref %s %s\n", r.ID, r.URL)
	}
	for _, r := range qn.Scoring.Ratings {
		fmt.Fprintf(&b, "rating %v\n", r.Min)
	}
	fmt.Fprintf(&b, "cap %d\n", rank(qn.Scoring.CriticalCap))
	for _, r := range qn.Recommendations {
		fmt.Fprintf(&b, "rec review=%d when=%s\n", r.ReviewMonths, condition(qn, r.When))
	}
	for _, s := range qn.Sections {
		fmt.Fprintf(&b, "section %s %v\n", s.ID, s.Weight)
		for _, r := range s.Rules {
			fmt.Fprintf(&b, "  rule %s %s refs=%v when=%s\n", r.ID, r.Finding.Severity, r.Refs, condition(qn, r.When))
		}
	}
	for _, q := range qn.Questions() {
		fmt.Fprintf(&b, "question %s %s %v refs=%v na=%v agg=%s good=%s expiry=%v audience=%v\n",
			q.ID, q.Kind, q.Weight, q.Refs, q.AllowNA, q.Aggregate, q.Good, q.Expiry, q.Audience)
		if q.When != nil {
			fmt.Fprintf(&b, "  when %s\n", condition(qn, q.When))
		}
		for _, f := range []*questionnaire.Finding{q.FindingYes, q.FindingNo, q.FindingUnknown} {
			if f != nil {
				fmt.Fprintf(&b, "  finding %s\n", f.Severity)
			}
		}
		for _, o := range q.Options {
			fmt.Fprintf(&b, "  option %s %v %s exclusive=%v", o.ID, o.Score, o.Sensitivity, o.Exclusive)
			if o.Finding != nil {
				fmt.Fprintf(&b, " finding %s", o.Finding.Severity)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// condition writes a condition out in full, with rating labels replaced by their rank so that
// translated labels compare equal; "always" for a nil condition.
func condition(qn *questionnaire.Questionnaire, c *questionnaire.Condition) string {
	if c == nil {
		return "always"
	}
	var parts []string
	if c.Question != "" {
		parts = append(parts, fmt.Sprintf("%s in=%v is=%v", c.Question, c.In, c.Is))
	}
	for _, k := range c.All {
		parts = append(parts, "all("+condition(qn, k)+")")
	}
	for _, k := range c.Any {
		parts = append(parts, "any("+condition(qn, k)+")")
	}
	if c.Not != nil {
		parts = append(parts, "not("+condition(qn, c.Not)+")")
	}
	if len(c.Sensitivity) > 0 {
		parts = append(parts, fmt.Sprintf("sensitivity=%v", c.Sensitivity))
	}
	if len(c.Rating) > 0 {
		ranks := make([]int, len(c.Rating))
		for i, l := range c.Rating {
			ranks[i] = qn.RatingRank(l)
		}
		parts = append(parts, fmt.Sprintf("rating=%v", ranks))
	}
	if c.Worst != nil {
		parts = append(parts, fmt.Sprintf("worst=%v", c.Worst))
	}
	if c.Complete != nil {
		parts = append(parts, fmt.Sprintf("complete=%v", *c.Complete))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d: translation %q, English %q", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("translation has %d lines, English %d", len(g), len(w))
}

// texts pairs each translatable text with its English source: {where, translated, english}.
func texts(qn, en *questionnaire.Questionnaire) [][3]string {
	out := [][3]string{{"title", qn.Title, en.Title}}
	enQs := en.Questions()
	for i, q := range qn.Questions() {
		if i >= len(enQs) {
			break
		}
		e := enQs[i]
		out = append(out, [3]string{q.ID + " prompt", q.Prompt, e.Prompt}, [3]string{q.ID + " help", q.Help, e.Help},
			[3]string{q.ID + " evidence", q.Evidence, e.Evidence})
		for j, o := range q.Options {
			if q.Kind != questionnaire.KindYesNo && j < len(e.Options) {
				out = append(out, [3]string{q.ID + "/" + o.ID + " label", o.Label, e.Options[j].Label})
				if o.Finding != nil && e.Options[j].Finding != nil {
					out = append(out, [3]string{q.ID + "/" + o.ID + " finding", o.Finding.Text, e.Options[j].Finding.Text})
				}
			}
		}
	}
	for i, s := range qn.Sections {
		if i >= len(en.Sections) {
			break
		}
		out = append(out, [3]string{s.ID + " title", s.Title, en.Sections[i].Title})
		for j, r := range s.Rules {
			if j < len(en.Sections[i].Rules) {
				e := en.Sections[i].Rules[j].Finding
				out = append(out, [3]string{r.ID + " finding", r.Finding.Text, e.Text}, [3]string{r.ID + " remedy", r.Finding.Remedy, e.Remedy})
			}
		}
	}
	for i, r := range qn.Recommendations {
		if i < len(en.Recommendations) {
			e := en.Recommendations[i]
			out = append(out, [3]string{fmt.Sprintf("recommendation %d title", i+1), r.Title, e.Title},
				[3]string{fmt.Sprintf("recommendation %d text", i+1), r.Text, e.Text})
		}
	}
	return out
}

// checkTranslated fails when a text is left in English: identical to the source, or, in
// Chinese, written without any Han character or with Simplified-only characters.
func checkTranslated(t *testing.T, lang, where, got, english string) {
	t.Helper()
	if english == "" {
		return
	}
	if got == english && !properName(english) {
		t.Errorf("%s is not translated: %q", where, got)
		return
	}
	if strings.HasPrefix(lang, "zh") {
		if !strings.ContainsFunc(got, func(r rune) bool { return unicode.Is(unicode.Han, r) }) && !properName(english) {
			t.Errorf("%s has no Chinese text: %q", where, got)
		}
		if i := strings.IndexAny(got, simplifiedOnly); i >= 0 {
			t.Errorf("%s uses a Simplified character %q: %q", where, []rune(got[i:])[0], got)
		}
	}
}

// properName reports whether a text is a name or code that stays the same in every language,
// such as "ISO/IEC 27701" or "SOC 2 Type II".
func properName(s string) bool {
	words := strings.Fields(s)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r := []rune(w)[0]
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// TestTranslationSkeletonSeesChanges makes sure the structure comparison notices each kind of
// change a translation could slip in.
func TestTranslationSkeletonSeesChanges(t *testing.T) {
	last := func(qn *questionnaire.Questionnaire) *questionnaire.Question {
		qs := qn.Questions()
		return qs[len(qs)-1]
	}
	firstRule := func(qn *questionnaire.Questionnaire) *questionnaire.Rule { return qn.Rules()[0] }
	changes := []struct {
		name   string
		change func(qn *questionnaire.Questionnaire)
	}{
		{"weight", func(qn *questionnaire.Questionnaire) { last(qn).Weight++ }},
		{"audience", func(qn *questionnaire.Questionnaire) { last(qn).Audience = nil }},
		{"exclusive option", func(qn *questionnaire.Questionnaire) {
			o := &last(qn).Options[len(last(qn).Options)-1]
			o.Exclusive = !o.Exclusive
		}},
		{"question condition", func(qn *questionnaire.Questionnaire) {
			qn.Question("sensitive-transfer").When.In = []string{"health"}
		}},
		{"rule severity", func(qn *questionnaire.Questionnaire) { firstRule(qn).Finding.Severity = questionnaire.SeverityLow }},
		{"rule condition", func(qn *questionnaire.Questionnaire) {
			firstRule(qn).When.All[1].In = []string{"none"}
		}},
		{"rule refs", func(qn *questionnaire.Questionnaire) { firstRule(qn).Refs = nil }},
		{"recommendation rating", func(qn *questionnaire.Questionnaire) {
			for _, r := range qn.Recommendations {
				if r.When != nil && len(r.When.Rating) > 0 {
					r.When.Rating = []string{qn.Scoring.Ratings[0].Label}
					return
				}
			}
		}},
		{"recommendation worst", func(qn *questionnaire.Questionnaire) {
			qn.Recommendations[len(qn.Recommendations)-2].When.Worst = []questionnaire.Severity{questionnaire.SeverityNone}
		}},
		{"review interval", func(qn *questionnaire.Questionnaire) { qn.Recommendations[0].ReviewMonths++ }},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			qn, err := questionnaire.Load("collab-vendor-mo.en.yaml")
			if err != nil {
				t.Fatal(err)
			}
			before := skeleton(qn)
			c.change(qn)
			if skeleton(qn) == before {
				t.Errorf("skeleton does not see a change of %s", c.name)
			}
		})
	}
}
