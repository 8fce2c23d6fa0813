package report

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Compare writes one Markdown report comparing two or more assessments made with the same
// questionnaire (versions may differ), in the language of its newest version: the assessments, the ranking, the section scores side by
// side, each vendor's critical findings, and the answers that differ between the vendors. The
// vendors appear in the order of Rank everywhere. It refuses assessments made with different
// questionnaires.
func Compare(w io.Writer, results []*scoring.Result) error {
	d, err := CompareDocument(results)
	if err != nil {
		return err
	}
	return d.Markdown(w)
}

// checkComparable refuses fewer than two assessments, or assessments made with different
// questionnaires.
func checkComparable(results []*scoring.Result) error {
	if len(results) < 2 {
		return errors.New("a comparison needs at least two assessments")
	}
	for _, r := range results {
		if r == nil || r.Questionnaire == nil || r.File == nil {
			return errNoResult
		}
	}
	id := results[0].Questionnaire.ID
	for _, r := range results[1:] {
		if r.Questionnaire.ID != id {
			return fmt.Errorf("cannot compare assessments made with different questionnaires: %s used %q, %s used %q",
				results[0].File.Assessment.Vendor, id, r.File.Assessment.Vendor, r.Questionnaire.ID)
		}
	}
	return nil
}

// comparison holds the assessments in ranking order with what every part of the report needs.
type comparison struct {
	ranked  []Ranked
	labels  []string // each vendor's name as the report shows it, unique, not escaped
	ref     *questionnaire.Questionnaire
	msg     *messages // the words of the language of ref
	numbers map[string]string
	answers []map[string]*scoring.QuestionResult
}

func newComparison(results []*scoring.Result) *comparison {
	c := &comparison{ranked: Rank(results)}
	ordered := make([]*scoring.Result, len(c.ranked))
	for i, rk := range c.ranked {
		ordered[i] = rk.Result
		c.answers = append(c.answers, questionResults(rk.Result))
	}
	c.labels = vendorLabels(ordered)
	c.ref = newestQuestionnaire(ordered)
	c.msg = messagesFor(c.ref.Language)
	c.numbers = c.ref.Numbers()
	return c
}

// questionResults indexes a result's questions by id.
func questionResults(r *scoring.Result) map[string]*scoring.QuestionResult {
	m := make(map[string]*scoring.QuestionResult, len(r.Questions))
	for i := range r.Questions {
		m[r.Questions[i].Question.ID] = &r.Questions[i]
	}
	return m
}

// newestQuestionnaire returns the questionnaire of the newest version among the results, the
// first one of that version: its sections and questions give the rows of the report.
func newestQuestionnaire(results []*scoring.Result) *questionnaire.Questionnaire {
	best := results[0].Questionnaire
	for _, r := range results[1:] {
		if compareVersions(r.Questionnaire.Version, best.Version) > 0 {
			best = r.Questionnaire
		}
	}
	return best
}

// vendorLabels names each assessment as the report shows it: the vendor, with the product and
// then the date added where two would otherwise look the same, and a number as a last resort.
func vendorLabels(results []*scoring.Result) []string {
	labels := make([]string, len(results))
	for i, r := range results {
		labels[i] = orDash(r.File.Assessment.Vendor)
	}
	extend := func(part func(*scoring.Result) string) {
		dup := duplicates(labels)
		for i, r := range results {
			if dup[labels[i]] && part(r) != "" {
				labels[i] += " (" + part(r) + ")"
			}
		}
	}
	extend(func(r *scoring.Result) string { return r.File.Assessment.Product })
	extend(func(r *scoring.Result) string { return r.File.Assessment.Date })
	dup := duplicates(labels)
	seen := map[string]int{}
	for i := range labels {
		if dup[labels[i]] {
			seen[labels[i]]++
			labels[i] = fmt.Sprintf("%s #%d", labels[i], seen[labels[i]])
		}
	}
	return labels
}

// duplicates returns the labels that occur more than once.
func duplicates(labels []string) map[string]bool {
	count := map[string]int{}
	for _, l := range labels {
		count[l]++
	}
	dup := map[string]bool{}
	for l, n := range count {
		if n > 1 {
			dup[l] = true
		}
	}
	return dup
}

