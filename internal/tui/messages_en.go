package tui

// messagesEn is the English catalogue.
var messagesEn = messages{
	listSep:  ", ",
	sections: "Sections", profile: "Profile", newAssessment: "new assessment", none: "none",
	notAnswered: "not answered", unknown: "unknown", notApplicable: "not applicable",
	answeredOf: "%[1]d/%[2]d answered",

	answeredAs:  " · answered: %[1]s",
	answerLabel: "Answer", dateLabel: "Date", noteLabel: "Note", evidenceLabel: "Evidence", sourceLabel: "Source",
	evidenceHint: "Files or documents, split by , or ;",
	noteHint:     "ctrl+j starts a new line",
	sourceNames:  map[string]string{"": "not said", "stated": "stated", "documented": "documented", "verified": "verified"},
	noNA:         "This question cannot be marked not applicable.",
	moreInfo:     "… %[1]d more lines: %[2]s shows them all",

	couldNotSave: "Could not save: %[1]s", keptTyped: "Kept what was typed on: %[1]s", saved: "Saved: %[1]s",
	savingTo: "Saving to %[1]s", couldNotRender: "Could not render the report: %[1]s",
	opening: "Opening %[1]s", cannotResume: "Cannot resume: %[1]s", resumed: "Resumed %[1]s",
	sectionEmpty: "That section has no questions to ask with the answers so far.",

	jumpTitle: "Jump to a section", pickerKeys: "enter: go there · esc: back to the question",
	stillOpen: "Still open", allAnswered: "Every visible question has an answer.",
	openCount:   "%[1]d questions unanswered or unknown; enter opens one.",
	finishEntry: "Finish: see the score and the report", unanswered: "unanswered",

	detailsTitle: "Assessment details", idLine: "%[1]s · version %[2]s · %[3]s",
	detailVendor: "Vendor", detailProduct: "Product", detailOrganisation: "Organisation",
	detailAssessor: "Assessor", detailInterviewees: "Interviewees", detailDate: "Date",
	intervieweesHint: "names or roles, separated by commas",
	detailsKeys:      "enter: next field; on Date, start the questions",

	chooseQuestionnaire: "Choose the questionnaire", resumeDraft: "Or resume a draft in this folder",
	noVendor: "no vendor", startKeys: "↑/↓ choose · enter: start with it, or resume the draft",

	complete: "Assessment complete — %[1]s", rendering: "Scoring and rendering the report…",
	exists: "%[1]s already exists. Replace it?", replaceKey: "y: replace it · ", writeInstead: "n: write %[1]s instead · ",
	cancelKey: "esc: cancel",
	previewTo: "Report preview (↑/↓ to scroll); enter writes %[1]s and exits.",
	preview:   "Report preview (↑/↓ to scroll); enter writes the report and exits.",

	overallScore: "Overall score: %[1]s", notScored: "not scored", rating: "Rating: %[1]s",
	coverage:       "Coverage: %[1]s%% (%[2]d answered, %[3]d unknown, %[4]d unanswered of %[5]d scored questions)",
	recommendation: "Recommendation: %[1]s",

	keyNext: "next", keyBack: "back", keySkip: "skip", keyField: "note…", keyTick: "tick", keyMove: "move",
	keyUnknown: "unknown", keyNA: "n/a", keySections: "sections", keyReview: "review", keyClose: "close",
	keyQuit: "save & quit", keyChoose: "choose", keyWrite: "write report & exit", keyFields: "field",
	keySave: "save & next", keyEnds: "first/last", keyRead: "read all", keyScroll: "scroll", keyNewLine: "new line",
	moreKeys: "more keys", more: "more", fewerKeys: "fewer keys",

	titleLine: "%[1]s (version %[2]s, %[3]s)", notAccepted: "Not accepted: %[1]v.",
	askDetail: "%[1]s [%[2]s]:", askInterviewees: "Interviewees, separated by commas [%[1]s]:",
	askDate:        "Assessment date, YYYY-MM-DD [%[1]s]:",
	profileHeading: "About your organisation's use of the platform", sectionHeading: "Section: %[1]s",
	helpLabel: "Help: ", evidenceToAsk: "Evidence to ask for: ", referencesLabel: "References: ",
	askNote:      "Note (empty for none):",
	askEvidence:  "Evidence, separated by commas or semicolons (empty for none):",
	askSource:    "Source [stated/documented/verified, empty for none]:",
	answerPrompt: "Answer (%[1]s", answerUnknown: "; ? = unknown", answerNA: "; n/a = not applicable",
	answerSkip: "; empty = skip):",
	typeNumber: "number", typeNumbers: "numbers separated by commas", typeYesNo: "y/n or 1/2",
	typeDate: "date YYYY-MM-DD", typeText: "text",
	yesWords: []string{"y", "yes"}, noWords: []string{"n", "no"},
	errNoNA:      "this question cannot be marked not applicable",
	errYesNo:     "answer y or n (or 1 or 2)",
	errOption:    "%[1]q is not an option number: type a number from 1 to %[2]d",
	errDate:      "%[1]q is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31",
	errSource:    "%[1]q is not a source: type stated, documented or verified, or leave it empty",
	errExclusive: "option %[1]d (%[2]s) cannot be ticked with another option: type it alone",

	draftSaved:        "Saved draft to %[1]s. Resume with: %[2]s",
	nothingSaved:      "Stopped before the assessment details were complete; nothing was saved.",
	interviewComplete: "Interview complete. Answers saved to %[1]s.",
	reportWritten:     "Report written to %[1]s",
}
