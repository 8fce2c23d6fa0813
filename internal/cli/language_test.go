package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

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

// TestDocumentsInRequestedLanguage writes the report, the comparison and the changes of English
// answers files in another language with --lang: answers are kept by id.
func TestDocumentsInRequestedLanguage(t *testing.T) {
	ex := func(name string) string { return filepath.Join("..", "..", "docs", "examples", name+".answers.yaml") }
	tests := []struct {
		args []string
		want string // the start of the document
	}{
		{[]string{"report", "--lang", "pt", ex("selfhosted-macao")}, "# Avaliação do fornecedor: "},
		{[]string{"compare", "--lang", "zh-Hant", ex("selfhosted-macao"), ex("singapore-byok")}, "# 供應商比較："},
		{[]string{"diff", "--lang", "pt", ex("singapore-byok"), ex("singapore-byok")}, "# Reavaliação de "},
		{[]string{"compare", ex("selfhosted-macao"), ex("singapore-byok")}, "# Vendor comparison: "},
	}
	for _, tt := range tests {
		var out, errb strings.Builder
		if code := Main(t.Context(), tt.args, strings.NewReader(""), &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errb.String())
		}
		if !strings.HasPrefix(out.String(), tt.want) {
			t.Errorf("%v starts %q, want %q", tt.args, firstLine(out.String()), tt.want)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