// header writes the title, the questionnaire and the dates, the note on versions and the table of
// the assessments.
func (c *comparison) header(d *doc) {
	msg := c.msg
	d.heading(1, Heading(trimHeadingEnd(fmt.Sprintf(msg.compareTitle, msg.joinAnd(c.labels)))))
	intro := inline(fmt.Sprintf(msg.compareQuestionnaire, c.ref.Title, c.ref.ID, c.versionsText()))
	d.para(strings.TrimSpace(joinSentences(msg, intro, c.datesText())))
	if note := c.versionNote(); note != "" {
		d.para(note)
	}
	var drafts []string
	for i, rk := range c.ranked {
		if r := rk.Result; !r.Complete {
			drafts = append(drafts, fmt.Sprintf(msg.form(msg.vd.draftFor, r.Unanswered), inline(c.labels[i]), r.Unanswered))
		}
	}
	d.list(drafts...)
	if warning := c.profileWarning(); warning != "" {
		d.para(warning)
	}
	d.heading(2, msg.assessmentsHeading)
	rows := make([][]string, len(c.ranked))
	for i, rk := range c.ranked {
		a := rk.Result.File.Assessment
		rows[i] = []string{Cell(c.labels[i]), Cell(orDash(a.Product)), Cell(orDash(a.Date)),
			Cell(orDash(a.Assessor)), Cell(c.versionCell(rk.Result)), msg.sensitivityWord(rk.Result.Sensitivity)}
	}
	d.table([]string{msg.colVendor, msg.product, msg.colDate, msg.assessor, msg.qnVersion, msg.colSensitivity}, rows)
}

// profileWarning warns, when the vendors were assessed for different uses (another
// sensitivity, or other answers to the profile questions, such as the stage of procurement),
// that their recommendations answer different situations; "" when the profiles agree.
func (c *comparison) profileWarning() string {
	msg := c.msg
	var parts []string
	bySensitivity := map[string][]string{}
	var order []string
	for i, rk := range c.ranked {
		w := msg.sensitivityWord(rk.Result.Sensitivity)
		if _, seen := bySensitivity[w]; !seen {
			order = append(order, w)
		}
		bySensitivity[w] = append(bySensitivity[w], inline(c.labels[i]))
	}
	if len(order) > 1 {
		groups := make([]string, len(order))
		for i, w := range order {
			groups[i] = fmt.Sprintf(msg.sensitivityFor, w, msg.joinAnd(bySensitivity[w]))
		}
		parts = append(parts, fmt.Sprintf(msg.profileSensitivities, strings.Join(groups, msg.listSepComma)))
	}
	var questions []string
	for _, q := range c.ref.Profile {
		if _, differ := c.differing(q); differ {
			questions = append(questions, c.numbers[q.ID])
		}
	}
	if len(questions) > 0 {
		parts = append(parts, fmt.Sprintf(msg.profileAnswersDiffer, msg.joinAnd(questions)))
	}
	if len(parts) == 0 {
		return ""
	}
	return "**" + msg.profileWarningLabel + "**" + msg.colon + joinSentences(msg, append(parts, msg.profileNotComparable)...)
}

// versionsText names the questionnaire versions the answers were made with.
func (c *comparison) versionsText() string {
	vs := c.fileVersions()
	if len(vs) == 1 {
		return fmt.Sprintf(c.msg.versionOne, vs[0])
	}
	return fmt.Sprintf(c.msg.versionMany, c.msg.joinAnd(vs))
}

// fileVersions returns the distinct versions the answers files were made with, oldest first.
func (c *comparison) fileVersions() []string {
	var vs []string
	for _, rk := range c.ranked {
		if v := rk.Result.File.Questionnaire.Version; !slices.Contains(vs, v) {
			vs = append(vs, v)
		}
	}
	slices.SortFunc(vs, compareVersions)
	return vs
}

// scoredVersions counts the distinct versions the assessments were scored with.
func (c *comparison) scoredVersions() int {
	var vs []string
	for _, rk := range c.ranked {
		if v := rk.Result.Questionnaire.Version; !slices.Contains(vs, v) {
			vs = append(vs, v)
		}
	}
	return len(vs)
}

// datesText says when the assessments were made.
func (c *comparison) datesText() string {
	var dates []string
	for _, rk := range c.ranked {
		if d := rk.Result.File.Assessment.Date; d != "" && !slices.Contains(dates, d) {
			dates = append(dates, d)
		}
	}
	slices.Sort(dates)
	switch len(dates) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf(c.msg.assessedOn, inline(dates[0]))
	}
	return fmt.Sprintf(c.msg.assessedBetween, inline(dates[0]), inline(dates[len(dates)-1]))
}

// versionNote explains, when the answers were made with different versions of the
// questionnaire or scored with another version than their own, which vendor used which.
func (c *comparison) versionNote() string {
	var parts []string
	if versions := c.fileVersions(); len(versions) > 1 {
		var used []string
		for _, v := range versions {
			var who []string
			for i, rk := range c.ranked {
				if rk.Result.File.Questionnaire.Version == v {
					who = append(who, inline(c.labels[i]))
				}
			}
			used = append(used, fmt.Sprintf(c.msg.versionFor, inline(v), c.msg.joinAnd(who)))
		}
		parts = append(parts, fmt.Sprintf(c.msg.differentVersions, strings.Join(used, c.msg.listSepComma)))
	}
	if c.scoredVersions() > 1 {
		parts = append(parts, fmt.Sprintf(c.msg.ownVersions, inline(c.ref.Version)))
	}
	for i, rk := range c.ranked {
		made, scored := rk.Result.File.Questionnaire.Version, rk.Result.Questionnaire.Version
		if made != scored {
			parts = append(parts, fmt.Sprintf(c.msg.notAtHand, inline(c.labels[i]), inline(made), inline(scored)))
		}
	}
	return joinSentences(c.msg, parts...)
}

