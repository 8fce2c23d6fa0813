package tui

// messagesPt is the Portuguese catalogue, as written in Macao (secção, actualizar), with the
// words the report uses for the same things (constatação, fundamentação, prova).
var messagesPt = messages{
	listSep:  ", ",
	sections: "Secções", profile: "Perfil", newAssessment: "nova avaliação", none: "nenhum",
	notAnswered: "sem resposta", unknown: "desconhecido", notApplicable: "não aplicável",
	answeredOf: "%[1]d/%[2]d respondidas · %[3]d no total",

	answeredAs:  " · resposta: %[1]s",
	answerLabel: "Resposta", dateLabel: "Data", noteLabel: "Nota", evidenceLabel: "Prova", sourceLabel: "Fundamento",
	evidenceHint: "Ficheiros ou documentos, com , ou ;",
	noteHint:     "ctrl+j muda de linha",
	sourceNames: map[string]string{"": "não indicado", "stated": "declarada", "documented": "documentada",
		"verified": "verificada"},
	noNA:     "Esta pergunta não pode ser marcada como não aplicável.",
	moreInfo: "… mais %[1]d linhas: %[2]s mostra tudo",

	couldNotSave: "Não foi possível guardar: %[1]s", keptTyped: "Guardado o que foi escrito em: %[1]s",
	saved: "Guardado: %[1]s", savingTo: "A guardar em %[1]s",
	couldNotRender: "Não foi possível gerar o relatório: %[1]s",
	opening:        "A abrir %[1]s", cannotResume: "Não é possível retomar: %[1]s", resumed: "Rascunho retomado: %[1]s",
	sectionEmpty: "Com as respostas dadas, essa secção não tem perguntas a fazer.",

	jumpTitle: "Ir para uma secção", pickerKeys: "enter: abrir a secção · esc: voltar à pergunta",
	stillOpen: "Em aberto", allAnswered: "Todas as perguntas visíveis têm resposta.",
	openCount:   "%[1]d perguntas sem resposta ou com resposta desconhecida; enter abre uma.",
	finishEntry: "Concluir: ver a pontuação e o relatório", unanswered: "sem resposta",

	detailsTitle: "Dados da avaliação", idLine: "%[1]s · versão %[2]s · %[3]s",
	detailVendor: "Fornecedor", detailProduct: "Produto", detailOrganisation: "Organização",
	detailAssessor: "Avaliador", detailInterviewees: "Entrevistados", detailDate: "Data",
	intervieweesHint: "nomes ou funções, separados por vírgulas",
	detailsKeys:      "enter: campo seguinte; em Data, começar as perguntas",

	estimate:            "%[1]s · %[2]s · %[3]d perguntas, cerca de %[4]d minutos",
	chooseQuestionnaire: "Escolha o questionário", resumeDraft: "Ou retome um rascunho desta pasta",
	noVendor: "sem fornecedor", startKeys: "↑/↓ escolher · enter: começar com ele, ou retomar o rascunho",

	completeNoVendor: "Avaliação concluída", draft: "Rascunho de avaliação — %[1]s", draftNoVendor: "Rascunho de avaliação",
	draftOne:  "1 pergunta sem resposta: a classificação e a recomendação são provisórias.",
	draftMany: "%[1]d perguntas sem resposta: a classificação e a recomendação são provisórias.",
	complete:  "Avaliação concluída — %[1]s", rendering: "A pontuar e a gerar o relatório…",
	exists: "%[1]s já existe. Substituí-lo?", replaceKey: "y: substituir · ", writeInstead: "n: gravar como %[1]s · ",
	cancelKey: "esc: cancelar",
	previewTo: "Pré-visualização do relatório (↑/↓ para deslocar); enter escreve %[1]s e termina.",
	preview:   "Pré-visualização do relatório (↑/↓ para deslocar); enter escreve o relatório e termina.",

	overallScore: "Pontuação global: %[1]s", notScored: "sem pontuação", rating: "Classificação: %[1]s",
	coverage: "Cobertura: %[1]s%% (%[2]d respondidas, %[3]d desconhecidas, %[4]d sem resposta de %[5]d " +
		"perguntas pontuadas)",
	recommendation: "Recomendação: %[1]s",

	keyNext: "seguinte", keyBack: "voltar", keySkip: "saltar", keyField: "nota…", keyTick: "marcar",
	keyMove: "mover", keyUnknown: "desconhecido", keyNA: "n/a", keySections: "secções", keyReview: "rever",
	keyClose: "fechar", keyQuit: "guardar e sair", keyChoose: "escolher", keyWrite: "escrever relatório e sair",
	keySave: "guardar e seguir", keyEnds: "primeira/última", keyRead: "ler tudo", keyScroll: "deslocar", keyNewLine: "nova linha",
	keyFields: "campo", moreKeys: "mais teclas", more: "mais", fewerKeys: "menos teclas",

	titleLine: "%[1]s (versão %[2]s, %[3]s)", notAccepted: "Não aceite: %[1]v.",
	askDetail: "%[1]s [%[2]s]:", askInterviewees: "Entrevistados, separados por vírgulas [%[1]s]:",
	askDate:        "Data da avaliação, AAAA-MM-DD [%[1]s]:",
	profileHeading: "Sobre o uso da plataforma pela sua organização", sectionHeading: "Secção: %[1]s",
	helpLabel: "Ajuda: ", evidenceToAsk: "Provas a pedir: ", referencesLabel: "Referências: ",
	askNote:      "Nota (vazio para nenhuma):",
	askEvidence:  "Provas, separadas por vírgulas ou pontos e vírgulas (em branco se não houver):",
	askSource:    "Fundamentação [declarada/documentada/verificada; em branco se não houver]:",
	answerPrompt: "Resposta (%[1]s", answerUnknown: "; ? = desconhecido", answerNA: "; n/a = não aplicável",
	answerSkip: "; vazio = saltar):",
	typeNumber: "número", typeNumbers: "números separados por vírgulas", typeYesNo: "s/n ou 1/2",
	typeDate: "data AAAA-MM-DD", typeText: "texto",
	yesWords: []string{"s", "sim"}, noWords: []string{"n", "não", "nao"},
	errNoNA:      "esta pergunta não pode ser marcada como não aplicável",
	errYesNo:     "responda s ou n (ou 1 ou 2)",
	errOption:    "%[1]q não é um número de opção: escreva um número de 1 a %[2]d",
	errDate:      "%[1]q não é uma data: escreva-a como AAAA-MM-DD, por exemplo 2027-03-31",
	errSource:    "%[1]q não é uma fundamentação válida: escreva declarada, documentada ou verificada, ou deixe em branco",
	errExclusive: "a opção %[1]d (%[2]s) não pode ser marcada com outras: escreva-a sozinha",

	draftSaved:        "Rascunho guardado em %[1]s. Para retomar: %[2]s",
	nothingSaved:      "A entrevista foi interrompida antes de preenchidos os dados da avaliação; nada foi guardado.",
	interviewComplete: "Entrevista concluída. Respostas guardadas em %[1]s.",
	reportWritten:     "Relatório escrito em %[1]s",
	cr:                carriedPt,
}
