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
// structure, ids, weights, scores, references and conditions, with every text translated.
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
		if r.When == nil {
			b.WriteString("rec always\n")
			continue
		}
		ranks := make([]int, len(r.When.Rating))
		for i, l := range r.When.Rating {
			ranks[i] = rank(l)
		}
		fmt.Fprintf(&b, "rec %v %v\n", r.When.Sensitivity, ranks)
	}
	for _, s := range qn.Sections {
		fmt.Fprintf(&b, "section %s %v\n", s.ID, s.Weight)
	}
	for _, q := range qn.Questions() {
		fmt.Fprintf(&b, "question %s %s %v refs=%v na=%v agg=%s good=%s expiry=%v\n",
			q.ID, q.Kind, q.Weight, q.Refs, q.AllowNA, q.Aggregate, q.Good, q.Expiry)
		if q.When != nil {
			fmt.Fprintf(&b, "  when %s %v\n", q.When.Question, q.When.In)
		}
		for _, f := range []*questionnaire.Finding{q.FindingYes, q.FindingNo, q.FindingUnknown} {
			if f != nil {
				fmt.Fprintf(&b, "  finding %s\n", f.Severity)
			}
		}
		for _, o := range q.Options {
			fmt.Fprintf(&b, "  option %s %v %s", o.ID, o.Score, o.Sensitivity)
			if o.Finding != nil {
				fmt.Fprintf(&b, " finding %s", o.Finding.Severity)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
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
		out = append(out, [3]string{s.ID + " title", s.Title, en.Sections[i].Title})
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

// TestTranslationSkeletonSeesChanges makes sure the structure comparison notices a change.
func TestTranslationSkeletonSeesChanges(t *testing.T) {
	qn, err := questionnaire.Load("collab-vendor-mo.en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	before := skeleton(qn)
	qs := qn.Questions()
	qs[len(qs)-1].Weight++
	if skeleton(qn) == before {
		t.Error("skeleton does not see a weight change")
	}
}
