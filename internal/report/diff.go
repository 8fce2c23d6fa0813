package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Diff writes what changed between two assessments of the same vendor made with the same
// questionnaire (its version may differ): the overall and section scores with their changes,
// the rating, the findings resolved, new and still open, every changed answer with its notes,
// and the questions added or removed between the versions. It refuses assessments made with
// different questionnaires.
func Diff(w io.Writer, earlier, later *scoring.Result) error {
	for _, r := range []*scoring.Result{earlier, later} {
		if r == nil || r.Questionnaire == nil || r.File == nil {
			return errNoResult
		}
	}
	if earlier.Questionnaire.ID != later.Questionnaire.ID {
		return fmt.Errorf("cannot compare assessments made with different questionnaires: the earlier used %q, the later %q",
			earlier.Questionnaire.ID, later.Questionnaire.ID)
	}
	df := &diff{
		earlier: earlier, later: later,
		earlierQs: questionResults(earlier), laterQs: questionResults(later),
		numbers: questionNumbers(later.Questionnaire),
	}
	var d doc
	df.header(&d)
	df.summary(&d)
	df.sections(&d)
	df.findings(&d)
	df.answers(&d)
	df.versions(&d)
	_, err := io.WriteString(w, d.String())
	return err
}

// diff holds the two assessments and their questions by id.
type diff struct {
	earlier, later     *scoring.Result
	earlierQs, laterQs map[string]*scoring.QuestionResult
	numbers            map[string]string // question numbers in the later version
}

func (df *diff) header(d *doc) {
	ea, la := df.earlier.File.Assessment, df.later.File.Assessment
	d.heading(1, Heading(trimHeadingEnd(fmt.Sprintf("Re-assessment of %s: %s to %s", orDash(la.Vendor), orDash(ea.Date), orDash(la.Date)))))
	qn := df.later.Questionnaire
	d.para(inline(fmt.Sprintf("What changed between the earlier assessment (%s) and the later one (%s), both made with the questionnaire %s (%s).",
		orDash(ea.Date), orDash(la.Date), qn.Title, qn.ID)))
	if note := df.versionNote(); note != "" {
		d.para(note)
	}
	d.heading(2, "Assessments")
	row := func(name string, value func(*scoring.Result) string) []string {
		return []string{name, Cell(orDash(value(df.earlier))), Cell(orDash(value(df.later)))}
	}
	rows := [][]string{
		row("Vendor", func(r *scoring.Result) string { return r.File.Assessment.Vendor }),
		row("Product", func(r *scoring.Result) string { return r.File.Assessment.Product }),
		row("Organisation", func(r *scoring.Result) string { return r.File.Assessment.Organisation }),
		row("Assessor", func(r *scoring.Result) string { return r.File.Assessment.Assessor }),
		row("Date", func(r *scoring.Result) string { return r.File.Assessment.Date }),
		row("Questionnaire version", func(r *scoring.Result) string { return r.File.Questionnaire.Version }),
	}
	digest := []string{"Answers file SHA-256"}
	for _, r := range []*scoring.Result{df.earlier, df.later} {
		if r.File.Digest == "" {
			digest = append(digest, "not recorded")
		} else {
			digest = append(digest, "`"+r.File.Digest+"`")
		}
	}
	d.table([]string{"", "Earlier", "Later"}, append(rows, digest))
}

// versionNote says which versions of the questionnaire the answers were made with and scored
// with, when they are not all the same.
func (df *diff) versionNote() string {
	ev, lv := df.earlier.File.Questionnaire.Version, df.later.File.Questionnaire.Version
	es, ls := df.earlier.Questionnaire.Version, df.later.Questionnaire.Version
	switch {
	case ev == lv && es == ev && ls == lv:
		return ""
	case es == ev && ls == lv:
		return inline(fmt.Sprintf("The earlier assessment was made with version %s of the questionnaire and the later one with version %s; "+
			"each is scored with its own version. Questions added or removed between the versions are listed at the end: "+
			"they change the scores as well as the vendor's answers do.", ev, lv))
	case es == ls && ls == lv:
		return inline(fmt.Sprintf("The earlier assessment was made with version %s of the questionnaire, which is not at hand, "+
			"so both are scored with version %s. Questions added since %s count as unanswered in the earlier assessment: "+
			"part of the change in score comes from the questionnaire, not from the vendor.", ev, lv, ev))
	}
	return inline(fmt.Sprintf("The earlier assessment was made with version %s of the questionnaire and is scored with version %s; "+
		"the later one was made with version %s and is scored with version %s. Part of the change in score may come from the "+
		"questionnaire, not from the vendor.", ev, es, lv, ls))
}

func (df *diff) summary(d *doc) {
	e, l := df.earlier, df.later
	d.heading(2, "Summary")
	rec := func(r *scoring.Result) string {
		if r.Recommendation == nil {
			return "—"
		}
		return r.Recommendation.Title
	}
	rows := [][]string{
		{"Overall score", overallText(e), overallText(l), scoreChange(e.Scored, e.Overall, l.Scored, l.Overall)},
		{"Rating", Cell(orDash(ratingText(e))), Cell(orDash(ratingText(l))), df.ratingChange()},
		{"Coverage", percent(e.Coverage), percent(l.Coverage), coverageChange(e.Coverage, l.Coverage)},
		{"Critical findings", strconv.Itoa(criticalCount(e)), strconv.Itoa(criticalCount(l)), signedInt(criticalCount(l) - criticalCount(e))},
		{"Findings", strconv.Itoa(len(e.Findings)), strconv.Itoa(len(l.Findings)), signedInt(len(l.Findings) - len(e.Findings))},
		{"Sensitivity of use", string(e.Sensitivity), string(l.Sensitivity), sensitivityChange(e.Sensitivity, l.Sensitivity)},
		{"Recommendation", Cell(rec(e)), Cell(rec(l)), sameOrChanged(rec(e) == rec(l))},
	}
	d.table([]string{"", "Earlier", "Later", "Change"}, rows)
	d.para(df.summaryText())
}

