package cli

import "testing"

func TestLocaleTag(t *testing.T) {
	t.Parallel()
	for locale, want := range map[string]string{
		"pt_PT.UTF-8": "pt", "zh_MO.UTF-8": "zh-Hant", "zh_TW": "zh-Hant", "zh_CN.UTF-8": "zh-Hans",
		"en_US.UTF-8": "en", "C.UTF-8": "", "POSIX": "", "": "", "de_DE@euro": "de",
	} {
		if got := localeTag(locale); got != want {
			t.Errorf("localeTag(%q) = %q, want %q", locale, got, want)
		}
	}
}

func TestPreferredLanguage(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "pt_MO.UTF-8")
	if got := preferredLanguage(""); got != "pt" {
		t.Errorf("from LANG: %q, want pt", got)
	}
	if got := preferredLanguage("zh-Hant"); got != "zh-Hant" {
		t.Errorf("flag: %q, want zh-Hant", got)
	}
	t.Setenv("LANG", "C.UTF-8")
	if got := preferredLanguage(""); got != "en" {
		t.Errorf("C locale: %q, want en", got)
	}
}
