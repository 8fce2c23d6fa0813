package cli

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// The descriptions of the --lang flags, by where the language comes from when it is not given.
const (
	langUsageLocale  = "language, e.g. pt or zh-Hant (default: the locale's)"
	langUsageAnswers = "language, e.g. pt or zh-Hant (default: the answers')"
)

// questionnairesUsage describes the repeatable --questionnaire flag of the commands that score
// answers files made with different versions of a questionnaire.
const questionnairesUsage = "questionnaire id or file if not built in; one per version"

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

// langFlag is the value of a --lang flag: a language tag that names one of the languages of
// the built-in questionnaires (see questionnaire.ForLanguage: pt-MO reads pt, zh-MO zh-Hant).
// Any other tag is refused as wrong usage, listing the languages, rather than falling back
// silently to another language.
type langFlag struct{ into *string }

func (l langFlag) String() string { return *l.into }
func (l langFlag) Type() string   { return "tag" }

func (l langFlag) Set(tag string) error {
	langs, err := builtinLanguages()
	if err != nil {
		return err
	}
	byTag := map[string]bool{}
	for _, lang := range langs {
		byTag[strings.ToLower(lang)] = true
	}
	if !questionnaire.ForLanguage(byTag, tag, false) {
		return fmt.Errorf("unknown language %q (vendorcheck speaks %s)", tag, strings.Join(langs, ", "))
	}
	*l.into = tag
	return nil
}

// builtinLanguages lists the languages of the built-in questionnaires, sorted.
func builtinLanguages() ([]string, error) {
	all, err := questionnaire.Builtins()
	if err != nil {
		return nil, err
	}
	var langs []string
	for _, qn := range all {
		if !slices.Contains(langs, qn.Language) {
			langs = append(langs, qn.Language)
		}
	}
	slices.Sort(langs)
	return langs, nil
}
