package tui

// messagesZhHant is the Traditional Chinese catalogue, as written in Macao, with the words the
// report uses for the same things (備註, 證據, 依據, 不適用). Full-width punctuation, no spaces
// around numbers.
var messagesZhHant = messages{
	listSep:  "、",
	sections: "部分", profile: "使用概況", newAssessment: "新評估", none: "無",
	notAnswered: "未回答", unknown: "不知道", notApplicable: "不適用",
	answeredOf: "已答 %[1]d/%[2]d · 共 %[3]d 題",

	answeredAs:  " · 已答：%[1]s",
	answerLabel: "答案", dateLabel: "日期", noteLabel: "備註", evidenceLabel: "證據", sourceLabel: "依據",
	evidenceHint: "文件或檔案，以 , 或 ; 分隔",
	noteHint:     "按 ctrl+j 換行",
	sourceNames:  map[string]string{"": "未說明", "stated": "口頭陳述", "documented": "文件佐證", "verified": "獨立核實"},
	noNA:         "此問題不可標記為不適用。",
	moreInfo:     "… 尚有 %[1]d 行：按 %[2]s 顯示全部",

	changedOnDisk: "%[1]s已在訪談以外被修改，保持原狀；答案改為儲存至%[2]s",
	couldNotSave:  "無法儲存：%[1]s", keptTyped: "已保留輸入內容：%[1]s", saved: "已儲存：%[1]s",
	savingTo: "正在儲存至%[1]s", couldNotRender: "無法產生報告：%[1]s",
	opening: "正在開啟%[1]s", cannotResume: "無法繼續草稿：%[1]s", resumed: "已載入草稿：%[1]s",
	sectionEmpty: "按目前的答案，該部分沒有需要回答的問題。",

	jumpTitle: "跳至部分", pickerKeys: "enter：前往 · esc：返回問題",
	stillOpen: "尚未完成", allAnswered: "所有顯示的問題均已回答。",
	openCountOne: "1個問題未回答或答案為不知道；按 enter 開啟。",
	openCount:    "%[1]d個問題未回答或答案為不知道；按 enter 開啟。",
	finishEntry:  "完成：查看評分及報告", unanswered: "未回答",

	detailsTitle: "評估資料", idLine: "%[1]s · 版本%[2]s · %[3]s",
	detailVendor: "供應商", detailProduct: "產品", detailOrganisation: "機構",
	detailAssessor: "評估人員", detailInterviewees: "受訪者", detailDate: "日期",
	intervieweesHint: "姓名或職位，以逗號或分號分隔",
	detailsKeys:      "enter：下一欄；在日期欄按下即開始問題",

	estimate:            "%[1]s · %[2]s · %[3]d 題，約 %[4]d 分鐘",
	chooseQuestionnaire: "選擇問卷", resumeDraft: "或繼續此資料夾中的草稿",
	noVendor: "無供應商", startKeys: "↑/↓ 選擇 · enter：以此開始，或繼續草稿",

	completeNoVendor: "評估完成", draft: "評估草稿 — %[1]s", draftNoVendor: "評估草稿",
	complete: "評估完成 — %[1]s", rendering: "正在評分及產生報告…",
	exists: "%[1]s已存在。要取代嗎？", replaceKey: "y：取代 · ", writeInstead: "n：改為寫入%[1]s · ",
	cancelKey: "esc：取消",
	previewTo: "報告預覽（↑/↓ 捲動）；按 enter 寫入%[1]s並結束。",
	preview:   "報告預覽（↑/↓ 捲動）；按 enter 寫入報告並結束。",

	keyNext: "下一步", keyBack: "返回", keySkip: "略過", keyField: "備註…", keyTick: "勾選", keyMove: "移動",
	keyUnknown: "不知道", keyNA: "不適用", keySections: "部分", keyReview: "檢視", keyClose: "關閉",
	keyQuit: "儲存並離開", keyChoose: "選擇", keyWrite: "寫入報告並離開", keyFields: "欄位",
	keySave: "儲存並繼續", keyEnds: "首項/末項", keyRead: "閱讀全部", keyScroll: "捲動", keyNewLine: "換行",
	moreKeys: "更多按鍵", more: "更多", fewerKeys: "較少按鍵",

	titleLine: "%[1]s（版本%[2]s，%[3]s）", notAccepted: "輸入無效：%[1]v。",
	askDetail: "%[1]s（預設：%[2]s）：", askInterviewees: "受訪者，以逗號或分號分隔（預設：%[1]s）：",
	askDate:        "評估日期，YYYY-MM-DD（預設：%[1]s）：",
	profileHeading: "關於貴機構使用平台的情況", sectionHeading: "部分：%[1]s",
	helpLabel: "說明：", evidenceToAsk: "應索取的證據：", referencesLabel: "參考資料：",
	askNote:      "備註（留空表示無）：",
	askEvidence:  "證據，以逗號或分號分隔（留空表示無）：",
	askSource:    "依據（口頭陳述／文件佐證／獨立核實；留空表示無）：",
	answerPrompt: "答案（%[1]s", answerUnknown: "；? = 不知道", answerNA: "；n/a = 不適用",
	answerSkip: "；留空 = 略過）：",
	typeNumber: "選項編號", typeNumbers: "以逗號分隔的選項編號", typeYesNo: "是/否 或 1/2",
	typeDate: "日期 YYYY-MM-DD", typeText: "文字",
	yesWords: []string{"是", "y", "yes"}, noWords: []string{"否", "n", "no"},
	errNoNA:      "此問題不可標記為不適用",
	errYesNo:     "請回答「是」或「否」（或1或2）",
	errOption:    "%[1]q 不是選項編號：請輸入1至%[2]d的數字",
	errDate:      "%[1]q 不是日期：請寫成 YYYY-MM-DD，例如 2027-03-31",
	errSource:    "%[1]q 不是有效的依據：請輸入「口頭陳述」、「文件佐證」或「獨立核實」，或留空",
	errExclusive: "選項 %[1]d（%[2]s）不可與其他選項同時勾選：請單獨輸入",

	answerMoves:   "；< = 返回；! = 檢視",
	noBack:        "這是第一題，沒有上一題可返回。",
	askBy:         "由誰作答？會記錄在每個答案中；輸入 - 表示不記錄 [%[1]s]：",
	currentAnswer: "先前的答案：%[1]s（留空保留）。",
	reviewGoOn:    "輸入要回答的題號，或留空繼續：",
	reviewFinish:  "輸入要回答的題號，或留空完成：",
	askKeep:       "%[1]s（留空保留「%[2]s」；輸入 - 表示無）：",
	cr:            carriedZhHant,
	acc:           acceptZhHant,
}
