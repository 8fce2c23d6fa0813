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
// the rating, the findings resolved, new and still open, the accepted risks of either, every
// changed answer with its notes, and the questions added or removed between the versions. It refuses assessments made with
// different questionnaires. It is written in the language of the later assessment's questionnaire.
func Diff(w io.Writer, earlier, later *scoring.Result) error {
	d, err := DiffDocument(earlier, later)
	if err != nil {
		return err
	}
	return d.Markdown(w)
}

// newDiff checks that two assessments can be compared and indexes their questions.
func newDiff(earlier, later *scoring.Result) (*diff, error) {
	for _, r := range []*scoring.Result{earlier, later} {
		if r == nil || r.Questionnaire == nil || r.File == nil {
			return nil, errNoResult
		}
	}
	if earlier.Questionnaire.ID != later.Questionnaire.ID {
		return nil, fmt.Errorf("cannot compare assessments made with different questionnaires: the earlier used %q, the later %q",
			earlier.Questionnaire.ID, later.Questionnaire.ID)
	}
	return &diff{
		earlier: earlier, later: later, msg: messagesFor(later.Questionnaire.Language),
		earlierQs: questionResults(earlier), laterQs: questionResults(later),
		numbers: later.Questionnaire.Numbers(),
	}, nil
}

// diff holds the two assessments and their questions by id.
type diff struct {
	earlier, later     *scoring.Result
	earlierQs, laterQs map[string]*scoring.QuestionResult
	msg                *messages         // the words of the later questionnaire's language
	numbers            map[string]string // question numbers in the later version
}

// header writes the title, what the diff compares, the note on versions and the table of the two
// assessments.
func (df *diff) header(d *doc) {
	ea, la := df.earlier.File.Assessment, df.later.File.Assessment
	msg := df.msg
	d.heading(1, Heading(trimHeadingEnd(fmt.Sprintf(msg.diffTitle, orDash(la.Vendor), orDash(ea.Date), orDash(la.Date)))))
	qn := df.later.Questionnaire
	d.para(inline(fmt.Sprintf(msg.diffIntro, orDash(ea.Date), orDash(la.Date), qn.Title, qn.ID)))
	if note := df.versionNote(); note != "" {
		d.para(note)
	}
	d.heading(2, msg.assessmentsHeading)
	row := func(name string, value func(*scoring.Result) string) []string {
		return []string{name, Cell(orDash(value(df.earlier))), Cell(orDash(value(df.later)))}
	}
	rows := [][]string{
		row(msg.vendor, func(r *scoring.Result) string { return r.File.Assessment.Vendor }),
		row(msg.product, func(r *scoring.Result) string { return r.File.Assessment.Product }),
		row(msg.organisation, func(r *scoring.Result) string { return r.File.Assessment.Organisation }),
		row(msg.assessor, func(r *scoring.Result) string { return r.File.Assessment.Assessor }),
		row(msg.colDate, func(r *scoring.Result) string { return r.File.Assessment.Date }),
		row(msg.qnVersion, func(r *scoring.Result) string { return r.File.Questionnaire.Version }),
	}
	digest := []string{msg.answersFileDigest}
	for _, r := range []*scoring.Result{df.earlier, df.later} {
		if r.File.Digest == "" {
			digest = append(digest, msg.notRecorded)
		} else {
			digest = append(digest, "`"+r.File.Digest+"`")
		}
	}
	d.table([]string{"", msg.earlier, msg.later}, append(rows, digest))
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
		return inline(fmt.Sprintf(df.msg.diffVersionsOwn, ev, lv))
	case es == ls && ls == lv:
		return inline(fmt.Sprintf(df.msg.diffVersionsLater, ev, lv))
	}
	return inline(fmt.Sprintf(df.msg.diffVersionsMixed, ev, es, lv, ls))
}

