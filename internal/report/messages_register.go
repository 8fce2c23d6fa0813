package report

// registerMessages are the words of the vendor register. They are a part of messages (its
// field reg), kept in their own file.
type registerMessages struct {
	// The title (%[1]s the day) and the sentence under it: %[1]s "n assessments", %[2]s "n
	// vendors and products", %[3]d the window in days, %[4]s the day.
	title, intro         string
	assessments, vendors counted
	empty                string
	// The table's columns; a vendor with its product (%[1]s vendor, %[2]s product); a rating
	// with its recommendation (%[1]s, %[2]s).
	colAttention, colVendor, colDate, colRating string
	colReview, colExpiring, colOpen             string
	vendorProduct, ratingRecommendation         string
	// The level of the most urgent alert, as a table cell, by register.Level.
	levels []string
	calm   string
	// A draft, with %[1]d questions unanswered, beside its date.
	draft string
	// A date with how far it is from the register's day: %[1]s the date, %[2]s the distance.
	dated          string
	today          string
	inDays, agoDay counted
	// A dated item: an expiry date, an accepted risk's last day (%[1]s the id, %[2]s the dated
	// date).
	item, acceptedItem string
	// The open findings: a count per severity, joined; none.
	critical, high counted
	noneOpen       string
	// The details of each row: a heading (%[1]s vendor, %[2]s product), the file (%[1]s), the
	// number of assessments found (%[1]d), the open findings (label), an alert per level (%[1]s
	// id, %[2]s date) in the order of the levels.
	detailsHeading, rowHeading, file string
	found                            counted
	openFindings, attention          string
	alerts                           []string // by register.Level
	// The files that could not be read, with why.
	unreadableHeading, unreadableIntro string
}

var registerEn = registerMessages{
	title: "Vendor register, %[1]s",
	intro: "%[1]s read; below, the latest of each of %[2]s, most urgent first. " +
		"Dates up to %[3]d days after %[4]s count as coming up.",
	assessments: counted{"%d assessment", "%d assessments"}, vendors: counted{"%d vendor and product", "%d vendors and products"},
	empty:        "No answers file (*.answers.yaml) was found.",
	colAttention: "Attention", colVendor: "Vendor and product", colDate: "Assessed", colRating: "Rating and recommendation",
	colReview: "Next review", colExpiring: "Dates running out", colOpen: "Open critical and high findings",
	vendorProduct: "%[1]s — %[2]s", ratingRecommendation: "%[1]s: %[2]s",
	levels: []string{
		"review overdue", "date expired",
		"acceptance expired", "knock-out",
		"review due", "date expiring", "acceptance ending",
	},
	calm:  "—",
	draft: "draft: %[1]d unanswered",
	dated: "%[1]s (%[2]s)", today: "today",
	inDays: counted{"in %d day", "in %d days"}, agoDay: counted{"%d day ago", "%d days ago"},
	item: "%[1]s %[2]s", acceptedItem: "%[1]s accepted until %[2]s",
	critical: counted{"%d critical", "%d critical"}, high: counted{"%d high", "%d high"}, noneOpen: "none",
	detailsHeading: "Details", rowHeading: "%[1]s, %[2]s", file: "Answers file: %[1]s",
	found:        counted{"%d assessment of this vendor and product found", "%d assessments of this vendor and product found"},
	openFindings: "Open critical and high findings:", attention: "Needs attention:",
	alerts: []string{
		"the review was due on %[2]s",
		"%[1]s expired on %[2]s",
		"the acceptance of %[1]s ran out on %[2]s",
		"a critical finding of %[1]s is open",
		"the review is due on %[2]s",
		"%[1]s expires on %[2]s",
		"the acceptance of %[1]s ends on %[2]s",
	},
	unreadableHeading: "Files not read",
	unreadableIntro:   "These files could not be read or scored; the register above leaves them out.",
}

