package report

import (
	"fmt"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// messages is the catalogue of the fixed words of the documents in one language: headings,
// table headers, labels and sentences. Sentences with values are fmt format strings whose verbs
// carry explicit argument indexes (%[1]s), so that a translation may put the values in another
// order; the comment of each group says what the arguments are. Numbers and dates are formatted
// before they are passed, the same way in every language. Everything here is the report's own
// text: it is not escaped, so it must hold no Markdown other than the markup it means.
type messages struct {
	// loc writes numbers and chooses plurals the language's way; set from the catalogue's tag.
	loc locale
	// Joining: a list separator, the one used when an item holds a comma, the words before the
	// last item; a parenthetical added to a text (%[1]s); a quotation (%[1]s); the colon between
	// a label and its value.
	listSep, listSepComma, and, or, paren, quote, colon string
	// The space between two sentences (none in Chinese).
	sentenceSep string
	// Accepted risks and answers carried over (messages_accepted.go).
	acc acceptedMessages
	// The verdict: program-made findings, drafts, rules, conditions (messages_verdict.go).
	vd verdictMessages
	// The vendor register (messages_register.go).
	reg registerMessages
	// Words used in many places.
	none, noneGiven, notScored, notRecorded, notApplicable, unknown string
	// The severities of findings, capitalised, and the word for a finding without one.
	severity map[questionnaire.Severity]string
	unrated  string
	// The sensitivities of the use, as words inside a sentence.
	sensitivity map[questionnaire.Sensitivity]string
	// How far an answer is backed (the source of an answer).
	sources map[string]string

	// Report: title (%[1]s vendor, %[2]s date), the verdict and the details table.
	reportTitle, unnamedVendor, undated                                   string
	detailsHeading, item, value, vendor, product, organisation, assessor  string
	interviewees, assessmentDate, qnTitle, qnID, qnVersion, qnLanguage    string
	jurisdiction, recordedWithVersion                                     string // %[1]s version
	summaryHeading, overallScore, rating, coverage, sensitivityOfUse      string
	outOf100                                                              string // %[1]s score
	overallNotScored, noRecommendation, recommendation, whyRecommendation string
	whyPlain                                                              string // %[1]s sensitivity, %[2]s rating phrase
	whyRating, whyNoRating                                                string // %[1]s rating
	whyRatingCapped                                                       string // %[1]s rating, %[2]s "n critical findings"
	ratingNone, ratingCapped                                              string // capped: %[1]s band
	coverageNone                                                          string // %[1]s "n not applicable"
	coverageFull                                                          string // %[1]s share, %[2]s counts, %[3]s visible, %[4]s n/a
	visibleCount                                                          counted
	sensitivityUnknown, remedy, assuranceRow, answered                    string
	// Counts of answers, by state and by how far they are backed.
	cAnswered, cUnknown, cUnanswered, cNA, cStated, cDocumented, cVerified, cUnspecified counted
	// The action plan; ruleQuestion: %[1]s the condition that raised a rule's finding.
	actionHeading, actionIntro, noOpenFinding, colNo, colSeverity, colFinding, colRemedy string
	ruleQuestion, ruleFindingsLabel                                                      string

	// Report: section scores and answers.
	sectionScores, overall                                                       string
	colSection, colWeight, colScore, colAnswered, colUnknown, colUnanswered      string
	colNA, colSums, colWeighted, arithmeticNote, aboutQnHeading                  string
	answersHeading, profileHeading, profileNote                                  string // note: %[1]s sensitivity
	sectionHeading                                                               string // %[1]d number, %[2]s title
	sectionNotScored, sectionScore, sectionLine                                  string // score: %[1]s; line: %[1]s score, %[2]s weight, %[3]s counts
	answer, recordedNotCounted, findingSeverity, references                      string // findingSeverity: %[1]s severity
	hidden, notAnswered, notApplicableAnswer, unknownAnswer, notUsed             string // notUsed: %[1]s problem
	optionSensitivity, askedOnlyWhen                                             string // %[1]s sensitivity; %[1]s question, %[2]s values
	scoreNotScored, scoreNotCountedNA, scoreNotCounted, scoreTimesWeight         string // %[1]s score, %[2]s weight
	scoresZeroUnknown, scoresZeroUnusable, scoresZeroMissing                     string
	note, evidence, givenBy, recordedAt, source                                  string // givenBy, recordedAt: %[1]s
	rawNoValue, rawChoice, rawChoices, rawDate, rawText                          string // %[1]s value
	fileDigest, fileUnreadable                                                   string // fileDigest: %[1]s digest
	fileTooLarge                                                                 string // %[1]d the limit in MiB
	extraHeading, extraIntro, recordedAnswer, emptyID                            string // intro: %[1]s "n answers", %[2]s version
	extraCount                                                                   counted
	methodHeading, methodBand, methodText, methodCap                             string // band: %[1]s label, %[2]s min; text: %[1]s bands, %[2]s cap; cap: %[1]s
	referencesHeading                                                            string
	signOffHeading, role, name, signature, date, reviewedBy                      string
	answersFileHeading, digestUnknown, digestIntro                               string
	profileGroup                                                                 string
	problemNA, problemDate, problemNoAssessmentDate, problemOption, problemOther string // date, option: %[1]s value

	// Comparison (arguments as named).
	compareTitle, compareQuestionnaire, versionOne, versionMany string // title %[1]s vendors; questionnaire %[1]s title, %[2]s id, %[3]s versions
	assessedOn, assessedBetween                                 string // %[1]s, %[2]s dates
	versionFor, differentVersions, ownVersions, notAtHand       string // for: %[1]s version %[2]s vendors; different: %[1]s; own: %[1]s; notAtHand: %[1]s vendor %[2]s made %[3]s scored
	assessmentsHeading, colDate, colSensitivity                 string
	// A warning when the vendors' profiles differ: sensitivityFor %[1]s sensitivity, %[2]s
	// vendors; sensitivities %[1]s groups; answersDiffer %[1]s question numbers.
	profileWarningLabel, sensitivityFor, profileSensitivities   string
	profileAnswersDiffer, profileNotComparable                  string
	rankingHeading, colRank, colVendor, colOverall, colRating   string
	colCoverage, colCritical, colRecommendation, rankingNote    string
	scoredWith, capped, sectionsNote, notInVersion              string // scoredWith, notInVersion: %[1]s version
	knockoutsHeading, inlineRemedy, vendorCriticals, noKnockout string // vendorCriticals: %[1]s vendor, %[2]s count
	knockoutNote, noCriticalFor                                 string // noCriticalFor: %[1]s vendors
	criticalCount                                               counted
	differHeading, allSame, differNote, notInVersionGroup       string // notInVersionGroup: %[1]s version
	colQuestion, notAsked, noUsableAnswer, noAnswer             string
	unscoredHeading, unscoredNote, unscoredVendor               string // vendor: %[1]s vendor, %[2]s version
	digestsHeading, digestsNote                                 string

	// Diff (arguments as named).
	diffTitle, diffIntro                                        string // title: %[1]s vendor, %[2]s, %[3]s dates; intro: %[1]s, %[2]s dates, %[3]s title, %[4]s id
	diffVersionsOwn, diffVersionsLater, diffVersionsMixed       string // own: %[1]s, %[2]s; later: %[1]s made, %[2]s scored; mixed: %[1]s…%[4]s
	earlier, later, change, answersFileDigest, criticalFindings string
	colOverallScore                                             string
	findings                                                    string
	cannotCompare, scoreSame, scoreRose, scoreFell              string // same: %[1]s; rose, fell: %[1]s points, %[2]s from, %[3]s to
	ratingStayed, ratingImproved, ratingWorsened, ratingMoved   string // stayed: %[1]s; others %[1]s from, %[2]s to
	resolvedAndNew                                              string // %[1]s resolved, %[2]s new
	resolvedCount, newCount, remainCount                        counted
	resolvedNone, newNone, remainNone                           string
	same, changed, better, worse, higher, lower                 string
	newSection, removedSection, points                          string // points: %[1]s signed number
	findingsHeading2, noFindings, resolved, added, stillOpen    string
	groupCount, listNone                                        string // count: %[1]s title, %[2]d count
	changedHeading, noChange, noChangeCommon                    string
	earlierAnswer, laterAnswer, evidenceInline                  string
	qnChangesHeading, laterAnswerInline, earlierAnswerInline    string
	questionsAdded, questionsRemoved, onlyVersionAtHand         string // added: %[1]s; removed: %[1]s, %[2]s; only: %[1]s at hand, %[2]s made

	// Guide (arguments as named).
	guideTitle, guideQuestionnaire, guideJurisdiction, guideQuestions string // title %[1]s; questionnaire %[1]s id, %[2]s version, %[3]s language; questions %[1]s profile, %[2]s questions, %[3]s sections
	guideQuestionsNoProfile                                           string // as guideQuestions, for a copy without the profile: no %[1]s
	guideAudience                                                     string // %[1]s the audience, from audiences
	audiences                                                         map[questionnaire.Audience]string
	questionCount, sectionCount                                       counted
	aboutHeading, howToHeading                                        string
	howTo                                                             []string
	detailsHeading2, colDetail, colEntry, productEdition              string
	profileHeading2, profileIntro                                     string
	evidenceToRequest, referencesLabel, notesLabel                    string
	tickUnknown, tickNA, orTick, writeAnswer, writeDate               string // writeAnswer, writeDate: %[1]s "." or orTick
	period, tickEvery, tickOne, optionMark                            string // optionMark: %[1]s label
	askedIfAnswers                                                    string // %[1]s question id, %[2]s answers
	askedIfIs, askedIfOneOf, askedIfIncludes, askedIfIncludesAny      string // %[1]s number, %[2]s prompt, %[3]s options
}

// counted is a phrase with a count, in the singular and the plural; each holds one %d (or,
// with other values, %[n]d). The language's plural rules choose the form (see count).
type counted struct {
	one, many string
}

// n formats the phrase for the count with the singular for 1, the rule of English and of
// Portugal's Portuguese. Where the catalogue is at hand, messages.count applies the language's
// own rules.
func (c counted) n(count int) string {
	if count == 1 {
		return fmt.Sprintf(c.one, count)
	}
	return fmt.Sprintf(c.many, count)
}

// count writes the phrase for n in the form the language's plural rules choose for n.
func (m *messages) count(c counted, n int) string { return m.loc.count(c, n) }

// form returns the form of a phrase the language's plural rules choose for n, for a phrase
// with other values than the count.
func (m *messages) form(c counted, n int) string { return m.loc.form(c, n) }

// score, num and percent write numbers the language's way (see locale).
func (m *messages) score(x float64) string   { return m.loc.score(x) }
func (m *messages) num(x float64) string     { return m.loc.num(x) }
func (m *messages) percent(x float64) string { return m.loc.percent(x) }

func init() {
	for tag, m := range catalogues {
		m.loc = newLocale(tag)
	}
}

// catalogues holds the messages of every language the documents are written in.
var catalogues = map[string]*messages{
	"en":      &messagesEn,
	"pt":      &messagesPt,
	"zh-hant": &messagesZhHant,
}

// messagesFor returns the catalogue for a BCP 47 language tag: the most specific one there is
// (questionnaire.ForLanguage: pt-MO, then pt), else English. Chinese for Macao, Hong Kong
// or Taiwan without a script reads Traditional Chinese; other Chinese falls back to English, as
// there is no Simplified Chinese catalogue.
func messagesFor(lang string) *messages {
	return questionnaire.ForLanguage(catalogues, lang, &messagesEn)
}

// joinAnd joins items as "a, b and c" in the language; with a comma in any item, as "a; b and c".
func (m *messages) joinAnd(items []string) string { return m.joinWith(items, m.and) }

// joinOr joins items as "a, b or c" in the language; with a comma in any item, as "a; b or c".
func (m *messages) joinOr(items []string) string { return m.joinWith(items, m.or) }

func (m *messages) joinWith(items []string, word string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	sep := m.listSep
	for _, it := range items {
		if strings.ContainsAny(it, ",、") {
			sep = m.listSepComma
		}
	}
	return strings.Join(items[:len(items)-1], sep) + word + items[len(items)-1]
}

// parens adds a parenthetical to s.
func (m *messages) parens(s, aside string) string {
	return s + fmt.Sprintf(m.paren, aside)
}

// quoted puts s in the language's quotation marks.
func (m *messages) quoted(s string) string {
	return fmt.Sprintf(m.quote, s)
}

// label returns a label written before its value ("Coverage: ") without the colon, for a
// table cell.
func (m *messages) label(s string) string {
	return strings.TrimSuffix(s, m.colon)
}

// orNone returns s, or the words for "none given" when s is empty.
func (m *messages) orNone(s string) string {
	if s == "" {
		return m.noneGiven
	}
	return s
}

// SeverityName names a severity in the words of a language tag, as the documents name it, for
// the interview's list of findings.
func SeverityName(tag string, s questionnaire.Severity) string {
	return messagesFor(tag).severityName(s)
}

// severityName names a severity for a reader, capitalised; a severity the catalogue lacks is
// shown as written, escaped.
func (m *messages) severityName(s questionnaire.Severity) string {
	if name, ok := m.severity[s]; ok {
		return name
	}
	str := Text(string(s))
	if str == "" {
		return m.unrated
	}
	return strings.ToUpper(str[:1]) + str[1:]
}

// sensitivityWord names a sensitivity inside a sentence or a table cell; one the catalogue
// lacks is shown as written, escaped.
func (m *messages) sensitivityWord(s questionnaire.Sensitivity) string {
	if w, ok := m.sensitivity[s]; ok {
		return w
	}
	return Text(string(s))
}

// sourceWord names how far an answer is backed; a value the catalogue lacks is shown as
// written, escaped.
func (m *messages) sourceWord(s string) string {
	if w, ok := m.sources[s]; ok {
		return w
	}
	return Text(s)
}

// joinSentences joins the non-empty sentences with the language's space between sentences.
func joinSentences(m *messages, sentences ...string) string {
	var out []string
	for _, s := range sentences {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, m.sentenceSep)
}

// why says in plain words why the recommendation was chosen: the sensitivity of the use, and
// the rating with what capped it; "" without a recommendation. It is plain text, not escaped.
func (m *messages) why(r *scoring.Result) string {
	if r.Recommendation == nil {
		return ""
	}
	rating := fmt.Sprintf(m.whyRating, r.Rating)
	switch {
	case r.Rating == "":
		rating = m.whyNoRating
	case r.Capped:
		rating = fmt.Sprintf(m.whyRatingCapped, r.Rating, m.count(m.criticalCount, criticalCount(r)))
	}
	sensitivity := m.sensitivityUnknown
	if s := r.Sensitivity; s != "" && s != questionnaire.SensitivityUnknown {
		sensitivity = m.sensitivityWord(s)
	}
	return fmt.Sprintf(m.whyPlain, sensitivity, rating)
}

// findingWords returns the text and remedy of a finding in the document's language: the
// questionnaire's words, or for a finding the program makes, the catalogue's.
func (m *messages) findingWords(f scoring.Finding) (text, remedy string) {
	switch f.Kind {
	case scoring.FindingExpired:
		return fmt.Sprintf(m.vd.expired, f.Date), m.vd.expiredRemedy
	case scoring.FindingExpiring:
		return fmt.Sprintf(m.vd.expiring, f.Date), m.vd.expiringRemedy
	}
	return f.Text, f.Remedy
}