// summaryText says in words how the score and the rating moved, and how many findings were
// resolved and raised.
func (df *diff) summaryText() string {
	e, l := df.earlier, df.later
	var s string
	switch change := scoreChange(e.Scored, e.Overall, l.Scored, l.Overall); {
	case change == "—":
		s = "The overall score cannot be compared: one of the assessments has nothing scored"
	case change == "0.0":
		s = "The overall score did not change (" + score1(l.Overall) + ")"
	case strings.HasPrefix(change, "+"):
		s = fmt.Sprintf("The overall score rose by %s points, from %s to %s", change[1:], score1(e.Overall), score1(l.Overall))
	default:
		s = fmt.Sprintf("The overall score fell by %s points, from %s to %s", change[1:], score1(e.Overall), score1(l.Overall))
	}
	switch df.ratingChange() {
	case "same":
		s += ", and the rating stayed " + inline(l.Rating) + "."
	case "better":
		s += ", and the rating improved from " + inline(e.Rating) + " to " + inline(l.Rating) + "."
	case "worse":
		s += ", and the rating worsened from " + inline(e.Rating) + " to " + inline(l.Rating) + "."
	default:
		s += ", and the rating changed from " + inline(e.Rating) + " to " + inline(l.Rating) + "."
	}
	resolved := len(missingFindings(e.Findings, l.Findings))
	added := len(missingFindings(l.Findings, e.Findings))
	resolvedText, addedText := plural(resolved, "finding was", "findings were"), plural(added, "is", "are")
	if resolved == 0 {
		resolvedText = "No finding was"
	}
	if added == 0 {
		addedText = "none is"
	}
	s += fmt.Sprintf(" %s resolved and %s new; ", resolvedText, addedText)
	if n := criticalCount(l); n == 0 {
		s += "no critical finding remains."
	} else {
		s += plural(n, "critical finding remains.", "critical findings remain.")
	}
	return s
}

// ratingChange says whether the rating got better or worse, by the later version's bands.
func (df *diff) ratingChange() string {
	e, l := df.earlier.Rating, df.later.Rating
	if e == l {
		return "same"
	}
	bands := df.later.Questionnaire
	re, rl := bands.RatingRank(e), bands.RatingRank(l)
	switch {
	case re < 0 || rl < 0:
		return "changed"
	case rl < re:
		return "better"
	}
	return "worse"
}

// sections writes each section's score before and after, with the change.
func (df *diff) sections(d *doc) {
	d.heading(2, "Section scores")
	var rows [][]string
	seen := map[string]bool{}
	for _, qn := range []*questionnaire.Questionnaire{df.later.Questionnaire, df.earlier.Questionnaire} {
		for _, s := range qn.Sections {
			if seen[s.ID] {
				continue
			}
			seen[s.ID] = true
			es, eok := sectionResult(df.earlier, s.ID)
			ls, lok := sectionResult(df.later, s.ID)
			change := scoreChange(eok && es.Scored, es.Score, lok && ls.Scored, ls.Score)
			switch {
			case !eok:
				change = "new section"
			case !lok:
				change = "removed section"
			}
			rows = append(rows, []string{Cell(s.Title), sectionCell(df.earlier, s.ID), sectionCell(df.later, s.ID), change})
		}
	}
	d.table([]string{"Section", "Earlier", "Later", "Change"}, rows)
}

// sectionResult returns the result of the section with the id.
func sectionResult(r *scoring.Result, id string) (scoring.SectionResult, bool) {
	for _, s := range r.Sections {
		if s.Section.ID == id {
			return s, true
		}
	}
	return scoring.SectionResult{}, false
}

// scoreChange shows the change between two scores as shown (one decimal), with its sign; a
// dash when either is not scored.
func scoreChange(eok bool, e float64, lok bool, l float64) string {
	if !eok || !lok {
		return "—"
	}
	delta := math.Round(l*10) - math.Round(e*10)
	return signedTenths(int(delta))
}

// coverageChange shows the change in coverage in percentage points, as shown (whole numbers).
func coverageChange(e, l float64) string {
	delta := int(math.Round(l*100) - math.Round(e*100))
	if delta == 0 {
		return "0 points"
	}
	return signedInt(delta) + " points"
}

// signedTenths shows a number of tenths with one decimal and a sign: +1.5, -0.3, 0.0.
func signedTenths(t int) string {
	sign := ""
	switch {
	case t > 0:
		sign = "+"
	case t < 0:
		sign = "-"
		t = -t
	}
	return fmt.Sprintf("%s%d.%d", sign, t/10, t%10)
}

// signedInt shows an integer with its sign: +2, -1, 0.
func signedInt(n int) string {
	if n > 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// sensitivityChange says whether the sensitivity of the use went up or down.
func sensitivityChange(e, l questionnaire.Sensitivity) string {
	switch {
	case e == l:
		return "same"
	case e == questionnaire.SensitivityUnknown || l == questionnaire.SensitivityUnknown:
		return "changed"
	case l.Rank() > e.Rank():
		return "higher"
	}
	return "lower"
}

func sameOrChanged(same bool) string {
	if same {
		return "same"
	}
	return "changed"
}
