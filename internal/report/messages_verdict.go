package report

// verdictMessages are the words of the verdict engine: the findings the program makes (expiry),
// why an answer could not be used, drafts, the next review, rules and conditions in words. They
// are a part of messages (its field vd), kept in their own file.
type verdictMessages struct {
	// Findings made by the program. %[1]s the expiry date.
	expired, expiredRemedy, expiring, expiringRemedy string
	// Why an answer could not be used: kind %[1]s the value given, %[2]s the value the question
	// takes (one of the value words).
	problemKind                                     string
	valueChoice, valueChoices, valueDate, valueText string
	// Drafts: the banner (%d unanswered), in the report, the comparison and the interview; the
	// final check's refusal in the JSON-less outputs.
	draft counted
	// draftFor: a draft in a comparison, %[1]s vendor, %[2]d unanswered.
	draftFor counted
	// The next review: label, and the value (%[1]s date, %[2]d months).
	nextReview, nextReviewValue string
	// Rules: the label of a rule's finding (%[1]s the number of its section); why it was raised (%[1]s
	// condition). recWhen: the condition of the recommendation (%[1]s condition).
	rule, ruleWhy, recWhen string
	// Conditions in words. in: %[1]s question, %[2]s options; is: %[1]s question, %[2]s states;
	// the states of an answer; not: %[1]s condition; group: %[1]s conditions joined (for nesting);
	// sensitivity, rating, worst: %[1]s values; asked: %[1]s condition (a hidden question).
	condIs, condIncludes, condIncludesAny, condState string
	// The negations of one atom: isNot, excludes (multi), stateNot.
	condIsNot, condExcludes, condStateNot                                 string
	stateAnswered, stateUnknown, stateNA, stateUnanswered                 string
	condNot, condGroup, condSensitivity, condRating, condWorst, noFinding string
	condComplete, condDraft, askedWhen, guideAskedWhen                    string
}

var verdictEn = verdictMessages{
	expired:        "The date given, %[1]s, is not after the assessment date: the document it belongs to has expired.",
	expiredRemedy:  "Ask the vendor for the renewed document and record its new date.",
	expiring:       "The document expires on %[1]s, within 90 days of the assessment date.",
	expiringRemedy: "Ask the vendor for the renewed document before then, and record its new date.",

	problemKind: "answered with %[1]s, but this question takes %[2]s",
	valueChoice: "one option", valueChoices: "a list of options", valueDate: "a date", valueText: "a text",

	draft: counted{
		"Draft: %d question unanswered; the rating and recommendation are provisional.",
		"Draft: %d questions unanswered; the rating and recommendation are provisional."},
	draftFor: counted{
		"Draft for %[1]s: %[2]d question unanswered; its rating and recommendation are provisional.",
		"Draft for %[1]s: %[2]d questions unanswered; its rating and recommendation are provisional."},
	nextReview: "Next review due", nextReviewValue: "%[1]s (%[2]d months after the assessment)",
	rule: "Section %[1]s, combination of answers", ruleWhy: "Raised because %[1]s.", recWhen: "This recommendation applies when %[1]s.",

	condIs: "the answer to %[1]s is %[2]s", condIsNot: "the answer to %[1]s is not %[2]s",
	condExcludes: "the answer to %[1]s includes none of %[2]s", condStateNot: "the answer to %[1]s is not %[2]s",
	condIncludes: "the answer to %[1]s includes %[2]s", condIncludesAny: "the answer to %[1]s includes any of %[2]s",
	condState:     "the answer to %[1]s is %[2]s",
	stateAnswered: "given", stateUnknown: "unknown", stateNA: "not applicable", stateUnanswered: "not given",
	condNot: "not (%[1]s)", condGroup: "(%[1]s)",
	condSensitivity: "the sensitivity is %[1]s", condRating: "the rating is %[1]s",
	condWorst: "the most severe finding is %[1]s", noFinding: "none",
	condComplete: "the assessment is complete", condDraft: "the assessment is a draft",
	askedWhen: ": asked only when %[1]s", guideAskedWhen: "Asked only when %[1]s.",
}

