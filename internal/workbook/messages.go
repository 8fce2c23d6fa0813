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
	// Conditions: %[1]s the number of the question it depends on, %[2]s its prompt, %[3]s the
	// options; the profile form (%[1]s prompt, %[2]s options) is for a question the respondent
	// does not have, answered by the organisation.
	appliesIf, appliesIfIncludes, appliesIfOther, appliesIfOtherIncludes string
	or                                                                   string // joins the last two options
	listSep                                                              string
	quote                                                                string // %[1]s
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

// joinOr joins items as "a, b or c".
func (m *messages) joinOr(items []string) string {
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
	return s + m.or + items[len(items)-1]
}
