package report

import "github.com/vendorcheck/vendorcheck/internal/questionnaire"

// messagesEn is the English catalogue, the one other languages fall back to.
var messagesEn = messages{
	listSep: ", ", listSepComma: "; ", and: " and ", or: " or ", paren: " (%[1]s)", quote: "“%[1]s”", colon: ": ",
	sentenceSep: " ",
	acc:         acceptedEn,
	vd:          verdictEn,
	reg:         registerEn,

	none: "none", noneGiven: "none given", notScored: "not scored", notRecorded: "not recorded",
	notApplicable: "not applicable", unknown: "unknown",
	severity: map[questionnaire.Severity]string{
		questionnaire.SeverityCritical: "Critical", questionnaire.SeverityHigh: "High",
		questionnaire.SeverityMedium: "Medium", questionnaire.SeverityLow: "Low", questionnaire.SeverityInfo: "Info",
	},
	unrated: "Unrated",
	sensitivity: map[questionnaire.Sensitivity]string{
		questionnaire.SensitivityLow: "low", questionnaire.SensitivityMixed: "mixed",
		questionnaire.SensitivityHigh: "high", questionnaire.SensitivityUnknown: "unknown",
	},
	sources: map[string]string{"stated": "stated", "documented": "documented", "verified": "verified"},

	reportTitle: "Vendor assessment: %[1]s, %[2]s", unnamedVendor: "unnamed vendor", undated: "undated",
	detailsHeading: "Assessment details", item: "Item", value: "Value", vendor: "Vendor", product: "Product",
	organisation: "Organisation", assessor: "Assessor", interviewees: "Interviewees", assessmentDate: "Assessment date",
	qnTitle: "Questionnaire", qnID: "Questionnaire id", qnVersion: "Questionnaire version",
	qnLanguage: "Questionnaire language", jurisdiction: "Jurisdiction",
	recordedWithVersion: " (the answers were recorded with version %[1]s)",
	summaryHeading:      "Summary", overallScore: "Score: ", rating: "Rating: ", coverage: "Coverage: ",
	sensitivityOfUse: "Sensitivity of the organisation's use: ", outOf100: "%[1]s out of 100",
	overallNotScored: "not scored: no section had a counted question (all were not applicable or hidden)",
	noRecommendation: "none (the questionnaire has no recommendations)", recommendation: "Recommendation: ",
	whyRecommendation: "Why: ",

	whyPlain:        "The sensitivity of the organisation's use is %[1]s, and %[2]s.",
	whyRating:       "the vendor's score puts it at %[1]s",
	whyRatingCapped: "the vendor is rated %[1]s because of %[2]s, whatever its score",
	whyNoRating:     "the vendor could not be rated, as nothing could be scored",

	ratingNone:   "none (nothing could be scored)",
	ratingCapped: " (capped by a critical finding; the score alone reaches %[1]s)",
	coverageNone: "no visible scored question to answer (%[1]s)",
	coverageFull: "%[1]s: %[2]s, of %[3]s; %[4]s",

	visibleCount:       counted{"%d visible scored question", "%d visible scored questions"},
	sensitivityUnknown: "unknown (no profile answer set it)",

	remedy: "Remedy: ",

	assuranceRow: "Assurance of the scored answers", answered: "Answered: ",
	cAnswered: counted{"%d answered", "%d answered"}, cUnknown: counted{"%d unknown", "%d unknown"},
	cUnanswered: counted{"%d unanswered", "%d unanswered"}, cNA: counted{"%d not applicable", "%d not applicable"},
	cStated: counted{"%d stated", "%d stated"}, cDocumented: counted{"%d documented", "%d documented"},
	cVerified: counted{"%d verified", "%d verified"}, cUnspecified: counted{"%d unspecified", "%d unspecified"},
	actionHeading: "Action plan",
	actionIntro:   "Every open finding, most severe first. The numbers are those of the questions under Answers.",
	noOpenFinding: "No open finding.", colNo: "No.", colSeverity: "Severity", colFinding: "Finding", colRemedy: "Remedy",
	ruleQuestion:      "Combination of answers: %[1]s",
	ruleFindingsLabel: "Findings from combinations of answers",
	arithmeticNote: "The scores of this assessment: each section's sum of weighted scores over the sum of weights, " +
		"then the overall score, the section scores weighted by the section weights.",
	colWeighted: "W × score", aboutQnHeading: "The questionnaire",

	sectionScores: "Section scores", overall: "Overall",

	colSection: "Section", colWeight: "Weight", colScore: "Score", colAnswered: "Answered", colUnknown: "Unknown",
	colUnanswered: "Unanswered", colNA: "N/A", colSums: "Σ w·s / Σ w",
	answersHeading: "Answers", profileHeading: "Profile of the organisation's use",
	profileNote: "The profile describes how the organisation will use the platform. It is not scored; " +
		"it sets the sensitivity (%[1]s) that chooses the recommendation with the rating.",
	sectionHeading:   "%[1]d. %[2]s",
	sectionNotScored: "Not scored (no counted question)", sectionScore: "Score %[1]s out of 100",
	sectionLine: "%[1]s, section weight %[2]s: %[3]s.",
	answer:      "Answer: ", recordedNotCounted: "Recorded answer, not counted: ",
	findingSeverity: "Finding (%[1]s): ", references: "References: ",
	hidden: "Hidden (condition not met)", notAnswered: "Not answered",
	notApplicableAnswer: "Not applicable", unknownAnswer: "Unknown", notUsed: " (not used: %[1]s)",
	optionSensitivity: " (sensitivity %[1]s)", askedOnlyWhen: ": asked only when the answer to %[1]s is %[2]s",
	scoreNotScored: "Score: not scored", scoreNotCountedNA: "Score: not counted (not applicable)",
	scoreNotCounted: "Score: not counted", scoreTimesWeight: "Score × weight: %[1]s × %[2]s",
	scoresZeroUnknown: " (an unknown answer scores 0)", scoresZeroUnusable: " (an answer that cannot be used scores 0)",
	scoresZeroMissing: " (no answer scores 0)",
	note:              "Note: ", evidence: "Evidence:", givenBy: "given by %[1]s", recordedAt: "recorded %[1]s", source: "Source: ",
	rawNoValue: "no value", rawChoice: "choice %[1]s", rawChoices: "choices %[1]s", rawDate: "date %[1]s", rawText: "text %[1]s",
	fileDigest: " (file SHA-256: %[1]s)", fileUnreadable: " (a file, but it could not be read to compute its SHA-256)",
	fileTooLarge: " (a file larger than %[1]d MiB: its SHA-256 is not computed)",
	extraHeading: "Answers not in this version",

	extraIntro: "The answers file holds %[1]s for questions that version %[2]s of the questionnaire does not have. " +
		"They are not scored and are listed here as recorded.",
	extraCount:     counted{"%d answer", "%d answers"},
	recordedAnswer: "Recorded answer: ", emptyID: "(empty id)",
	methodHeading: "How the score is computed", methodBand: "%[1]s from %[2]s",
	methodText: "Each visible scored question gets a score s between 0 and 1 from its answer; an unknown or missing answer scores 0 " +
		"(no evidence, no credit), while questions answered not applicable and questions whose condition does not hold are left out. " +
		"A section scores 100 × Σ w·s / Σ w over its counted questions, w being each question's weight, " +
		"and the overall score is the mean of the section scores weighted by the section weights. " +
		"The rating is the band the overall score falls in (%[1]s)%[2]s. " +
		"Coverage is the share of visible scored questions answered with something other than unknown.",
	methodCap:         "; any critical finding makes it no better than %[1]s",
	referencesHeading: "References",
	signOffHeading:    "Sign-off", role: "Role", name: "Name", signature: "Signature", date: "Date", reviewedBy: "Reviewed by",
	answersFileHeading: "Answers file",
	digestUnknown:      "The SHA-256 of the answers file is not known: these answers were not read from a file.",
	digestIntro: "This report was made from the answers file whose content has this SHA-256 " +
		"(check it with sha256sum or shasum -a 256 on the saved answers file):",
	problemNA: "answered not applicable, which this question does not allow", problemDate: "date \"%[1]s\" is not a date (YYYY-MM-DD)",
	problemNoAssessmentDate: "the assessment has no date, so an expiry date cannot be scored",
	problemOption:           "option \"%[1]s\" is not offered by this version", problemOther: "the answer does not fit this question",
	profileGroup: "Profile: the use of the platform",

	compareTitle: "Vendor comparison: %[1]s", compareQuestionnaire: "Questionnaire: %[1]s (%[2]s), %[3]s.",
	versionOne: "version %[1]s", versionMany: "versions %[1]s",
	assessedOn: "Assessed on %[1]s.", assessedBetween: "Assessed between %[1]s and %[2]s.",
	versionFor:        "version %[1]s for %[2]s",
	differentVersions: "The assessments were made with different versions of the questionnaire: %[1]s.",
	ownVersions: "Each is scored with its own version. The rows of this report follow version %[1]s; " +
		"where the version a vendor was scored with lacks a question or a section, the vendor's cell says so.",
	notAtHand: "The answers for %[1]s were made with version %[2]s, which is not at hand, and are scored with version %[3]s: " +
		"questions added since count as unanswered, which lowers its score and coverage, so compare it with care.",
	profileWarningLabel: "Not like for like", sensitivityFor: "%[1]s for %[2]s",
	profileSensitivities: "the vendors were assessed for uses of different sensitivity (%[1]s).",
	profileAnswersDiffer: "The organisation's profile was answered differently (%[1]s).",
	profileNotComparable: "Their recommendations answer different situations and cannot be compared as they stand.",
	assessmentsHeading:   "Assessments", colDate: "Date", colSensitivity: "Sensitivity of use",
	rankingHeading: "Ranking", colRank: "Rank", colVendor: "Vendor", colOverall: "Overall", colRating: "Rating",
	colCoverage: "Coverage", colCritical: "Critical findings", colRecommendation: "Recommendation",
	rankingNote: "The ranking goes by rating first (a critical finding caps the rating), then puts vendors without a critical finding " +
		"before those with one, then orders by overall score. Coverage is the share of the questions asked that got an answer " +
		"other than unknown: a low coverage makes a score less reliable.",
	scoredWith: " (scored with %[1]s)", capped: " (capped)",
	sectionsNote:     "Each section score runs from 0 to 100; the overall score is the mean of the section scores weighted by the section weights.",
	notInVersion:     "not in version %[1]s",
	knockoutsHeading: "Knock-outs (critical findings)", inlineRemedy: " Remedy: ",
	vendorCriticals: "**%[1]s** (%[2]s):", noKnockout: "No vendor has a critical finding.",
	knockoutNote:  "A critical finding is a knock-out: whatever the score, it caps the vendor's rating until it is resolved.",
	noCriticalFor: "No critical findings: %[1]s.",
	criticalCount: counted{"%d critical finding", "%d critical findings"},
	differHeading: "Answers that differ", allSame: "Every vendor gave the same answer to every question.",
	differNote:        "Only the questions whose answers differ between the vendors are listed, with each vendor's answer.",
	notInVersionGroup: "Questions not in version %[1]s",
	colQuestion:       "Question", notAsked: "not asked", noUsableAnswer: "no usable answer", noAnswer: "no answer",
	unscoredHeading: "Answers not scored",
	unscoredNote: "These answers are for questions that the version of the questionnaire a vendor was scored with does not have. " +
		"They are kept as recorded and not scored.",
	unscoredVendor: "**%[1]s**, scored with version %[2]s:",
	digestsHeading: "Answers files", digestsNote: "Each assessment is tied to its saved answers by the SHA-256 of the answers file:",

	diffTitle: "Re-assessment of %[1]s: %[2]s to %[3]s",
	diffIntro: "What changed between the earlier assessment (%[1]s) and the later one (%[2]s), both made with the questionnaire %[3]s (%[4]s).",
	diffVersionsOwn: "The earlier assessment was made with version %[1]s of the questionnaire and the later one with version %[2]s; " +
		"each is scored with its own version. Questions added or removed between the versions are listed at the end: " +
		"they change the scores as well as the vendor's answers do.",
	diffVersionsLater: "The earlier assessment was made with version %[1]s of the questionnaire, which is not at hand, " +
		"so both are scored with version %[2]s. Questions added since %[1]s count as unanswered in the earlier assessment: " +
		"part of the change in score comes from the questionnaire, not from the vendor.",
	diffVersionsMixed: "The earlier assessment was made with version %[1]s of the questionnaire and is scored with version %[2]s; " +
		"the later one was made with version %[3]s and is scored with version %[4]s. Part of the change in score may come from the " +
		"questionnaire, not from the vendor.",
	earlier: "Earlier", later: "Later", change: "Change", answersFileDigest: "Answers file SHA-256",
	criticalFindings: "Critical findings", findings: "Findings", colOverallScore: "Overall score",
	cannotCompare: "The overall score cannot be compared: one of the assessments has nothing scored",
	scoreSame:     "The overall score did not change (%[1]s)",
	scoreRose:     "The overall score rose by %[1]s points, from %[2]s to %[3]s",
	scoreFell:     "The overall score fell by %[1]s points, from %[2]s to %[3]s",
	ratingStayed:  ", and the rating stayed %[1]s.", ratingImproved: ", and the rating improved from %[1]s to %[2]s.",
	ratingWorsened: ", and the rating worsened from %[1]s to %[2]s.", ratingMoved: ", and the rating changed from %[1]s to %[2]s.",
	resolvedAndNew: " %[1]s resolved and %[2]s new; ",
	resolvedCount:  counted{"%d finding was", "%d findings were"},
	newCount:       counted{"%d is", "%d are"},
	remainCount:    counted{"%d critical finding remains.", "%d critical findings remain."},
	resolvedNone:   "No finding was", newNone: "none is", remainNone: "no critical finding remains.",
	same: "same", changed: "changed", better: "better", worse: "worse", higher: "higher", lower: "lower",
	newSection: "new section", removedSection: "removed section", points: "%[1]s points",
	findingsHeading2: "Findings", noFindings: "Neither assessment has a finding.",
	resolved: "Resolved", added: "New", stillOpen: "Still open", groupCount: "%[1]s (%[2]d)", listNone: "None.",
	changedHeading: "Changed answers", noChange: "No answer changed.",
	noChangeCommon: "No answer changed in the questions both versions have.",
	earlierAnswer:  "Earlier: ", laterAnswer: "Later: ", evidenceInline: "Evidence: ",
	qnChangesHeading: "Questionnaire changes", laterAnswerInline: " — later answer: ", earlierAnswerInline: " — earlier answer: ",
	questionsAdded:   "Questions added in version %[1]s:",
	questionsRemoved: "Questions that version %[1]s had and version %[2]s no longer has:",
	onlyVersionAtHand: "Only version %[1]s of the questionnaire was at hand, so both assessments are scored with it. " +
		"The earlier answers, made with version %[2]s, include these questions that version %[1]s does not have:",

	guideAudience: "Only the questions for %[1]s",
	audiences: map[questionnaire.Audience]string{questionnaire.AudienceVendor: "the vendor", questionnaire.AudienceIT: "IT",
		questionnaire.AudienceLegal: "legal and compliance", questionnaire.AudienceBusiness: "the business owners"},
	guideTitle: "Interview guide: %[1]s", guideQuestionnaire: "Questionnaire: %[1]s, version %[2]s, language %[3]s",
	guideJurisdiction: "Jurisdiction: ", guideQuestions: "Questions: %[1]s in the profile, %[2]s in %[3]s",
	guideQuestionsNoProfile: "Questions: %[2]s in %[3]s",
	questionCount:           counted{"%d question", "%d questions"}, sectionCount: counted{"%d section", "%d sections"},
	aboutHeading: "About this assessment", howToHeading: "How to use this guide",
	howTo: []string{
		"Send the guide a few days before the interview, so that the people you will ask can gather the evidence listed under each question.",
		"Read each question as written; the text under it says what to ask for and what a good answer looks like.",
		"Tick the answer given. Tick *Unknown* when nobody can show you the answer: do not guess, an unknown answer is a result in itself.",
		"Note who gave each answer and how far it is backed: *stated* (someone said so), *documented* (you reviewed a document) or *verified* (you checked it independently).",
		"Some questions are asked only when an earlier answer holds; the condition is written under the question. Skip them otherwise.",
		"Enter the answers afterwards with `vendorcheck interview`, which scores them and writes the report.",
	},
	detailsHeading2: "Assessment details", colDetail: "Detail", colEntry: "Entry", productEdition: "Product and edition",
	profileHeading2: "Profile: your use of the platform",
	profileIntro: "These questions are about your own organisation, not the vendor. They say how sensitive your use of the platform is, " +
		"which together with the vendor's answers decides the recommendation.",
	evidenceToRequest: "**Evidence to request:** ", referencesLabel: "**References:** ",
	notesLabel:  "**Notes:** who answered; stated, documented or verified; evidence received.",
	tickUnknown: "[ ] Unknown: nobody could show the answer", tickNA: "[ ] Not applicable", orTick: ", or tick:",
	writeAnswer: "Write the answer in the notes below%[1]s", writeDate: "Write the date (YYYY-MM-DD) in the notes below%[1]s",
	period: ".", tickEvery: "Tick every answer that applies:", tickOne: "Tick one answer:", optionMark: "*%[1]s*",
	askedIfAnswers:     "Asked only if question %[1]s has one of the answers %[2]s.",
	askedIfIs:          "Asked only if the answer to %[1]s, *%[2]s*, is %[3]s.",
	askedIfOneOf:       "Asked only if the answer to %[1]s, *%[2]s*, is one of %[3]s.",
	askedIfIncludes:    "Asked only if the answer to %[1]s, *%[2]s*, includes %[3]s.",
	askedIfIncludesAny: "Asked only if the answer to %[1]s, *%[2]s*, includes any of %[3]s.",
}
