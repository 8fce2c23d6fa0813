package workbook

import "github.com/vendorcheck/vendorcheck/internal/questionnaire"

var messagesEN = messages{
	instructionsSheet: "Instructions", questionsSheet: "Questions",

	title: "Questionnaire for %[1]s: %[2]s", titleNoVendor: "Questionnaire: %[1]s",
	from: "From", to: "For", dateSent: "Date sent", questionnaire: "Questionnaire",
	version: "Version", language: "Language", questionCount: "Questions to answer",
	questionnaireTitle: "Title",
	respondentHeading:  "Who answers", respondentName: "Your name", respondentRole: "Your role and company",
	howToHeading: "How to answer",
	answerOn:     "Answer on the sheet %[1]s, one row per question, grouped by section and numbered as in our report. Only the pale yellow cells can be changed.",
	howTo: []string{
		"Answer: choose from the drop-down list in the Answer column. Where several answers may apply, each has its own row below the question: choose Yes on every one that applies, and leave the others empty or No.",
		"Dates go in the Date column, written as YYYY-MM-DD (for example 2027-03-31).",
		"Unknown means that you cannot find out or may not disclose the answer. Choose it rather than guess: we record it as unknown, which counts as no evidence in our assessment, and we may ask again.",
		"Not applicable is offered only where a question may not apply to your product.",
		"Some questions apply only after a given answer to an earlier one; they say so under the question. Leave them empty when they do not apply.",
		"Note: anything that qualifies your answer. Your evidence: the documents you send with this workbook (file names, links or report numbers), one per line.",
		"Please do not add, remove or reorder rows or sheets: the answers are read back automatically. Fill in your name above, save the workbook as .xlsx and send it back to us.",
	},
	colNumber: "No.", colQuestion: "Question", colHelp: "About this question", colEvidenceAsked: "Evidence we ask for",
	colAnswer: "Answer", colDate: "Date", colNote: "Note", colEvidence: "Your evidence",
	sectionRow: "%[1]d. %[2]s", profileRow: "Your organisation's use",
	unknown: "Unknown", notApplicable: "Not applicable", tickYes: "Yes", tickNo: "No",
	tickBelow: "Choose Yes on each answer below that applies.",
	dateHint:  "Write the date in the Date column.",
	textHint:  "Type the answer in the Answer column.",
	appliesIf: "Applies only if %[1]s.", answerIs: "the answer to %[1]s is %[2]s", answerIncludes: "the answer to %[1]s includes %[2]s",
	states: map[questionnaire.AnswerState]string{
		questionnaire.StateAnswered: "%[1]s is answered", questionnaire.StateUnanswered: "%[1]s is not answered",
		questionnaire.StateUnknown: "the answer to %[1]s is “Unknown”", questionnaire.StateNA: "the answer to %[1]s is “Not applicable”",
	},
	notCond: "it is not the case that %[1]s", bracket: "(%[1]s)", ourQuestion: " (a question we answer ourselves)",
	and: " and ", or: " or ", listSep: ", ", quote: "“%[1]s”",
	badChoiceTitle: "Not one of the answers", badChoice: "Choose one of the answers in the list.",
	badDateTitle: "Not a date", badDate: "Write a date, such as 2027-03-31.",
}
