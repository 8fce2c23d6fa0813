package interview

import (
	"fmt"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/report"
)

// words are what the command line says around an interview, and the score summary that both
// the summary screen and the command line show, in one language. Texts with values are fmt
// formats whose verbs carry explicit argument indexes, so that a translation may reorder them.
type words struct {
	// tag is the catalogue's language, whose plural rules choose the form of its counts.
	tag string
	// The draft line, %[1]d the questions unanswered.
	draft counted
	// Score summary: %[1]s the score or rating; coverage: %[1]s percent, then the counts
	// %[2]s answered, %[3]s unknown, %[4]s unanswered and %[5]s scored questions, each written
	// by its counted phrase.
	overallScore, notScored, rating, coverage, recommendation string
	answered, unknown, unanswered, scored                     counted
	// After the program: the draft (%[1]s its path, %[2]s the command that resumes it), nothing
	// saved, the end of the interview (%[1]s the answers file) and the report (%[1]s its path).
	draftSaved, nothingSaved, interviewComplete, reportWritten string
	// The report not written after ctrl+c on the summary: %[1]s its path, where a file exists,
	// %[2]s the command that replaces it.
	reportNotWritten string
}

var wordsEn = words{
	tag: "en",
	draft: counted{"%[1]d question unanswered: the rating and recommendation are provisional.",
		"%[1]d questions unanswered: the rating and recommendation are provisional."},
	overallScore:      "Overall score: %[1]s",
	notScored:         "not scored",
	rating:            "Rating: %[1]s",
	coverage:          "Coverage: %[1]s%% (%[2]s, %[3]s, %[4]s of %[5]s)",
	answered:          counted{"%[1]d answered", "%[1]d answered"},
	unknown:           counted{"%[1]d unknown", "%[1]d unknown"},
	unanswered:        counted{"%[1]d unanswered", "%[1]d unanswered"},
	scored:            counted{"%[1]d scored question", "%[1]d scored questions"},
	recommendation:    "Recommendation: %[1]s",
	draftSaved:        "Saved draft to %[1]s. Resume with: %[2]s",
	nothingSaved:      "Stopped before the assessment details were complete; nothing was saved.",
	interviewComplete: "Interview complete. Answers saved to %[1]s.",
	reportWritten:     "Report written to %[1]s",
	reportNotWritten:  "The report was not written: %[1]s already exists and was kept. To replace it: %[2]s",
}

var wordsPt = words{
	tag: "pt",
	draft: counted{"%[1]d pergunta sem resposta: a classificação e a recomendação são provisórias.",
		"%[1]d perguntas sem resposta: a classificação e a recomendação são provisórias."},
	overallScore:      "Pontuação global: %[1]s",
	notScored:         "sem pontuação",
	rating:            "Classificação: %[1]s",
	coverage:          "Cobertura: %[1]s%% (%[2]s, %[3]s, %[4]s de %[5]s)",
	answered:          counted{"%[1]d respondida", "%[1]d respondidas"},
	unknown:           counted{"%[1]d desconhecida", "%[1]d desconhecidas"},
	unanswered:        counted{"%[1]d sem resposta", "%[1]d sem resposta"},
	scored:            counted{"%[1]d pergunta pontuada", "%[1]d perguntas pontuadas"},
	recommendation:    "Recomendação: %[1]s",
	draftSaved:        "Rascunho guardado em %[1]s. Para retomar: %[2]s",
	nothingSaved:      "A entrevista foi interrompida antes de preenchidos os dados da avaliação; nada foi guardado.",
	interviewComplete: "Entrevista concluída. Respostas guardadas em %[1]s.",
	reportWritten:     "Relatório escrito em %[1]s",
	reportNotWritten:  "O relatório não foi escrito: %[1]s já existe e foi mantido. Para o substituir: %[2]s",
}

var wordsZhHant = words{
	tag:               "zh-Hant",
	draft:             counted{"尚有 %[1]d 題未回答：評級及建議僅屬暫定。", "尚有 %[1]d 題未回答：評級及建議僅屬暫定。"},
	overallScore:      "總評分：%[1]s",
	notScored:         "未評分",
	rating:            "評級：%[1]s",
	coverage:          "覆蓋率：%[1]s%%（%[5]s中：%[2]s、%[3]s、%[4]s）",
	answered:          counted{"已回答%[1]d題", "已回答%[1]d題"},
	unknown:           counted{"不知道%[1]d題", "不知道%[1]d題"},
	unanswered:        counted{"未回答%[1]d題", "未回答%[1]d題"},
	scored:            counted{"%[1]d題計分問題", "%[1]d題計分問題"},
	recommendation:    "建議：%[1]s",
	draftSaved:        "草稿已儲存至%[1]s。如要繼續，請執行：%[2]s",
	nothingSaved:      "評估資料未填寫完成便已停止；沒有儲存任何內容。",
	interviewComplete: "面談完成。答案已儲存至%[1]s。",
	reportWritten:     "報告已寫入%[1]s",
	reportNotWritten:  "報告未寫入：%[1]s已存在，維持不變。如要取代，請執行：%[2]s",
}

// vocabularies are the catalogues by lower-case language tag.
var vocabularies = map[string]*words{"en": &wordsEn, "pt": &wordsPt, "zh-hant": &wordsZhHant}

// wordsFor returns the catalogue of a language tag such as "pt-MO": the most specific one there
// is (questionnaire.ForLanguage), English when there is none.
func wordsFor(lang string) *words { return questionnaire.ForLanguage(vocabularies, lang, &wordsEn) }

// counted is a phrase with a count, in the singular and the plural, each with one %[1]d.
type counted struct{ one, many string }

// count writes the phrase for n in the form the plural rules of the catalogue's language
// choose, as the report counts (report.Count): "1 respondida", "0 respondidas".
func (w *words) count(c counted, n int) string { return report.Count(w.tag, c.one, c.many, n) }

// wordf formats one of the catalogue's texts.
func wordf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// DraftSaved says where the draft is and the command that resumes it.
func DraftSaved(lang, path, resume string) string {
	return wordf(wordsFor(lang).draftSaved, path, resume)
}

// NothingSaved says that the interview stopped before anything was saved.
func NothingSaved(lang string) string { return wordsFor(lang).nothingSaved }

// Complete says that the interview is finished and where its answers are.
func Complete(lang, path string) string { return wordf(wordsFor(lang).interviewComplete, path) }

// ReportWritten says where the report was written.
func ReportWritten(lang, path string) string { return wordf(wordsFor(lang).reportWritten, path) }

// ReportNotWritten says that the report was not written as a file has its name, and gives the
// command that replaces that file with it.
func ReportNotWritten(lang, path, command string) string {
	return wordf(wordsFor(lang).reportNotWritten, path, command)
}
