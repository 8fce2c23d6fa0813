package questionnaire

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// loadBuiltins lists and parses every built-in file of fsys, as Builtins does for the embedded ones.
func loadBuiltins(fsys fstest.MapFS) ([]*Questionnaire, error) {
	files, err := listBuiltins(fsys)
	if err != nil {
		return nil, err
	}
	return loadAll(fsys, files)
}

// exampleData returns the minimal example with its id and language replaced.
func exampleData(t *testing.T, id, lang string) []byte {
	t.Helper()
	data, err := os.ReadFile("../../docs/examples/questionnaire-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), "id: minimal-example ", "id: "+id+" ", 1)
	s = strings.Replace(s, "language: en ", "language: "+lang+" ", 1)
	return []byte(s)
}

// TestLoadBuiltins checks that built-in files load sorted by id then language, with their
// source, and that a misnamed or broken file is an error naming it.
func TestLoadBuiltins(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"zeta.pt.yaml":   {Data: exampleData(t, "zeta", "pt")},
		"zeta.en.yaml":   {Data: exampleData(t, "zeta", "en")},
		"alpha.en.yaml":  {Data: exampleData(t, "alpha", "en")},
		"schema.json":    {Data: []byte("{}")},
		"notes.md":       {Data: []byte("not a questionnaire")},
		"nested/x.yaml":  {Data: []byte("not read")},
		"zeta.zh.yaml.d": {Data: []byte("not read")},
	}
	list, err := loadBuiltins(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, qn := range list {
		got = append(got, qn.ID+"/"+qn.Language+"/"+qn.Source)
	}
	want := "alpha/en/builtin:alpha.en.yaml zeta/en/builtin:zeta.en.yaml zeta/pt/builtin:zeta.pt.yaml"
	if strings.Join(got, " ") != want {
		t.Errorf("loadBuiltins = %v, want %s", got, want)
	}

	fsys["misnamed.en.yaml"] = &fstest.MapFile{Data: exampleData(t, "other", "en")}
	fsys["broken.en.yaml"] = &fstest.MapFile{Data: []byte("id: broken\n")}
	_, err = loadBuiltins(fsys)
	if err == nil || !strings.Contains(err.Error(), "misnamed.en.yaml: file name should be other.en.yaml") ||
		!strings.Contains(err.Error(), "builtin:broken.en.yaml:1:1: the questionnaire has no version") {
		t.Errorf("loadBuiltins with bad files: %v", err)
	}
	var probs Problems
	if !errors.As(err, &probs) {
		t.Errorf("the error of a broken built-in does not carry its Problems: %T", err)
	}
}

// TestPick checks the choice of a translation: the exact tag, then the base language, then
// the same base language, then English, then any.
func TestPick(t *testing.T) {
	t.Parallel()
	all := []*builtinFile{
		{id: "a", lang: "en"}, {id: "a", lang: "pt"}, {id: "a", lang: "zh-Hant"},
		{id: "b", lang: "fr"}, {id: "b", lang: "pt-BR"},
	}
	tests := []struct{ id, lang, want string }{
		{"a", "pt", "pt"},
		{"a", "PT", "pt"},
		{"a", "pt-PT", "pt"},
		{"a", "zh-hant", "zh-Hant"},
		{"a", "zh-Hant-MO", "zh-Hant"},
		{"a", "zh", "zh-Hant"},
		{"a", "de", "en"},
		{"a", "", "en"},
		{"b", "pt-PT", "pt-BR"},
		{"b", "de", "fr"},
	}
	for _, tt := range tests {
		b, err := pickFile(all, tt.id, tt.lang)
		if err != nil || b.lang != tt.want {
			t.Errorf("pickFile(%s, %q) = %v, %v; want language %s", tt.id, tt.lang, b, err, tt.want)
		}
	}
	_, err := pickFile(all, "c", "en")
	if err == nil || err.Error() != `no built-in questionnaire "c" and no file by that name (built-in: a, b; or give the path of a .yaml file)` {
		t.Errorf("pick(c) error = %v", err)
	}
}

// TestFind checks that Find loads paths from disk and ids from the built-ins.
func TestFind(t *testing.T) {
	t.Parallel()
	qn, err := Find("../../docs/examples/questionnaire-minimal.yaml", "pt")
	if err != nil || qn.ID != "minimal-example" {
		t.Fatalf("Find(path) = %v, %v", qn, err)
	}
	if _, err := Find("missing.yml", ""); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Find(missing.yml) error = %v, want not-exist", err)
	}
	_, err = Find("no-such-questionnaire", "en")
	if err == nil || !strings.Contains(err.Error(), `no built-in questionnaire "no-such-questionnaire"`) {
		t.Errorf("Find(unknown id) error = %v", err)
	}
}

// TestBuiltins checks the embedded questionnaires: they load, are sorted, carry their source,
// and include the default.
func TestBuiltins(t *testing.T) {
	t.Parallel()
	list, err := Builtins()
	if err != nil {
		t.Fatalf("built-in questionnaires do not load:\n%v", err)
	}
	if len(list) == 0 {
		t.Skip("no built-in questionnaire yet")
	}
	for i, qn := range list {
		if want := "builtin:" + qn.ID + "." + qn.Language + ".yaml"; qn.Source != want {
			t.Errorf("Source = %q, want %q", qn.Source, want)
		}
		if i > 0 && (list[i-1].ID > qn.ID || list[i-1].ID == qn.ID && list[i-1].Language >= qn.Language) {
			t.Errorf("%s/%s listed after %s/%s", qn.ID, qn.Language, list[i-1].ID, list[i-1].Language)
		}
	}
	qn, err := Find(DefaultID, "en")
	if err != nil || qn.ID != DefaultID {
		t.Errorf("Find(DefaultID) = %v, %v", qn, err)
	}
	again, _ := Builtins()
	if again[0] != list[0] {
		t.Error("Builtins parsed the files twice")
	}
}

// TestYesNoLabelsFollowLanguage checks the implied yes and no options speak each built-in's
// language.
func TestYesNoLabelsFollowLanguage(t *testing.T) {
	for lang, want := range map[string][2]string{"en": {"Yes", "No"}, "pt": {"Sim", "Não"}, "zh-Hant": {"是", "否"}} {
		qn, err := Find(DefaultID, lang)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, q := range qn.Questions() {
			if q.Kind != KindYesNo {
				continue
			}
			n++
			if got := [2]string{q.Options[0].Label, q.Options[1].Label}; got != want || q.Options[0].ID != "yes" {
				t.Errorf("%s %s: options %q, want %q", lang, q.ID, got, want)
			}
		}
		if n == 0 {
			t.Errorf("%s: no yesno question to check", lang)
		}
	}
}

func TestLanguageFallbacks(t *testing.T) {
	tests := map[string][]string{
		"en":         {"en"},
		"pt-MO":      {"pt-mo", "pt"},
		"pt_MO":      {"pt-mo", "pt"},
		"zh-Hant-MO": {"zh-hant-mo", "zh-hant", "zh"},
		"zh-MO":      {"zh-hant", "zh"},
		"zh-TW":      {"zh-hant", "zh"},
		"zh-Hans":    {"zh-hans", "zh"},
		"":           nil,
	}
	for in, want := range tests {
		if got := languageFallbacks(in); !slices.Equal(got, want) {
			t.Errorf("languageFallbacks(%q) = %q, want %q", in, got, want)
		}
	}
}
