package cli

import (
	"os"
	"strings"
)

// preferredLanguage returns the language tag to pick a built-in questionnaire in: the --lang
// value when given, else the language of the LC_ALL, LC_MESSAGES or LANG environment variable
// (pt_PT.UTF-8 → pt, zh_TW or zh_MO → zh-Hant), else "en".
func preferredLanguage(flag string) string {
	if flag != "" {
		return flag
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if tag := localeTag(os.Getenv(name)); tag != "" {
			return tag
		}
	}
	return "en"
}

// localeTag turns a POSIX locale such as zh_MO.UTF-8 into a BCP 47 tag; "" for C, POSIX or empty.
func localeTag(locale string) string {
	locale, _, _ = strings.Cut(locale, ".")
	locale, _, _ = strings.Cut(locale, "@")
	if locale == "" || locale == "C" || locale == "POSIX" {
		return ""
	}
	lang, region, _ := strings.Cut(locale, "_")
	switch {
	case lang == "zh" && (region == "TW" || region == "HK" || region == "MO"):
		return "zh-Hant"
	case lang == "zh":
		return "zh-Hans"
	}
	return strings.ToLower(lang)
}
