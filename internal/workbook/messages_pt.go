package workbook

import "github.com/vendorcheck/vendorcheck/internal/questionnaire"

var messagesPT = messages{
	instructionsSheet: "Instruções", questionsSheet: "Perguntas",

	title: "Questionário para %[1]s: %[2]s", titleNoVendor: "Questionário: %[1]s",
	from: "De", to: "Para", dateSent: "Data de envio", questionnaire: "Questionário",
	version: "Versão", language: "Língua", questionCount: "Perguntas a responder",
	questionnaireTitle: "Título",
	respondentHeading:  "Quem responde", respondentName: "O seu nome", respondentRole: "A sua função e empresa",
	howToHeading: "Como responder",
	answerOn:     "Responda na folha %[1]s, uma linha por pergunta, agrupadas por secção e numeradas como no nosso relatório. Só as células amarelo-claras podem ser alteradas.",
	howTo: []string{
		"Resposta: escolha na lista pendente da coluna Resposta. Quando várias respostas podem aplicar-se, cada uma tem a sua linha por baixo da pergunta: escolha Sim em todas as que se aplicam e deixe as outras vazias ou com Não.",
		"As datas vão na coluna Data, escritas como AAAA-MM-DD (por exemplo 2027-03-31).",
		"Desconhecido quer dizer que não consegue saber ou não pode revelar a resposta. Escolha-o em vez de adivinhar: registamo-lo como desconhecido, o que não conta como prova na nossa avaliação, e poderemos voltar a perguntar.",
		"Não aplicável só é oferecido onde uma pergunta pode não se aplicar ao seu produto.",
		"Algumas perguntas só se aplicam depois de uma dada resposta a uma pergunta anterior; isso vem indicado por baixo da pergunta. Deixe-as vazias quando não se aplicam.",
		"Nota: o que precisar de acrescentar à resposta. As suas provas: os documentos que envia com este livro (nomes de ficheiro, ligações ou números de relatório), um por linha.",
		"Por favor, não acrescente, apague nem reordene linhas ou folhas: as respostas são lidas automaticamente. Preencha o seu nome acima, guarde o livro como .xlsx e devolva-no-lo.",
	},
	colNumber: "N.º", colQuestion: "Pergunta", colHelp: "Sobre a pergunta", colEvidenceAsked: "Provas pedidas",
	colAnswer: "Resposta", colDate: "Data", colNote: "Nota", colEvidence: "As suas provas",
	sectionRow: "%[1]d. %[2]s", profileRow: "A utilização da sua organização",
	unknown: "Desconhecido", notApplicable: "Não aplicável", tickYes: "Sim", tickNo: "Não",
	tickBelow: "Escolha Sim em cada resposta abaixo que se aplica.",
	dateHint:  "Escreva a data na coluna Data.",
	textHint:  "Escreva a resposta na coluna Resposta.",
	appliesIf: "Aplica-se só se %[1]s.", answerIs: "a resposta a %[1]s for %[2]s", answerIncludes: "a resposta a %[1]s incluir %[2]s",
	states: map[questionnaire.AnswerState]string{
		questionnaire.StateAnswered: "%[1]s tiver resposta", questionnaire.StateUnanswered: "%[1]s não tiver resposta",
		questionnaire.StateUnknown: "a resposta a %[1]s for «Desconhecido»", questionnaire.StateNA: "a resposta a %[1]s for «Não aplicável»",
	},
	notCond: "não se verificar que %[1]s", bracket: "(%[1]s)", ourQuestion: " (uma pergunta a que nós respondemos)",
	and: " e ", or: " ou ", listSep: ", ", quote: "«%[1]s»",
	badChoiceTitle: "Não é uma das respostas", badChoice: "Escolha uma das respostas da lista.",
	badDateTitle: "Não é uma data", badDate: "Escreva uma data, como 2027-03-31.",
}
