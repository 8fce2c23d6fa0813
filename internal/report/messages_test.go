package report

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// verbs matches the formatting verbs of a catalogue entry, with their argument index.
var verbs = regexp.MustCompile(`%(\[\d+\])?[a-z]`)

// catalogueStrings walks a catalogue value and returns every string in it by field path.
func catalogueStrings(v reflect.Value, path string, out map[string]string) {
	switch v.Kind() {
	case reflect.String:
		out[path] = v.String()
	case reflect.Struct:
		for i := range v.NumField() {
			catalogueStrings(v.Field(i), path+"."+v.Type().Field(i).Name, out)
		}
	case reflect.Slice:
		for i := range v.Len() {
			catalogueStrings(v.Index(i), path+"["+string(rune('0'+i))+"]", out)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			catalogueStrings(v.MapIndex(k), path+"["+k.String()+"]", out)
		}
	}
}

// TestCatalogues checks that every language fills every entry of the English catalogue, with
// the same formatting verbs (so that no value is lost or shown twice), and that the only entries
// allowed to be empty are the ones English leaves empty, and the space between sentences, which
// Chinese does not use.
func TestCatalogues(t *testing.T) {
	t.Parallel()
	en := map[string]string{}
	catalogueStrings(reflect.ValueOf(messagesEn), "", en)
	for tag, m := range catalogues {
		got := map[string]string{}
		catalogueStrings(reflect.ValueOf(*m), "", got)
		for path, want := range en {
			s, ok := got[path]
			switch {
			case !ok:
				t.Errorf("%s: %s is missing", tag, path)
			case s == "" && want != "" && !(tag == "zh-hant" && path == ".sentenceSep"):
				t.Errorf("%s: %s is empty", tag, path)
			}
			wv, gv := verbs.FindAllString(want, -1), verbs.FindAllString(s, -1)
			slices.Sort(wv)
			slices.Sort(gv)
			if !slices.Equal(slices.Compact(wv), slices.Compact(gv)) {
				t.Errorf("%s: %s has the verbs %v, English has %v", tag, path, gv, wv)
			}
		}
		if len(got) != len(en) {
			t.Errorf("%s: %d entries, English has %d", tag, len(got), len(en))
		}
	}
}

// simplified lists common Simplified Chinese characters whose Traditional form differs; none may
// appear in the Traditional Chinese catalogue or documents.
const simplified = "数据评险报应这个们时会问题说为证记录无选项级类别检阅签审发现变处动关总结论认务权围础设计还与风险较统资"

// TestTraditionalChinese checks the zh-Hant catalogue for Simplified characters.
func TestTraditionalChinese(t *testing.T) {
	t.Parallel()
	all := map[string]string{}
	catalogueStrings(reflect.ValueOf(messagesZhHant), "", all)
	for path, s := range all {
		if i := strings.IndexAny(s, simplified); i >= 0 {
			t.Errorf("zh-Hant %s holds the Simplified character %q: %s", path, []rune(s[i:])[0], s)
		}
	}
}

// TestMessagesFor checks how a language tag picks a catalogue.
func TestMessagesFor(t *testing.T) {
	t.Parallel()
	tests := []struct {
		tag  string
		want *messages
	}{
		{"en", &messagesEn},
		{"", &messagesEn},
		{"pt", &messagesPt},
		{"pt-MO", &messagesPt},
		{"PT_mo", &messagesPt},
		{"zh-Hant", &messagesZhHant},
		{"zh-Hant-MO", &messagesZhHant},
		{"zh-MO", &messagesZhHant},
		{"zh-TW", &messagesZhHant},
		{"zh", &messagesEn},
		{"zh-Hans", &messagesEn},
		{"fr", &messagesEn},
	}
	for _, tt := range tests {
		if got := messagesFor(tt.tag); got != tt.want {
			t.Errorf("messagesFor(%q) is not the expected catalogue", tt.tag)
		}
	}
}
