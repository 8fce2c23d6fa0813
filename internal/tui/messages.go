package tui

import (
	"fmt"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// messages is the catalogue of the interview's own words in one language: screen titles, field
// labels, key help, status lines, the accessible prompts and the errors of typed answers. The
// questions themselves come from the questionnaire, in its language. Texts with values are fmt
// formats whose verbs carry explicit argument indexes (%[1]s), so that a translation may put the
// values in another order; the comment of each group names the arguments.
type messages struct {
	// Words used on several screens, and the separator of a list of options.
	listSep                                                                     string
	sections, profile, newAssessment, none, notAnswered, unknown, notApplicable string
	// Progress bar: %[1]d answered, %[2]d asked with the answers so far, %[3]d in the
	// questionnaire.
	answeredOf string
	// Question screen: the line above the prompt (%[1]s the answer), field labels, the
	// evidence field's placeholder, and the names of the sources ("" is not said).
	answeredAs                                                    string
	answerLabel, dateLabel, noteLabel, evidenceLabel, sourceLabel string
	evidenceHint, noteHint                                        string
	sourceNames                                                   map[string]string
	noNA                                                          string
	// The help, evidence and references cut short: %[1]d lines more, %[2]s the key that
	// shows them all.
	moreInfo string
	// The label of a section's description, shown with the section's first question.
	aboutSection string
	// Status lines: %[1]s an error, a path or a prompt.
	couldNotSave, keptTyped, saved, savingTo, couldNotRender string
	changedOnDisk                                            string // %[1]s the answers file, %[2]s the new one
	opening, cannotResume, resumed, sectionEmpty             string
	// Section picker and review: %[1]d the number of open questions.
	jumpTitle, pickerKeys, stillOpen, allAnswered, openCountOne, openCount, finishEntry, unanswered string
	// Details screen: the labels of the details, the interviewees' placeholder and the keys.
	detailsTitle, idLine                            string // id line: %[1]s id, %[2]s version, %[3]s language
	detailVendor, detailProduct, detailOrganisation string
	detailAssessor, detailInterviewees, detailDate  string
	intervieweesHint                                string
	detailsKeys                                     string
	// Start screen.
	chooseQuestionnaire, resumeDraft, noVendor, startKeys, startKeysNoDrafts string
	// A questionnaire on the start screen: %[1]s language, %[2]s id, %[3]d questions asked at
	// first, %[4]d minutes.
	estimate string
	// Summary: %[1]s the vendor or a path.
	complete, rendering, exists, replaceKey, writeInstead, cancelKey, previewTo, preview string
	// The summary's title without a vendor, and of a draft (%[1]s the vendor).
	completeNoVendor, draft, draftNoVendor string
	// Key help: what each key does.
	keyNext, keyBack, keySkip, keyField, keyTick, keyMove, keyUnknown, keyNA  string
	keySections, keyReview, keyClose, keyQuit, keyChoose, keyWrite, keyFields string
	keySave, keyEnds, keyRead, keyScroll, keyNewLine                          string
	moreKeys, more, fewerKeys                                                 string
	// What enter does on the review (open the question under the cursor, or finish) and on
	// the section picker (go to the section).
	keyOpen, keyFinish, keyGoTo string
	// What ctrl+c does on the summary when a file has the report's name, and while the report
	// is rendered (when it writes the report, keyWrite says so).
	keyQuitKeep, keyQuitPending string

	// Accessible prompts: the title line (%[1]s title, %[2]s version, %[3]s language); a
	// refused line (%[1]v the reason); the details prompts (%[1]s the default); the headings
	// (%[1]s the section); the labels of a question's details; the note, evidence and source
	// prompts; the answer prompt (%[1]s what to type, then the extras).
	titleLine, notAccepted                                 string
	askDetail, askInterviewees, askDate                    string
	profileHeading, sectionHeading                         string
	helpLabel, evidenceToAsk, referencesLabel              string
	askNote, askEvidence, askSource                        string
	answerPrompt, answerUnknown, answerNA, answerSkip      string
	typeNumber, typeNumbers, typeYesNo, typeDate, typeText string
	yesWords, noWords                                      []string
	errNoNA, errYesNo, errOption, errDate, errSource       string // option: %[1]q, %[2]d; date, source: %[1]q
	errExclusive                                           string // %[1]d the option's number, %[2]s its label
	// Moving at the answer prompt, who answers (%[1]s the default), the answer given before
	// (%[1]s), the review's prompts, and a note, evidence or source asked again (%[1]s the
	// label, %[2]s the value kept).
	answerMoves, noBack, askBy, currentAnswer, reviewGoOn, reviewFinish, askKeep string

	// Answers carried over from an earlier assessment (carried.go).
	cr carriedMessages
	// Accepting a risk from the review (accept.go).
	acc acceptMessages
}

// catalogues are the message catalogues by lower-case language tag.
var catalogues = map[string]*messages{
	"en":      &messagesEn,
	"pt":      &messagesPt,
	"zh-hant": &messagesZhHant,
}

// messagesFor returns the catalogue of a language tag such as "pt", "pt-MO" or "zh-Hant": the
// most specific one it has (questionnaire.ForLanguage), English when it has none.
func messagesFor(lang string) *messages {
	return questionnaire.ForLanguage(catalogues, lang, &messagesEn)
}

// msgf formats one of the catalogue's texts.
func msgf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// sourceName names how an answer is backed; "" is not said.
func (c *messages) sourceName(s string) string { return c.sourceNames[s] }
