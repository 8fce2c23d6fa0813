package report

// acceptedMessages are the words for accepted risks and answers carried over from an earlier
// assessment, in the report and the diff. They are a part of messages (its field acc), kept in
// their own file.
type acceptedMessages struct {
	// Report: the accepted risks section. by: %[1]s who, %[2]s on, %[3]s until; ranOut: %[1]s
	// until, %[2]s assessment date; finding: %[1]s severity, %[2]s text; covered, coveredExpired:
	// %[1]s who, %[2]s until.
	heading, intro, expiredMark, by, ranOut, reason, finding, noFinding string
	covered, coveredExpired                                             string
	// Report: answers carried over and not confirmed.
	carriedHeading, carriedAnswer, carriedNote string
	carriedIntro                               counted
	// Diff: a table of the accepted risks of both assessments. cell, cellExpired: %[1]s who,
	// %[2]s until.
	colFinding, cell, cellExpired                             string
	isNew, removed, extended, shortened, same, changed, ranOn string
}

var acceptedEn = acceptedMessages{
	heading: "Accepted risks",
	intro: "The organisation has accepted the risk of these findings. They still count in the score and the rating; " +
		"an acceptance holds up to and including its end date.",
	expiredMark:    "**Expired:** ",
	by:             "Accepted by %[1]s on %[2]s, until %[3]s",
	ranOut:         "The acceptance ran out on %[1]s, before this assessment of %[2]s: renew it or treat the finding as open.",
	reason:         "Reason: ",
	finding:        "Finding (%[1]s): %[2]s",
	noFinding:      "This assessment raises no finding here: the risk it was accepted for is not present.",
	covered:        "Risk accepted by %[1]s until %[2]s (see Accepted risks)",
	coveredExpired: "Risk accepted by %[1]s until %[2]s, which has passed (see Accepted risks)",

	carriedHeading: "Answers carried over and not confirmed",
	carriedIntro: counted{
		"%d answer was taken over from an earlier assessment and has not been confirmed or changed since. " +
			"Check it before relying on this report.",
		"%d answers were taken over from an earlier assessment and have not been confirmed or changed since. " +
			"Check them before relying on this report."},
	carriedAnswer: "Carried answer: ",
	carriedNote:   "Carried over from an earlier assessment, not confirmed",

	colFinding: "Question or rule", cell: "%[1]s, until %[2]s", cellExpired: "%[1]s, until %[2]s (expired)",
	isNew: "newly accepted", removed: "no longer accepted", extended: "extended", shortened: "shortened",
	same: "same", changed: "changed", ranOn: "expired",
}

var acceptedPt = acceptedMessages{
	heading: "Riscos aceites",
	intro: "A organização aceitou o risco destas constatações. Continuam a contar na pontuação e na classificação; " +
		"cada aceitação vale até à data de fim, inclusive.",
	expiredMark:    "**Caducada:** ",
	by:             "Aceite por %[1]s em %[2]s, até %[3]s",
	ranOut:         "A aceitação caducou em %[1]s, antes desta avaliação de %[2]s: renove-a ou trate a constatação como em aberto.",
	reason:         "Motivo: ",
	finding:        "Constatação (%[1]s): %[2]s",
	noFinding:      "Esta avaliação não levanta aqui nenhuma constatação: o risco aceite já não existe.",
	covered:        "Risco aceite por %[1]s até %[2]s (ver Riscos aceites)",
	coveredExpired: "Risco aceite por %[1]s até %[2]s, data já ultrapassada (ver Riscos aceites)",

	carriedHeading: "Respostas transitadas e não confirmadas",
	carriedIntro: counted{
		"%d resposta foi retomada de uma avaliação anterior e não foi confirmada nem alterada desde então. " +
			"Verifique-a antes de confiar neste relatório.",
		"%d respostas foram retomadas de uma avaliação anterior e não foram confirmadas nem alteradas desde então. " +
			"Verifique-as antes de confiar neste relatório."},
	carriedAnswer: "Resposta transitada: ",
	carriedNote:   "Transitada de uma avaliação anterior, não confirmada",

	colFinding: "Pergunta ou regra", cell: "%[1]s, até %[2]s", cellExpired: "%[1]s, até %[2]s (caducada)",
	isNew: "nova aceitação", removed: "deixou de ser aceite", extended: "prorrogada", shortened: "encurtada",
	same: "igual", changed: "alterada", ranOn: "caducada",
}

var acceptedZhHant = acceptedMessages{
	heading:        "已接受的風險",
	intro:          "機構已接受以下發現的風險。這些發現仍計入評分及評級；每項接受在其結束日期（包括當日）前有效。",
	expiredMark:    "**已過期**：",
	by:             "由%[1]s於%[2]s接受，有效至%[3]s",
	ranOut:         "此項接受已於%[1]s屆滿，早於本次評估日期%[2]s：請重新接受，或將該發現視為未解決。",
	reason:         "理由：",
	finding:        "發現（%[1]s）：%[2]s",
	noFinding:      "本次評估在此沒有發現：當初接受的風險已不存在。",
	covered:        "風險已由%[1]s接受，有效至%[2]s（見「已接受的風險」）",
	coveredExpired: "風險曾由%[1]s接受，有效至%[2]s，現已過期（見「已接受的風險」）",

	carriedHeading: "沿用但未確認的答案",
	carriedIntro: counted{
		"有%d個答案沿用自較早的評估，其後未經確認或更改。依賴本報告前請先核實。",
		"有%d個答案沿用自較早的評估，其後未經確認或更改。依賴本報告前請先核實。"},
	carriedAnswer: "沿用的答案：",
	carriedNote:   "沿用自較早的評估，未經確認",

	colFinding: "問題或規則", cell: "%[1]s，有效至%[2]s", cellExpired: "%[1]s，有效至%[2]s（已過期）",
	isNew: "新接受", removed: "不再接受", extended: "已延長", shortened: "已縮短",
	same: "相同", changed: "有變", ranOn: "已過期",
}
