package questionnaire

import "strings"

// languageFallbacks lists the lower-case tags under which to look up words for a BCP 47
// language tag, most specific first: the tag, then the tag with its last subtags dropped one by
// one (pt-mo, then pt). Chinese of Macao, Hong Kong or Taiwan without a script is written in
// Traditional characters, so zh-MO gives zh-hant, then zh.
func languageFallbacks(lang string) []string {
	tag := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	switch tag {
	case "zh-mo", "zh-hk", "zh-tw":
		tag = "zh-hant"
	}
	var tags []string
	for tag != "" {
		tags = append(tags, tag)
		i := strings.LastIndexByte(tag, '-')
		if i < 0 {
			break
		}
		tag = tag[:i]
	}
	return tags
}

// ForLanguage returns the entry of byTag, keyed by lower-case language tag, for lang: the most
// specific of languageFallbacks that it has, else def.
func ForLanguage[T any](byTag map[string]T, lang string, def T) T {
	for _, tag := range languageFallbacks(lang) {
		if v, ok := byTag[tag]; ok {
			return v
		}
	}
	return def
}

// yesNoLabels are the labels of the implied options of yesno questions, by lower-case language
// tag: the questionnaire does not write them, so they follow its language.
var yesNoLabels = map[string][2]string{
	"en":      {"Yes", "No"},
	"pt":      {"Sim", "Não"},
	"zh-hant": {"是", "否"},
}

// labelYesNo labels the yes and no options of every yesno question in the questionnaire's
// language, English when it has no words for it.
func (qn *Questionnaire) labelYesNo() {
	words := ForLanguage(yesNoLabels, qn.Language, yesNoLabels["en"])
	for _, q := range qn.Questions() {
		if q.Kind == KindYesNo && len(q.Options) == 2 {
			q.Options[0].Label, q.Options[1].Label = words[0], words[1]
		}
	}
}