// summary writes the table of the overall figures before and after, and what they say in words.
func (df *diff) summary(d *doc) {
	e, l, msg := df.earlier, df.later, df.msg
	d.heading(2, msg.summaryHeading)
	rec := func(r *scoring.Result) string {
		if r.Recommendation == nil {
			return "—"
		}
		return r.Recommendation.Title
	}
	rows := [][]string{
		{msg.colOverallScore, msg.overallText(e), msg.overallText(l), msg.loc.decimals(scoreChange(e.Scored, e.Overall, l.Scored, l.Overall))},
		{msg.colRating, Cell(orDash(msg.ratingText(e))), Cell(orDash(msg.ratingText(l))), msg.changeWord(df.ratingChange())},
		{msg.colCoverage, msg.percent(e.Coverage), msg.percent(l.Coverage), msg.coverageChange(e.Coverage, l.Coverage)},
		{msg.criticalFindings, strconv.Itoa(criticalCount(e)), strconv.Itoa(criticalCount(l)), signedInt(criticalCount(l) - criticalCount(e))},
		{msg.findings, strconv.Itoa(len(e.Findings)), strconv.Itoa(len(l.Findings)), signedInt(len(l.Findings) - len(e.Findings))},
		{msg.colSensitivity, msg.sensitivityWord(e.Sensitivity), msg.sensitivityWord(l.Sensitivity),
			msg.changeWord(sensitivityChange(e.Sensitivity, l.Sensitivity))},
		{msg.colRecommendation, Cell(rec(e)), Cell(rec(l)), msg.changeWord(sameOrChanged(rec(e) == rec(l)))},
	}
	d.table([]string{"", msg.earlier, msg.later, msg.change}, rows)
	d.para(df.summaryText())
}

// summaryText says in words how the score and the rating moved, and how many findings were
// resolved and raised.
func (df *diff) summaryText() string {
	e, l, msg := df.earlier, df.later, df.msg
	var s string
	switch change := scoreChange(e.Scored, e.Overall, l.Scored, l.Overall); {
	case change == "—":
		s = msg.cannotCompare
	case change == "0.0":
		s = fmt.Sprintf(msg.scoreSame, msg.score(l.Overall))
	case strings.HasPrefix(change, "+"):
		s = fmt.Sprintf(msg.scoreRose, msg.loc.decimals(change[1:]), msg.score(e.Overall), msg.score(l.Overall))
	default:
		s = fmt.Sprintf(msg.scoreFell, msg.loc.decimals(change[1:]), msg.score(e.Overall), msg.score(l.Overall))
	}
	switch df.ratingChange() {
	case "same":
		s += fmt.Sprintf(msg.ratingStayed, inline(l.Rating))
	case "better":
		s += fmt.Sprintf(msg.ratingImproved, inline(e.Rating), inline(l.Rating))
	case "worse":
		s += fmt.Sprintf(msg.ratingWorsened, inline(e.Rating), inline(l.Rating))
	default:
		s += fmt.Sprintf(msg.ratingMoved, inline(e.Rating), inline(l.Rating))
	}
	resolved := len(missingFindings(e.Findings, l.Findings))
	added := len(missingFindings(l.Findings, e.Findings))
	resolvedText, addedText, remain := msg.resolvedNone, msg.newNone, msg.remainNone
	if resolved > 0 {
		resolvedText = msg.count(msg.resolvedCount, resolved)
	}
	if added > 0 {
		addedText = msg.count(msg.newCount, added)
	}
	if n := criticalCount(l); n > 0 {
		remain = msg.count(msg.remainCount, n)
	}
	return s + fmt.Sprintf(msg.resolvedAndNew, resolvedText, addedText) + remain
}

// ratingChange says whether the rating got better or worse, by the later version's bands: same,
// better, worse or changed (see changeWord).
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
	msg := df.msg
	d.heading(2, msg.sectionScores)
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
			change := msg.loc.decimals(scoreChange(eok && es.Scored, es.Score, lok && ls.Scored, ls.Score))
			switch {
			case !eok:
				change = msg.newSection
			case !lok:
				change = msg.removedSection
			}
			rows = append(rows, []string{Cell(s.Title), msg.sectionCell(df.earlier, s.ID), msg.sectionCell(df.later, s.ID), change})
		}
	}
	d.table([]string{msg.colSection, msg.earlier, msg.later, msg.change}, rows)
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
func (m *messages) coverageChange(e, l float64) string {
	delta := int(math.Round(l*100) - math.Round(e*100))
	return fmt.Sprintf(m.points, signedInt(delta))
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

// sensitivityChange says whether the sensitivity of the use went up or down: same, changed,
// higher or lower (see changeWord).
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

// sameOrChanged says same or changed (see changeWord).
func sameOrChanged(same bool) string {
	if same {
		return "same"
	}
	return "changed"
}

// changeWord gives the words for a change code of ratingChange, sensitivityChange and
// sameOrChanged.
func (m *messages) changeWord(code string) string {
	switch code {
	case "same":
		return m.same
	case "better":
		return m.better
	case "worse":
		return m.worse
	case "higher":
		return m.higher
	case "lower":
		return m.lower
	}
	return m.changed
}
