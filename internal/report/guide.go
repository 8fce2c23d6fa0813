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
// shows no scores or weights: the guide is meant to be handed to the people interviewed.
func Guide(w io.Writer, qn *questionnaire.Questionnaire) error {
	g := &guideWriter{qn: qn, numbers: questionNumbers(qn)}
	g.header()
	g.howTo()
	g.details()
	g.profile()
	for i, s := range qn.Sections {
		g.section(i+1, s)
	}
	g.references()
	_, err := io.WriteString(w, g.d.String())
	return err
}

// guideWriter holds the state of one guide being written.
type guideWriter struct {
	d       doc
	qn      *questionnaire.Questionnaire
	numbers map[string]string
}

func (g *guideWriter) header() {
	qn := g.qn
	g.d.heading(1, Heading(trimHeadingEnd("Interview guide: "+qn.Title)))
	items := []string{inline(fmt.Sprintf("Questionnaire: %s, version %s, language %s", qn.ID, qn.Version, qn.Language))}
	if qn.Jurisdiction != "" {
		items = append(items, "Jurisdiction: "+inline(qn.Jurisdiction))
	}
	items = append(items, fmt.Sprintf("Questions: %s in the profile, %s in %s",
		plural(len(qn.Profile), "question", "questions"), plural(guideSectionQuestions(qn), "question", "questions"),
		plural(len(qn.Sections), "section", "sections")))
	g.d.list(items...)
	if paras := Paragraphs(qn.Description); len(paras) > 0 {
		g.d.heading(2, "About this assessment")
		for _, p := range paras {
			g.d.para(p)
		}
	}
}

func (g *guideWriter) howTo() {
	g.d.heading(2, "How to use this guide")
	g.d.list(
		"Send the guide a few days before the interview, so that the people you will ask can gather the evidence listed under each question.",
		"Read each question as written; the text under it says what to ask for and what a good answer looks like.",
		"Tick the answer given. Tick *Unknown* when nobody can show you the answer: do not guess, an unknown answer is a result in itself.",
		"Note who gave each answer and how far it is backed: *stated* (someone said so), *documented* (you reviewed a document) or *verified* (you checked it independently).",
		"Some questions are asked only when an earlier answer holds; the condition is written under the question. Skip them otherwise.",
		"Enter the answers afterwards with `vendorcheck interview`, which scores them and writes the report.",
	)
}

// details writes a table of the assessment details to fill in by hand.
func (g *guideWriter) details() {
	g.d.heading(2, "Assessment details")
	var rows [][]string
	for _, d := range []string{"Vendor", "Product and edition", "Organisation", "Assessor", "Interviewees", "Date"} {
		rows = append(rows, []string{d, ""})
	}
	g.d.table([]string{"Detail", "Entry"}, rows)
}

func (g *guideWriter) profile() {
	if len(g.qn.Profile) == 0 {
		return
	}
	g.d.heading(2, "Profile: your use of the platform")
	g.d.para("These questions are about your own organisation, not the vendor. They say how sensitive your use of the platform is, which together with the vendor's answers decides the recommendation.")
	for _, q := range g.qn.Profile {
		g.question(q)
	}
}

func (g *guideWriter) section(n int, s *questionnaire.Section) {
	g.d.heading(2, fmt.Sprintf("%d. %s", n, Heading(trimHeadingEnd(s.Title))))
	for _, p := range Paragraphs(s.Description) {
		g.d.para(p)
	}
	for _, q := range s.Questions {
		g.question(q)
	}
}

// question writes one question: its prompt as a heading, then everything the interviewer needs.
func (g *guideWriter) question(q *questionnaire.Question) {
	g.d.heading(3, g.numbers[q.ID]+" "+Heading(trimHeadingEnd(q.Prompt)))
	if q.When != nil {
		g.d.para(g.condition(q.When))
	}
	for _, p := range Paragraphs(q.Help) {
		g.d.para(p)
	}
	g.answers(q)
	if ev := inline(q.Evidence); ev != "" {
		g.d.para("**Evidence to request:** " + ev)
	}
	if refs := g.refTitles(q.Refs); len(refs) > 0 {
		g.d.para("**References:** " + strings.Join(refs, "; "))
	}
	g.d.para("**Notes:** who answered; stated, documented or verified; evidence received.")
	for range guideNoteLines {
		g.d.block(guideWritingLine)
	}
}

// answers writes the answers to tick, or where to write a text or date answer, with the boxes
// for unknown (scored questions) and not applicable (where allowed).
func (g *guideWriter) answers(q *questionnaire.Question) {
	var items []string
	for _, o := range q.Options {
		items = append(items, "[ ] "+inline(o.Label))
	}
	if q.Scored() {
		items = append(items, "[ ] Unknown: nobody could show the answer")
	}
	if q.AllowNA {
		items = append(items, "[ ] Not applicable")
	}
	or := "."
	if len(items) > 0 {
		or = ", or tick:"
	}
	switch q.Kind {
	case questionnaire.KindText:
		g.d.para("Write the answer in the notes below" + or)
	case questionnaire.KindDate:
		g.d.para("Write the date (YYYY-MM-DD) in the notes below" + or)
	case questionnaire.KindMulti:
		g.d.para("Tick every answer that applies:")
	default:
		g.d.para("Tick one answer:")
	}
	g.d.list(items...)
}

// condition says in words when a conditional question is asked.
func (g *guideWriter) condition(c *questionnaire.Condition) string {
	target := g.qn.Question(c.Question)
	if target == nil {
		return fmt.Sprintf("Asked only if question %s has one of the answers %s.", inline(c.Question), inline(strings.Join(c.In, ", ")))
	}
	labels := make([]string, 0, len(c.In))
	for _, id := range c.In {
		if o := target.Option(id); o != nil {
			labels = append(labels, "*"+inline(o.Label)+"*")
		} else {
			labels = append(labels, "*"+inline(id)+"*")
		}
	}
	verb := "is"
	switch {
	case target.Kind == questionnaire.KindMulti && len(labels) > 1:
		verb = "includes any of"
	case target.Kind == questionnaire.KindMulti:
		verb = "includes"
	case len(labels) > 1:
		verb = "is one of"
	}
	return fmt.Sprintf("Asked only if the answer to %s, *%s*, %s %s.",
		g.numbers[target.ID], inline(target.Prompt), verb, joinOr(labels))
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
	g.d.heading(2, "References")
	items := make([]string, 0, len(g.qn.References))
	for _, r := range g.qn.References {
		item := inline(r.Title)
		if r.URL != "" {
			item += ": " + linkOrText(r.URL)
		}
		items = append(items, item)
	}
	g.d.list(items...)
}

// questionNumbers numbers the questions as the guide and the comparison show them: P1, P2… in
// the profile, and 1.1, 1.2… 2.1… in the sections.
func questionNumbers(qn *questionnaire.Questionnaire) map[string]string {
	n := make(map[string]string)
	for i, q := range qn.Profile {
		n[q.ID] = fmt.Sprintf("P%d", i+1)
	}
	for si, s := range qn.Sections {
		for qi, q := range s.Questions {
			n[q.ID] = fmt.Sprintf("%d.%d", si+1, qi+1)
		}
	}
	return n
}

// guideSectionQuestions counts the questions of every section.
func guideSectionQuestions(qn *questionnaire.Questionnaire) int {
	n := 0
	for _, s := range qn.Sections {
		n += len(s.Questions)
	}
	return n
}
