package report

import "github.com/vendorcheck/vendorcheck/internal/questionnaire"

// messagesPt is the Portuguese catalogue, as written in Macao: the spelling before the 1990
// orthographic agreement (protecção, secção, correctiva) and the legal style of the MSAR
// (Lei n.º 8/2005, responsável pelo tratamento).
var messagesPt = messages{
	listSep: ", ", listSepComma: "; ", and: " e ", or: " ou ", paren: " (%[1]s)", quote: "«%[1]s»", colon: ": ",
	sentenceSep: " ",
	acc:         acceptedPt,
	vd:          verdictPt,
	reg:         registerPt,

	none: "nenhum", noneGiven: "não indicado", notScored: "sem pontuação", notRecorded: "não registado",
	notApplicable: "não aplicável", unknown: "desconhecido",
	severity: map[questionnaire.Severity]string{
		questionnaire.SeverityCritical: "Crítica", questionnaire.SeverityHigh: "Alta",
		questionnaire.SeverityMedium: "Média", questionnaire.SeverityLow: "Baixa", questionnaire.SeverityInfo: "Informativa",
	},
	unrated: "Sem gravidade",
	sensitivity: map[questionnaire.Sensitivity]string{
		questionnaire.SensitivityLow: "baixa", questionnaire.SensitivityMixed: "mista",
		questionnaire.SensitivityHigh: "alta", questionnaire.SensitivityUnknown: "desconhecida",
	},
	sources: map[string]string{"stated": "declarada", "documented": "documentada", "verified": "verificada"},

	reportTitle: "Avaliação do fornecedor: %[1]s, %[2]s", unnamedVendor: "fornecedor sem nome", undated: "sem data",
	detailsHeading: "Dados da avaliação", item: "Elemento", value: "Valor", vendor: "Fornecedor", product: "Produto",
	organisation: "Organização", assessor: "Avaliador", interviewees: "Entrevistados", assessmentDate: "Data da avaliação",
	qnTitle: "Questionário", qnID: "Identificador do questionário", qnVersion: "Versão do questionário",
	qnLanguage: "Língua do questionário", jurisdiction: "Jurisdição",
	recordedWithVersion: " (as respostas foram registadas com a versão %[1]s)",
	summaryHeading:      "Resumo", overallScore: "Pontuação: ", rating: "Classificação: ", coverage: "Cobertura: ",
	sensitivityOfUse: "Sensibilidade do uso pela organização: ", outOf100: "%[1]s em 100",
	overallNotScored: "sem pontuação: nenhuma secção tem uma pergunta contabilizada (todas são não aplicáveis ou ocultas)",
	noRecommendation: "nenhuma (o questionário não tem recomendações)", recommendation: "Recomendação: ",
	whyRecommendation: "Porquê: ",

	whyPlain:        "A sensibilidade do uso pela organização é %[1]s e %[2]s.",
	whyRating:       "a pontuação do fornecedor dá-lhe a classificação %[1]s",
	whyRatingCapped: "o fornecedor tem a classificação %[1]s por causa de %[2]s, qualquer que seja a pontuação",
	whyNoRating:     "o fornecedor não pôde ser classificado, pois nada pôde ser pontuado",

	ratingNone:   "nenhuma (nada pôde ser pontuado)",
	ratingCapped: " (limitada por uma constatação crítica; só a pontuação daria %[1]s)",
	coverageNone: "nenhuma pergunta pontuada visível a responder (%[1]s)",
	coverageFull: "%[1]s: %[2]s, de %[3]s; %[4]s",

	visibleCount:       counted{"%d pergunta pontuada visível", "%d perguntas pontuadas visíveis"},
	sensitivityUnknown: "desconhecida (nenhuma resposta do perfil a definiu)",

	remedy: "Medida correctiva: ",

	assuranceRow: "Fundamentação das respostas pontuadas", answered: "Respondida: ",
	cAnswered: counted{"%d respondida", "%d respondidas"}, cUnknown: counted{"%d desconhecida", "%d desconhecidas"},
	cUnanswered: counted{"%d sem resposta", "%d sem resposta"}, cNA: counted{"%d não aplicável", "%d não aplicáveis"},
	cStated: counted{"%d declarada", "%d declaradas"}, cDocumented: counted{"%d documentada", "%d documentadas"},
	cVerified: counted{"%d verificada", "%d verificadas"}, cUnspecified: counted{"%d não especificada", "%d não especificadas"},
	actionHeading: "Plano de acção",
	actionIntro:   "Todas as constatações em aberto, as mais graves primeiro. Os números são os das perguntas em Respostas.",
	noOpenFinding: "Nenhuma constatação em aberto.", colNo: "N.º", colSeverity: "Gravidade", colFinding: "Constatação",
	colRemedy:         "Medida correctiva",
	ruleQuestion:      "Combinação de respostas: %[1]s",
	ruleFindingsLabel: "Constatações de combinações de respostas",
	arithmeticNote: "As pontuações desta avaliação: em cada secção, a soma das pontuações ponderadas sobre a soma dos pesos; " +
		"depois a pontuação global, as pontuações das secções ponderadas pelos pesos das secções.",
	colWeighted: "W × pontuação", aboutQnHeading: "O questionário",

	sectionScores: "Pontuação por secção", overall: "Global",

	colSection: "Secção", colWeight: "Peso", colScore: "Pontuação", colAnswered: "Respondidas", colUnknown: "Desconhecidas",
	colUnanswered: "Sem resposta", colNA: "N/A", colSums: "Σ w·s / Σ w",
	answersHeading: "Respostas", profileHeading: "Perfil do uso pela organização",
	profileNote: "O perfil descreve como a organização vai usar a plataforma. Não é pontuado; " +
		"define a sensibilidade (%[1]s) que, com a classificação, escolhe a recomendação.",
	sectionHeading:   "%[1]d. %[2]s",
	sectionNotScored: "Sem pontuação (nenhuma pergunta contabilizada)", sectionScore: "Pontuação %[1]s em 100",
	sectionLine: "%[1]s, peso da secção %[2]s: %[3]s.",
	answer:      "Resposta: ", recordedNotCounted: "Resposta registada, não contabilizada: ",
	findingSeverity: "Constatação (%[1]s): ", references: "Referências: ",
	hidden: "Oculta (condição não verificada)", notAnswered: "Sem resposta",
	notApplicableAnswer: "Não aplicável", unknownAnswer: "Desconhecido", notUsed: " (não utilizada: %[1]s)",
	optionSensitivity: " (sensibilidade %[1]s)", askedOnlyWhen: ": feita apenas quando a resposta a %[1]s é %[2]s",
	scoreNotScored: "Pontuação: não pontuada", scoreNotCountedNA: "Pontuação: não contabilizada (não aplicável)",
	scoreNotCounted: "Pontuação: não contabilizada", scoreTimesWeight: "Pontuação × peso: %[1]s × %[2]s",
	scoresZeroUnknown: " (uma resposta desconhecida vale 0)", scoresZeroUnusable: " (uma resposta inutilizável vale 0)",
	scoresZeroMissing: " (a falta de resposta vale 0)",
	note:              "Nota: ", evidence: "Prova:", givenBy: "dada por %[1]s", recordedAt: "registada em %[1]s", source: "Fundamentação: ",
	rawNoValue: "sem valor", rawChoice: "opção %[1]s", rawChoices: "opções %[1]s", rawDate: "data %[1]s", rawText: "texto %[1]s",
	fileDigest: " (SHA-256 do ficheiro: %[1]s)", fileUnreadable: " (um ficheiro, mas não foi possível lê-lo para calcular o SHA-256)",
	fileTooLarge: " (um ficheiro maior do que %[1]d MiB: o SHA-256 não é calculado)",
	extraHeading: "Respostas que não constam desta versão",

	extraIntro: "O ficheiro de respostas contém %[1]s a perguntas que a versão %[2]s do questionário não tem. " +
		"Não são pontuadas e figuram aqui tal como foram registadas.",
	extraCount:     counted{"%d resposta", "%d respostas"},
	recordedAnswer: "Resposta registada: ", emptyID: "(identificador vazio)",
	methodHeading: "Como se calcula a pontuação", methodBand: "%[1]s a partir de %[2]s",
	methodText: "Cada pergunta pontuada visível recebe da sua resposta uma pontuação s entre 0 e 1; uma resposta desconhecida ou em falta vale 0 " +
		"(sem prova, sem crédito), e as perguntas respondidas como não aplicáveis e aquelas cuja condição não se verifica ficam de fora. " +
		"Uma secção obtém 100 × Σ w·s / Σ w sobre as suas perguntas contabilizadas, sendo w o peso de cada pergunta, " +
		"e a pontuação global é a média das pontuações das secções ponderada pelos pesos das secções. " +
		"A classificação é o escalão em que cai a pontuação global (%[1]s)%[2]s. " +
		"A cobertura é a proporção das perguntas pontuadas visíveis que receberam uma resposta que não seja «desconhecido».",
	methodCap:         "; qualquer constatação crítica impede uma classificação melhor do que %[1]s",
	referencesHeading: "Referências",
	signOffHeading:    "Assinaturas", role: "Função", name: "Nome", signature: "Assinatura", date: "Data", reviewedBy: "Revisto por",
	answersFileHeading: "Ficheiro de respostas",
	digestUnknown:      "O SHA-256 do ficheiro de respostas não é conhecido: estas respostas não foram lidas de um ficheiro.",
	digestIntro: "Este relatório foi feito a partir do ficheiro de respostas cujo conteúdo tem este SHA-256 " +
		"(verifique-o com sha256sum ou shasum -a 256 no ficheiro de respostas guardado):",
	problemNA: "respondida como não aplicável, o que esta pergunta não admite", problemDate: "«%[1]s» não é uma data (AAAA-MM-DD)",
	problemNoAssessmentDate: "a avaliação não tem data, pelo que não é possível pontuar uma data de expiração",
	problemOption:           "a opção «%[1]s» não existe nesta versão", problemOther: "a resposta não se adequa a esta pergunta",
	profileGroup: "Perfil: o uso da plataforma",

	compareTitle: "Comparação de fornecedores: %[1]s", compareQuestionnaire: "Questionário: %[1]s (%[2]s), %[3]s.",
	versionOne: "versão %[1]s", versionMany: "versões %[1]s",
	assessedOn: "Avaliado em %[1]s.", assessedBetween: "Avaliados entre %[1]s e %[2]s.",
	versionFor:        "versão %[1]s para %[2]s",
	differentVersions: "As avaliações foram feitas com versões diferentes do questionário: %[1]s.",
	ownVersions: "Cada uma é pontuada com a sua própria versão. As linhas deste relatório seguem a versão %[1]s; " +
		"quando a versão com que um fornecedor foi pontuado não tem uma pergunta ou uma secção, a célula do fornecedor indica-o.",
	notAtHand: "As respostas de %[1]s foram feitas com a versão %[2]s, que não está disponível, e são pontuadas com a versão %[3]s: " +
		"as perguntas acrescentadas desde então contam como sem resposta, o que baixa a sua pontuação e cobertura; compare-as com cuidado.",
	profileWarningLabel: "Situações diferentes", sensitivityFor: "%[1]s para %[2]s",
	profileSensitivities: "os fornecedores foram avaliados para usos de sensibilidade diferente (%[1]s).",
	profileAnswersDiffer: "O perfil da organização foi respondido de forma diferente (%[1]s).",
	profileNotComparable: "As recomendações respondem a situações diferentes e não podem ser comparadas tal como estão.",
	assessmentsHeading:   "Avaliações", colDate: "Data", colSensitivity: "Sensibilidade do uso",
	rankingHeading: "Ordenação", colRank: "Posição", colVendor: "Fornecedor", colOverall: "Global", colRating: "Classificação",
	colCoverage: "Cobertura", colCritical: "Constatações críticas", colRecommendation: "Recomendação",
	rankingNote: "A ordenação segue primeiro a classificação (uma constatação crítica limita a classificação), depois coloca os fornecedores " +
		"sem constatações críticas antes dos que as têm e, por fim, ordena pela pontuação global. A cobertura é a proporção das perguntas " +
		"feitas que receberam uma resposta que não seja «desconhecido»: uma cobertura baixa torna a pontuação menos fiável.",
	scoredWith: " (pontuada com %[1]s)", capped: " (limitada)",
	sectionsNote:     "Cada pontuação de secção vai de 0 a 100; a pontuação global é a média das pontuações das secções ponderada pelos pesos das secções.",
	notInVersion:     "não consta da versão %[1]s",
	knockoutsHeading: "Eliminatórias (constatações críticas)", inlineRemedy: " Medida correctiva: ",
	vendorCriticals: "**%[1]s** (%[2]s):", noKnockout: "Nenhum fornecedor tem constatações críticas.",
	knockoutNote:  "Uma constatação crítica é eliminatória: seja qual for a pontuação, limita a classificação do fornecedor até ser resolvida.",
	noCriticalFor: "Sem constatações críticas: %[1]s.",
	criticalCount: counted{"%d constatação crítica", "%d constatações críticas"},
	differHeading: "Respostas que diferem", allSame: "Todos os fornecedores deram a mesma resposta a todas as perguntas.",
	differNote:        "Só figuram as perguntas cujas respostas diferem entre os fornecedores, com a resposta de cada um.",
	notInVersionGroup: "Perguntas que não constam da versão %[1]s",
	colQuestion:       "Pergunta", notAsked: "não feita", noUsableAnswer: "sem resposta utilizável", noAnswer: "sem resposta",
	unscoredHeading: "Respostas não pontuadas",
	unscoredNote: "Estas respostas são a perguntas que a versão do questionário com que o fornecedor foi pontuado não tem. " +
		"São mantidas tal como foram registadas e não são pontuadas.",
	unscoredVendor: "**%[1]s**, pontuado com a versão %[2]s:",
	digestsHeading: "Ficheiros de respostas", digestsNote: "Cada avaliação fica ligada às respostas guardadas pelo SHA-256 do ficheiro de respostas:",

	diffTitle: "Reavaliação de %[1]s: %[2]s a %[3]s",
	diffIntro: "O que mudou entre a avaliação anterior (%[1]s) e a posterior (%[2]s), ambas feitas com o questionário %[3]s (%[4]s).",
	diffVersionsOwn: "A avaliação anterior foi feita com a versão %[1]s do questionário e a posterior com a versão %[2]s; " +
		"cada uma é pontuada com a sua própria versão. As perguntas acrescentadas ou retiradas entre as versões figuram no fim: " +
		"alteram as pontuações tal como as respostas do fornecedor.",
	diffVersionsLater: "A avaliação anterior foi feita com a versão %[1]s do questionário, que não está disponível, " +
		"pelo que ambas são pontuadas com a versão %[2]s. As perguntas acrescentadas desde a %[1]s contam como sem resposta na avaliação anterior: " +
		"parte da variação da pontuação vem do questionário, não do fornecedor.",
	diffVersionsMixed: "A avaliação anterior foi feita com a versão %[1]s do questionário e é pontuada com a versão %[2]s; " +
		"a posterior foi feita com a versão %[3]s e é pontuada com a versão %[4]s. Parte da variação da pontuação pode vir do " +
		"questionário, não do fornecedor.",
	earlier: "Anterior", later: "Posterior", change: "Variação", answersFileDigest: "SHA-256 do ficheiro de respostas",
	criticalFindings: "Constatações críticas", findings: "Constatações", colOverallScore: "Pontuação global",
	cannotCompare: "A pontuação global não pode ser comparada: uma das avaliações não tem nada pontuado",
	scoreSame:     "A pontuação global não mudou (%[1]s)",
	scoreRose:     "A pontuação global subiu %[1]s pontos, de %[2]s para %[3]s",
	scoreFell:     "A pontuação global desceu %[1]s pontos, de %[2]s para %[3]s",
	ratingStayed:  ", e a classificação manteve-se %[1]s.", ratingImproved: ", e a classificação melhorou de %[1]s para %[2]s.",
	ratingWorsened: ", e a classificação piorou de %[1]s para %[2]s.", ratingMoved: ", e a classificação mudou de %[1]s para %[2]s.",
	resolvedAndNew: " %[1]s e %[2]s; ",
	resolvedCount:  counted{"%d constatação foi resolvida", "%d constatações foram resolvidas"},
	newCount:       counted{"%d é nova", "%d são novas"},
	remainCount:    counted{"mantém-se %d constatação crítica.", "mantêm-se %d constatações críticas."},
	resolvedNone:   "Nenhuma constatação foi resolvida", newNone: "nenhuma é nova", remainNone: "não resta nenhuma constatação crítica.",
	same: "igual", changed: "alterada", better: "melhor", worse: "pior", higher: "mais alta", lower: "mais baixa",
	newSection: "secção nova", removedSection: "secção retirada", points: "%[1]s pontos",
	findingsHeading2: "Constatações", noFindings: "Nenhuma das avaliações tem constatações.",
	resolved: "Resolvidas", added: "Novas", stillOpen: "Ainda em aberto", groupCount: "%[1]s (%[2]d)", listNone: "Nenhuma.",
	changedHeading: "Respostas alteradas", noChange: "Nenhuma resposta mudou.",
	noChangeCommon: "Nenhuma resposta mudou nas perguntas que ambas as versões têm.",
	earlierAnswer:  "Anterior: ", laterAnswer: "Posterior: ", evidenceInline: "Prova: ",
	qnChangesHeading: "Alterações do questionário", laterAnswerInline: " — resposta posterior: ", earlierAnswerInline: " — resposta anterior: ",
	questionsAdded:   "Perguntas acrescentadas na versão %[1]s:",
	questionsRemoved: "Perguntas que a versão %[1]s tinha e a versão %[2]s já não tem:",
	onlyVersionAtHand: "Só a versão %[1]s do questionário estava disponível, pelo que ambas as avaliações são pontuadas com ela. " +
		"As respostas anteriores, feitas com a versão %[2]s, incluem estas perguntas que a versão %[1]s não tem:",

	guideAudience: "Só as perguntas para %[1]s",
	audiences: map[questionnaire.Audience]string{questionnaire.AudienceVendor: "o fornecedor", questionnaire.AudienceIT: "a informática",
		questionnaire.AudienceLegal: "o jurídico e a conformidade", questionnaire.AudienceBusiness: "os responsáveis de negócio"},
	guideTitle: "Guia de entrevista: %[1]s", guideQuestionnaire: "Questionário: %[1]s, versão %[2]s, língua %[3]s",
	guideJurisdiction: "Jurisdição: ", guideQuestions: "Perguntas: %[1]s no perfil, %[2]s em %[3]s",
	guideQuestionsNoProfile: "Perguntas: %[2]s em %[3]s",
	questionCount:           counted{"%d pergunta", "%d perguntas"}, sectionCount: counted{"%d secção", "%d secções"},
	aboutHeading: "Sobre esta avaliação", howToHeading: "Como usar este guia",
	howTo: []string{
		"Envie o guia alguns dias antes da entrevista, para que as pessoas a entrevistar possam reunir as provas indicadas em cada pergunta.",
		"Leia cada pergunta tal como está escrita; o texto por baixo indica o que pedir e como é uma boa resposta.",
		"Assinale a resposta dada. Assinale *Desconhecido* quando ninguém lhe puder mostrar a resposta: não adivinhe, uma resposta desconhecida é em si um resultado.",
		"Anote quem deu cada resposta e como está fundamentada: *declarada* (alguém o afirmou), *documentada* (reviu um documento) ou *verificada* (confirmou-a de forma independente).",
		"Algumas perguntas só são feitas quando uma resposta anterior se verifica; a condição está escrita por baixo da pergunta. Caso contrário, passe à seguinte.",
		"Introduza depois as respostas com `vendorcheck interview`, que as pontua e escreve o relatório.",
	},
	detailsHeading2: "Dados da avaliação", colDetail: "Dado", colEntry: "Preenchimento", productEdition: "Produto e edição",
	profileHeading2: "Perfil: o uso da plataforma pela sua organização",
	profileIntro: "Estas perguntas são sobre a sua própria organização, não sobre o fornecedor. Indicam a sensibilidade do uso da plataforma, " +
		"que, juntamente com as respostas do fornecedor, decide a recomendação.",
	evidenceToRequest: "**Provas a pedir:** ", referencesLabel: "**Referências:** ",
	notesLabel:  "**Notas:** quem respondeu; declarada, documentada ou verificada; provas recebidas.",
	tickUnknown: "[ ] Desconhecido: ninguém pôde mostrar a resposta", tickNA: "[ ] Não aplicável", orTick: ", ou assinale:",
	writeAnswer: "Escreva a resposta nas notas abaixo%[1]s", writeDate: "Escreva a data (AAAA-MM-DD) nas notas abaixo%[1]s",
	period: ".", tickEvery: "Assinale todas as respostas que se aplicam:", tickOne: "Assinale uma resposta:", optionMark: "*%[1]s*",
	askedIfAnswers:     "Feita apenas se a pergunta %[1]s tiver uma das respostas %[2]s.",
	askedIfIs:          "Feita apenas se a resposta a %[1]s, *%[2]s*, for %[3]s.",
	askedIfOneOf:       "Feita apenas se a resposta a %[1]s, *%[2]s*, for uma de %[3]s.",
	askedIfIncludes:    "Feita apenas se a resposta a %[1]s, *%[2]s*, incluir %[3]s.",
	askedIfIncludesAny: "Feita apenas se a resposta a %[1]s, *%[2]s*, incluir alguma de %[3]s.",
}
