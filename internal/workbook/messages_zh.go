package workbook

import "github.com/vendorcheck/vendorcheck/internal/questionnaire"

var messagesZH = messages{
	instructionsSheet: "說明", questionsSheet: "問題",

	title: "致%[1]s的問卷：%[2]s", titleNoVendor: "問卷：%[1]s",
	from: "發出方", to: "收件方", dateSent: "發出日期", questionnaire: "問卷",
	version: "版本", language: "語言", questionCount: "須回答的問題",
	questionnaireTitle: "標題",
	respondentHeading:  "回答人", respondentName: "您的姓名", respondentRole: "您的職位及公司",
	howToHeading: "如何回答",
	answerOn:     "請在「%[1]s」工作表作答，每個問題一列，按章節分組，編號與我們的報告相同。只有淺黃色的儲存格可以修改。",
	howTo: []string{
		"回答：在「回答」欄的下拉清單中選擇。如有多個答案可能適用，每個答案在問題下方各佔一列：請在每個適用的答案選「是」，其他的留空或選「否」。",
		"日期寫在「日期」欄，格式為 YYYY-MM-DD（例如 2027-03-31）。",
		"「不知道」表示您無法查明或不可透露答案。請選擇它，不要猜測：我們會記錄為不知道，在評估中不算作證據，並可能再次詢問。",
		"「不適用」只在問題可能不適用於您的產品時提供。",
		"部分問題只在前面某個問題有特定答案時才適用，問題下方會註明。不適用時請留空。",
		"備註：對答案的任何補充。您的證明文件：隨本工作簿發送的文件（檔案名稱、連結或報告編號），每行一項。",
		"請勿新增、刪除或重新排列列或工作表：答案會被自動讀取。請在上方填寫您的姓名，將工作簿存為 .xlsx 格式並發回給我們。",
	},
	colNumber: "編號", colQuestion: "問題", colHelp: "問題說明", colEvidenceAsked: "須提供的證明",
	colAnswer: "回答", colDate: "日期", colNote: "備註", colEvidence: "您的證明文件",
	sectionRow: "%[1]d. %[2]s", profileRow: "貴機構的使用情況",
	unknown: "不知道", notApplicable: "不適用", tickYes: "是", tickNo: "否",
	tickBelow: "請在下方每個適用的答案選「是」。",
	dateHint:  "請在「日期」欄填寫日期。",
	textHint:  "請在「回答」欄輸入答案。",
	appliesIf: "只在%[1]s時適用。", answerIs: " %[1]s 的答案為%[2]s", answerIncludes: " %[1]s 的答案包括%[2]s",
	states: map[questionnaire.AnswerState]string{
		questionnaire.StateAnswered: " %[1]s 已回答", questionnaire.StateUnanswered: " %[1]s 未回答",
		questionnaire.StateUnknown: " %[1]s 的答案為「不知道」", questionnaire.StateNA: " %[1]s 的答案為「不適用」",
	},
	notCond: "並非%[1]s", bracket: "（%[1]s）", ourQuestion: "（由我們自己回答的問題）",
	and: "而且", or: "或", listSep: "、", quote: "「%[1]s」",
	badChoiceTitle: "不是清單中的答案", badChoice: "請從清單中選擇一個答案。",
	badDateTitle: "不是日期", badDate: "請填寫日期，例如 2027-03-31。",
}