// ranking writes the table of the ranking and how it is made.
func (c *comparison) ranking(d *doc) {
	msg := c.msg
	d.heading(2, msg.rankingHeading)
	rows := make([][]string, len(c.ranked))
	for i, rk := range c.ranked {
		r := rk.Result
		rec := "—"
		if r.Recommendation != nil {
			rec = Cell(r.Recommendation.Title)
		}
		rows[i] = []string{fmt.Sprint(rk.Rank), Cell(c.labels[i]), msg.overallText(r), Cell(orDash(msg.ratingText(r))),
			msg.percent(r.Coverage), fmt.Sprint(criticalCount(r)), rec}
	}
	d.table([]string{msg.colRank, msg.colVendor, msg.colOverall, msg.colRating, msg.colCoverage, msg.colCritical,
		msg.colRecommendation}, rows)
	d.para(msg.rankingNote)
}

// versionCell names the version an assessment was made with, and the one it is scored with
// when that is another.
func (c *comparison) versionCell(r *scoring.Result) string {
	made, scored := r.File.Questionnaire.Version, r.Questionnaire.Version
	if made == scored {
		return made
	}
	return made + fmt.Sprintf(c.msg.scoredWith, scored)
}

// overallText shows the overall score with one decimal, or that nothing could be scored.
func (m *messages) overallText(r *scoring.Result) string {
	if !r.Scored {
		return m.notScored
	}
	return m.score(r.Overall)
}

// ratingText shows the rating, saying when a critical finding capped it.
func (m *messages) ratingText(r *scoring.Result) string {
	if r.Capped {
		return r.Rating + m.capped
	}
	return r.Rating
}

// sections writes the score of every section for every vendor, sections as rows.
func (c *comparison) sections(d *doc) {
	msg := c.msg
	d.heading(2, msg.sectionScores)
	header := append([]string{msg.colSection, msg.colWeight}, c.escapedLabels(Cell)...)
	var rows [][]string
	for _, s := range c.sectionRows() {
		row := []string{Cell(s.title), s.weights}
		for _, rk := range c.ranked {
			row = append(row, msg.sectionCell(rk.Result, s.id))
		}
		rows = append(rows, row)
	}
	overall := []string{"**" + msg.overall + "**", ""}
	for _, rk := range c.ranked {
		overall = append(overall, "**"+msg.overallText(rk.Result)+"**")
	}
	rows = append(rows, overall)
	d.table(header, rows)
	d.para(msg.sectionsNote)
}

// escapedLabels returns the vendor labels escaped with esc.
func (c *comparison) escapedLabels(esc func(string) string) []string {
	out := make([]string, len(c.labels))
	for i, l := range c.labels {
		out[i] = esc(l)
	}
	return out
}

// sectionRow is one row of the section table.
type sectionRow struct {
	id, title, weights string
}

// sectionRows lists the sections of the newest version, then those that only older versions
// have, each with the weights the versions give it.
func (c *comparison) sectionRows() []sectionRow {
	var rows []sectionRow
	seen := map[string]bool{}
	qns := []*questionnaire.Questionnaire{c.ref}
	for _, rk := range c.ranked {
		qns = append(qns, rk.Result.Questionnaire)
	}
	for _, qn := range qns {
		for _, s := range qn.Sections {
			if seen[s.ID] {
				continue
			}
			seen[s.ID] = true
			rows = append(rows, sectionRow{id: s.ID, title: s.Title, weights: c.sectionWeights(s.ID)})
		}
	}
	return rows
}

// sectionWeights lists the distinct weights the versions give a section.
func (c *comparison) sectionWeights(id string) string {
	var ws []string
	for _, rk := range c.ranked {
		for _, s := range rk.Result.Questionnaire.Sections {
			if w := c.msg.num(s.Weight); s.ID == id && !slices.Contains(ws, w) {
				ws = append(ws, w)
			}
		}
	}
	return strings.Join(ws, c.msg.or)
}

// sectionCell shows a vendor's score for a section.
func (m *messages) sectionCell(r *scoring.Result, id string) string {
	for _, s := range r.Sections {
		if s.Section.ID != id {
			continue
		}
		if !s.Scored {
			return m.notScored
		}
		return m.score(s.Score)
	}
	return Cell(fmt.Sprintf(m.notInVersion, r.Questionnaire.Version))
}