var verdictPt = verdictMessages{
	expired:        "A data indicada, %[1]s, não é posterior à data da avaliação: o documento a que pertence expirou.",
	expiredRemedy:  "Peça ao fornecedor o documento renovado e registe a nova data.",
	expiring:       "O documento expira em %[1]s, nos 90 dias seguintes à data da avaliação.",
	expiringRemedy: "Peça ao fornecedor o documento renovado antes dessa data e registe a nova data.",

	problemKind: "respondida com %[1]s, mas esta pergunta pede %[2]s",
	valueChoice: "uma opção", valueChoices: "uma lista de opções", valueDate: "uma data", valueText: "um texto",

	draft: counted{
		"Rascunho: %d pergunta sem resposta; a classificação e a recomendação são provisórias.",
		"Rascunho: %d perguntas sem resposta; a classificação e a recomendação são provisórias."},
	draftFor: counted{
		"Rascunho para %[1]s: %[2]d pergunta sem resposta; a classificação e a recomendação são provisórias.",
		"Rascunho para %[1]s: %[2]d perguntas sem resposta; a classificação e a recomendação são provisórias."},
	nextReview: "Próxima revisão", nextReviewValue: "%[1]s (%[2]d meses após a avaliação)",
	rule: "Secção %[1]s, combinação de respostas", ruleWhy: "Levantada porque %[1]s.", recWhen: "Esta recomendação aplica-se quando %[1]s.",

	condIs: "a resposta a %[1]s é %[2]s", condIsNot: "a resposta a %[1]s não é %[2]s",
	condExcludes: "a resposta a %[1]s não inclui %[2]s", condStateNot: "a resposta a %[1]s não está %[2]s",
	condIncludes: "a resposta a %[1]s inclui %[2]s", condIncludesAny: "a resposta a %[1]s inclui alguma de %[2]s",
	condState:     "a resposta a %[1]s está %[2]s",
	stateAnswered: "dada", stateUnknown: "desconhecida", stateNA: "não aplicável", stateUnanswered: "por dar",
	condNot: "não (%[1]s)", condGroup: "(%[1]s)",
	condSensitivity: "a sensibilidade é %[1]s", condRating: "a classificação é %[1]s",
	condWorst: "a constatação mais grave é %[1]s", noFinding: "nenhuma",
	condComplete: "a avaliação está completa", condDraft: "a avaliação é um rascunho",
	askedWhen: ": feita apenas quando %[1]s", guideAskedWhen: "Feita apenas quando %[1]s.",
}

var verdictZh = verdictMessages{
	expired:        "所填日期%[1]s不晚於評估日期：所屬文件已過期。",
	expiredRemedy:  "請供應商提供更新後的文件，並記錄新的日期。",
	expiring:       "文件將於%[1]s到期，即評估日期後90天內。",
	expiringRemedy: "請供應商在此之前提供更新後的文件，並記錄新的日期。",

	problemKind: "答案為%[1]s，但此問題需要%[2]s",
	valueChoice: "一個選項", valueChoices: "一組選項", valueDate: "日期", valueText: "文字",

	draft: counted{
		"草稿：%d條問題未回答；評級和建議僅屬暫定。",
		"草稿：%d條問題未回答；評級和建議僅屬暫定。"},
	draftFor: counted{
		"%[1]s為草稿：%[2]d條問題未回答；其評級和建議僅屬暫定。",
		"%[1]s為草稿：%[2]d條問題未回答；其評級和建議僅屬暫定。"},
	nextReview: "下次覆核日期", nextReviewValue: "%[1]s（評估後%[2]d個月）",
	rule: "第%[1]s部分，答案組合", ruleWhy: "提出原因：%[1]s。", recWhen: "此建議適用於%[1]s的情況。",

	condIs: "%[1]s的答案為%[2]s", condIsNot: "%[1]s的答案不是%[2]s",
	condExcludes: "%[1]s的答案不包括%[2]s", condStateNot: "%[1]s的答案狀態不是%[2]s",
	condIncludes: "%[1]s的答案包括%[2]s", condIncludesAny: "%[1]s的答案包括%[2]s中任何一項",
	condState:     "%[1]s的答案狀態為%[2]s",
	stateAnswered: "已回答", stateUnknown: "不知道", stateNA: "不適用", stateUnanswered: "未回答",
	condNot: "並非（%[1]s）", condGroup: "（%[1]s）",
	condSensitivity: "敏感度為%[1]s", condRating: "評級為%[1]s",
	condWorst: "最嚴重的發現為%[1]s", noFinding: "沒有",
	condComplete: "評估已完成", condDraft: "評估為草稿",
	askedWhen: "：僅當%[1]s時才提問", guideAskedWhen: "僅當%[1]s時才提問。",
}
