package workbook

import "github.com/vendorcheck/vendorcheck/internal/questionnaire"

// messages is the catalogue of the workbook's own words in one language: sheet names, headings,
// instructions and the words of the drop-down lists. Sentences with values are fmt format strings
// with explicit argument indexes, so that a translation may reorder them. The texts are plain:
// a spreadsheet cell shows them as they are.
type messages struct {
	// The sheets the respondent sees.
	instructionsSheet, questionsSheet string

	// The instructions sheet: the title (%[1]s vendor, %[2]s questionnaire title; untitled:
	// %[1]s questionnaire title), the details, the respondent's cells and the instructions.
	title, titleNoVendor                              string
	from, to, dateSent, questionnaire, version        string
	language, questionCount, questionnaireTitle       string
	respondentHeading, respondentName, respondentRole string
	howToHeading                                      string
	answerOn                                          string   // the first instruction; %[1]s: the name of the questions sheet
	howTo                                             []string // the other instructions
	// The questions sheet: the column headers, the section rows (%[1]d number, %[2]s title) and
	// the profile's heading.
	colNumber, colQuestion, colHelp, colEvidenceAsked string
	colAnswer, colDate, colNote, colEvidence          string
	sectionRow, profileRow                            string
	// The words of the drop-down lists.
	unknown, notApplicable, tickYes, tickNo string
	// Hints in the question cell: a multi question, a date question, a text question.
	tickBelow, dateHint, textHint string
	// Conditions: the sentence (%[1]s the condition); an atom on options (%[1]s the question,
	// %[2]s the options), for a multi question "includes"; the states of an answer (%[1]s the
	// question); a negation and brackets (%[1]s); the mark of a question the respondent does not
	// have, which the organisation answers; the words joining conditions and options; a quoted
	// label (%[1]s).
	appliesIf, answerIs, answerIncludes string
	states                              map[questionnaire.AnswerState]string
	notCond, bracket, ourQuestion       string
	and, or, listSep, quote             string
	// The message a spreadsheet shows when a drop-down cell gets something not in the list, and
	// when a date cell gets something that is not a date (titles at most 32 characters).
	badChoiceTitle, badChoice, badDateTitle, badDate string
}

// catalogues holds the messages by lower-case language tag.
var catalogues = map[string]*messages{
	"en":      &messagesEN,
	"pt":      &messagesPT,
	"zh-hant": &messagesZH,
}

// messagesFor returns the catalogue of the language, English when there is none.
func messagesFor(lang string) *messages {
	return questionnaire.ForLanguage(catalogues, lang, &messagesEN)
}

// joinWith joins items as "a, b or c", with last (and, or) before the last item.
func (m *messages) joinWith(items []string, last string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	s := items[0]
	for _, it := range items[1 : len(items)-1] {
		s += m.listSep + it
	}
	return s + last + items[len(items)-1]
}
