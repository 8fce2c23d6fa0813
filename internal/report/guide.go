package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// guideWritingLine is one line of blank space for handwritten notes. It is a thematic break, so
// it renders as a rule and reads as a line to write on in plain text; every break in the guide
// uses the same characters, as markdownlint asks.
const guideWritingLine = "________________________________________________________________________"

// guideNoteLines is how many writing lines follow each question.
const guideNoteLines = 3

// Guide writes a printable interview guide for the questionnaire: what it covers and how to use
// the guide, a table of assessment details to fill in, then the profile and every section's
// questions with their help, the answers to tick, the condition under which a question is asked,
// the evidence to request, the references and space for notes, and last the references. It
// shows no scores or weights: the guide is meant to be handed to the people interviewed. It is
// written in the questionnaire's language.
func Guide(w io.Writer, qn *questionnaire.Questionnaire) error {
	return GuideDocument(qn).Markdown(w)
}

// guideWriter holds the state of one guide being written.
type guideWriter struct {
	d       doc
	qn      *questionnaire.Questionnaire
	msg     *messages // the words of the questionnaire's language
	numbers map[string]string
	// audience is who the guide is for; "" for everyone.
	audience questionnaire.Audience
}

// chosen returns the questions for the guide's audience.
func (g *guideWriter) chosen(qs []*questionnaire.Question) []*questionnaire.Question {
	if g.audience == "" {
		return qs
	}
	var out []*questionnaire.Question
	for _, q := range qs {
		if q.ForAudience(g.audience) {
			out = append(out, q)
		}
	}
	return out
}

// header writes the title, what the questionnaire is and covers, and its description.
func (g *guideWriter) header() {
	qn, msg := g.qn, g.msg
	g.d.heading(1, Heading(trimHeadingEnd(fmt.Sprintf(msg.guideTitle, qn.Title))))
	items := []string{inline(fmt.Sprintf(msg.guideQuestionnaire, qn.ID, qn.Version, qn.Language))}
	if qn.Jurisdiction != "" {
		items = append(items, msg.guideJurisdiction+inline(qn.Jurisdiction))
	}
	sections, questions := 0, 0
	for _, s := range qn.Sections {
		if n := len(g.chosen(s.Questions)); n > 0 {
			sections++
			questions += n
		}
	}
	// A copy without profile questions (the vendor's) does not mention the profile at all.
	counts := msg.guideQuestions
	if len(g.chosen(qn.Profile)) == 0 {
		counts = msg.guideQuestionsNoProfile
	}
	items = append(items, fmt.Sprintf(counts, msg.count(msg.questionCount, len(g.chosen(qn.Profile))),
		msg.count(msg.questionCount, questions), msg.count(msg.sectionCount, sections)))
	if g.audience != "" {
		items = append(items, fmt.Sprintf(msg.guideAudience, msg.audiences[g.audience]))
	}
	g.d.list(items...)
	if len(Prose(qn.Description)) > 0 {
		g.d.heading(2, msg.aboutHeading)
		g.d.prose(qn.Description)
	}
}

// howTo writes the instructions for the interviewer.
func (g *guideWriter) howTo() {
	g.d.heading(2, g.msg.howToHeading)
	g.d.list(g.msg.howTo...)
}

// details writes a table of the assessment details to fill in by hand.
func (g *guideWriter) details() {
	msg := g.msg
	g.d.heading(2, msg.detailsHeading2)
	var rows [][]string
	for _, d := range []string{msg.vendor, msg.productEdition, msg.organisation, msg.assessor, msg.interviewees, msg.colDate} {
		rows = append(rows, []string{d, ""})
	}
	g.d.table([]string{msg.colDetail, msg.colEntry}, rows)
}

// profile writes the profile questions, about the organisation's own use of the platform.
func (g *guideWriter) profile() {
	profile := g.chosen(g.qn.Profile)
	if len(profile) == 0 {
		return
	}
	g.d.heading(2, g.msg.profileHeading2)
	g.d.para(g.msg.profileIntro)
	for _, q := range profile {
		g.question(q)
	}
}

// section writes a section's title, description and questions.
func (g *guideWriter) section(n int, s *questionnaire.Section) {
	questions := g.chosen(s.Questions)
	if len(questions) == 0 {
		return
	}
	g.d.heading(2, fmt.Sprintf("%d. %s", n, Heading(trimHeadingEnd(s.Title))))
	g.d.prose(s.Description)
	for _, q := range questions {
		g.question(q)
	}
}