var registerPt = registerMessages{
	title: "Registo de fornecedores, %[1]s",
	intro: "%[1]s lidas; abaixo, a mais recente de cada um de %[2]s, da mais urgente para a menos urgente. " +
		"As datas até %[3]d dias depois de %[4]s contam como próximas.",
	assessments: counted{"%d avaliação", "%d avaliações"}, vendors: counted{"%d fornecedor e produto", "%d fornecedores e produtos"},
	empty:        "Não foi encontrado nenhum ficheiro de respostas (*.answers.yaml).",
	colAttention: "Atenção", colVendor: "Fornecedor e produto", colDate: "Avaliado em", colRating: "Classificação e recomendação",
	colReview: "Próxima revisão", colExpiring: "Datas a terminar", colOpen: "Constatações críticas e altas em aberto",
	vendorProduct: "%[1]s — %[2]s", ratingRecommendation: "%[1]s: %[2]s",
	levels: []string{
		"revisão em atraso", "data caducada",
		"aceitação caducada", "eliminatória",
		"revisão próxima", "data a caducar", "aceitação a terminar",
	},
	calm:  "—",
	draft: "rascunho: %[1]d sem resposta",
	dated: "%[1]s (%[2]s)", today: "hoje",
	inDays: counted{"daqui a %d dia", "daqui a %d dias"}, agoDay: counted{"há %d dia", "há %d dias"},
	item: "%[1]s %[2]s", acceptedItem: "%[1]s aceite até %[2]s",
	critical: counted{"%d crítica", "%d críticas"}, high: counted{"%d alta", "%d altas"}, noneOpen: "nenhuma",
	detailsHeading: "Pormenores", rowHeading: "%[1]s, %[2]s", file: "Ficheiro de respostas: %[1]s",
	found:        counted{"%d avaliação deste fornecedor e produto encontrada", "%d avaliações deste fornecedor e produto encontradas"},
	openFindings: "Constatações críticas e altas em aberto:", attention: "Requer atenção:",
	alerts: []string{
		"a revisão devia ter sido feita em %[2]s",
		"%[1]s caducou em %[2]s",
		"a aceitação de %[1]s caducou em %[2]s",
		"está em aberto uma constatação crítica de %[1]s",
		"a revisão deve ser feita até %[2]s",
		"%[1]s caduca em %[2]s",
		"a aceitação de %[1]s termina em %[2]s",
	},
	unreadableHeading: "Ficheiros não lidos",
	unreadableIntro:   "Não foi possível ler ou pontuar estes ficheiros; o registo acima não os inclui.",
}

var registerZhHant = registerMessages{
	title:       "供應商登記冊（%[1]s）",
	intro:       "已讀取%[1]s；以下列出%[2]s各自最新的評估，最緊急者在前。%[4]s之後%[3]d日內的日期視為即將到期。",
	assessments: counted{"%d份評估", "%d份評估"}, vendors: counted{"%d個供應商及產品", "%d個供應商及產品"},
	empty:        "找不到任何答案檔（*.answers.yaml）。",
	colAttention: "須注意", colVendor: "供應商及產品", colDate: "評估日期", colRating: "評級及建議",
	colReview: "下次覆核", colExpiring: "即將屆滿的日期", colOpen: "未解決的嚴重及高等級發現",
	vendorProduct: "%[1]s（%[2]s）", ratingRecommendation: "%[1]s：%[2]s",
	levels: []string{
		"覆核逾期", "日期已屆滿",
		"接受已過期", "否決項",
		"覆核將至", "日期即將屆滿", "接受即將結束",
	},
	calm:  "—",
	draft: "草稿：%[1]d題未答",
	dated: "%[1]s（%[2]s）", today: "今日",
	inDays: counted{"%d日後", "%d日後"}, agoDay: counted{"%d日前", "%d日前"},
	item: "%[1]s %[2]s", acceptedItem: "%[1]s的接受至%[2]s",
	critical: counted{"嚴重%d項", "嚴重%d項"}, high: counted{"高%d項", "高%d項"}, noneOpen: "沒有",
	detailsHeading: "詳情", rowHeading: "%[1]s（%[2]s）", file: "答案檔：%[1]s",
	found:        counted{"找到此供應商及產品的評估%d份", "找到此供應商及產品的評估%d份"},
	openFindings: "未解決的嚴重及高等級發現：", attention: "須注意：",
	alerts: []string{
		"覆核原定於%[2]s進行",
		"%[1]s已於%[2]s屆滿",
		"對%[1]s的接受已於%[2]s過期",
		"%[1]s有未解決的嚴重發現",
		"須於%[2]s前覆核",
		"%[1]s將於%[2]s屆滿",
		"對%[1]s的接受將於%[2]s結束",
	},
	unreadableHeading: "未能讀取的檔案",
	unreadableIntro:   "以下檔案未能讀取或計分，上面的登記冊不包括它們。",
}