// question writes one question: its prompt as a heading, then everything the interviewer needs.
func (g *guideWriter) question(q *questionnaire.Question) {
	g.d.heading(3, g.numbers[q.ID]+" "+Heading(trimHeadingEnd(q.Prompt)))
	if q.When != nil {
		g.d.para(g.condition(q.When))
	}
	g.d.prose(q.Help)
	g.answers(q)
	if ev := inline(q.Evidence); ev != "" {
		g.d.para(g.msg.evidenceToRequest + ev)
	}
	if refs := g.refTitles(q.Refs); len(refs) > 0 {
		g.d.para(g.msg.referencesLabel + strings.Join(refs, g.msg.listSepComma))
	}
	g.d.para(g.msg.notesLabel)
	for range guideNoteLines {
		g.d.rule(guideWritingLine)
	}
}

// answers writes the answers to tick, or where to write a text or date answer, with the boxes
// for unknown (scored questions) and not applicable (where allowed).
func (g *guideWriter) answers(q *questionnaire.Question) {
	msg := g.msg
	var items []string
	for _, o := range q.Options {
		items = append(items, "[ ] "+inline(o.Label))
	}
	if q.Scored() {
		items = append(items, msg.tickUnknown)
	}
	if q.AllowNA {
		items = append(items, msg.tickNA)
	}
	or := msg.period
	if len(items) > 0 {
		or = msg.orTick
	}
	switch q.Kind {
	case questionnaire.KindText:
		g.d.para(fmt.Sprintf(msg.writeAnswer, or))
	case questionnaire.KindDate:
		g.d.para(fmt.Sprintf(msg.writeDate, or))
	case questionnaire.KindMulti:
		g.d.para(msg.tickEvery)
	default:
		g.d.para(msg.tickOne)
	}
	g.d.list(items...)
}

// condition says in words when a conditional question is asked.
func (g *guideWriter) condition(c *questionnaire.Condition) string {
	msg := g.msg
	if !simpleCondition(c) {
		named := map[string]bool{}
		return fmt.Sprintf(msg.vd.guideAskedWhen, msg.describe(g.qn, c, condNames{
			// A question is named by its number and prompt the first time, by its number after.
			question: func(q *questionnaire.Question, id string) string {
				switch {
				case q == nil:
					return inline(id)
				case named[q.ID]:
					return g.numbers[q.ID]
				}
				named[q.ID] = true
				return g.numbers[q.ID] + " (*" + inline(trimHeadingEnd(q.Prompt)) + "*)"
			},
			option: func(label string) string { return fmt.Sprintf(msg.optionMark, inline(label)) },
		}))
	}
	target := g.qn.Question(c.Question)
	if target == nil {
		return fmt.Sprintf(msg.askedIfAnswers, inline(c.Question), inline(strings.Join(c.In, msg.listSep)))
	}
	labels := make([]string, 0, len(c.In))
	for _, id := range c.In {
		if o := target.Option(id); o != nil {
			labels = append(labels, fmt.Sprintf(msg.optionMark, inline(trimSentenceEnd(o.Label))))
		} else {
			labels = append(labels, fmt.Sprintf(msg.optionMark, inline(id)))
		}
	}
	format := msg.askedIfIs
	switch {
	case target.Kind == questionnaire.KindMulti && len(labels) > 1:
		format = msg.askedIfIncludesAny
	case target.Kind == questionnaire.KindMulti:
		format = msg.askedIfIncludes
	case len(labels) > 1:
		format = msg.askedIfOneOf
	}
	return fmt.Sprintf(format, g.numbers[target.ID], inline(target.Prompt), msg.joinOr(labels))
}

// refTitles returns the escaped titles of the cited references, in the order cited.
func (g *guideWriter) refTitles(ids []string) []string {
	var titles []string
	for _, id := range ids {
		if r := g.qn.Reference(id); r != nil {
			titles = append(titles, inline(r.Title))
		}
	}
	return titles
}

// references lists every reference of the questionnaire with its address.
func (g *guideWriter) references() {
	if len(g.qn.References) == 0 {
		return
	}
	g.d.heading(2, g.msg.referencesHeading)
	items := make([]string, 0, len(g.qn.References))
	for _, r := range g.qn.References {
		item := inline(r.Title)
		if r.URL != "" {
			item += g.msg.colon + linkOrText(r.URL)
		}
		items = append(items, item)
	}
	g.d.list(items...)
}
