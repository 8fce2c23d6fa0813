package interview

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

func loadMinimal(t *testing.T) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load("../../docs/examples/questionnaire-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

func newSession(t *testing.T, vendor string) *Session {
	t.Helper()
	qn := loadMinimal(t)
	f := assessment.NewFile(qn, assessment.Details{Vendor: vendor, Date: "2026-11-28"})
	return NewSession(qn, f, filepath.Join(t.TempDir(), "a.answers.yaml"))
}

func vendorOnDisk(t *testing.T, path string) string {
	t.Helper()
	f, err := assessment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return f.Assessment.Vendor
}

// TestSnapshotsSaveInOrder checks that a snapshot saved after a later one was written is
// dropped: saves that run out of order never replace newer answers.
func TestSnapshotsSaveInOrder(t *testing.T) {
	s := newSession(t, "Older")
	older := s.Snapshot()
	s.File.Assessment.Vendor = "Newer"
	newer := s.Snapshot()
	if older.File.Assessment.Vendor != "Older" {
		t.Fatalf("a snapshot follows later changes: %q", older.File.Assessment.Vendor)
	}
	if _, err := newer.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := older.Save(); err != nil {
		t.Fatal(err)
	}
	if got := vendorOnDisk(t, s.Path); got != "Newer" {
		t.Errorf("a save that ran late replaced newer answers: vendor %q", got)
	}
	if _, err := NewSession(s.QN, s.File, "").Save(); err != ErrNotNamed {
		t.Errorf("save with no name: %v, want ErrNotNamed", err)
	}
}

// TestSaveFollowsMovedFile checks that when the answers file changed on disk, Save leaves it and
// the session goes on at the new name, for every later save.
func TestSaveFollowsMovedFile(t *testing.T) {
	s := newSession(t, "Acme")
	st, err := assessment.OpenStore(s.Path, s.File, false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s.Store = st
	if _, err := s.Save(); err != nil {
		t.Fatal(err)
	}
	first := s.Path
	edited := []byte("# edited by hand\n")
	if err := os.WriteFile(first, edited, 0o600); err != nil {
		t.Fatal(err)
	}
	moved, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	if moved == "" || s.Path != moved || moved == first {
		t.Fatalf("moved %q, path %q: want a new name beside %s", moved, s.Path, first)
	}
	if data, _ := os.ReadFile(first); string(data) != string(edited) {
		t.Errorf("the file changed on disk was overwritten: %q", data)
	}
	s.File.Assessment.Vendor = "Acme Ltd"
	if _, err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if got := vendorOnDisk(t, moved); got != "Acme Ltd" {
		t.Errorf("the next save did not go to the new name: vendor %q", got)
	}
}

// TestVisibilityAndProgress answers the minimal questionnaire's first question both ways and
// checks the questions asked, the counts and the moves between them.
func TestVisibilityAndProgress(t *testing.T) {
	s := newSession(t, "Acme")
	all := s.Questions()
	hidden := slices.IndexFunc(all, func(q *questionnaire.Question) bool { return q.When != nil })
	if hidden < 0 {
		t.Skip("the minimal questionnaire has no conditional question")
	}
	before := s.Total()
	if before.Answered != 0 || before.Visible == 0 || before.Visible > len(all) {
		t.Fatalf("new session: %+v of %d", before, len(all))
	}
	if s.FirstOpen() != s.Next(-1) {
		t.Errorf("first open %d, first visible %d", s.FirstOpen(), s.Next(-1))
	}
	rev := s.Revision()
	first := all[s.Next(-1)]
	s.SetAnswer(first.ID, answerFor(first))
	if s.Revision() == rev {
		t.Error("the revision did not change with an answer")
	}
	if got := s.Total(); got.Answered != 1 {
		t.Errorf("after one answer: %+v", got)
	}
	if s.Answer(first.ID).At == "" {
		t.Error("the answer is not stamped with its time")
	}
	if got := s.FirstOpen(); got == s.IndexOf(first.ID) {
		t.Errorf("the answered question is still the first open one")
	}
	if s.Prev(s.Next(s.IndexOf(first.ID))) != s.IndexOf(first.ID) {
		t.Error("Prev does not undo Next")
	}
	s.SetAnswer(first.ID, nil)
	if got := s.Total(); got != before {
		t.Errorf("after removing the answer: %+v, want %+v", got, before)
	}
}

// answerFor gives a recorded answer to q: its first option, yes, a date or a text.
func answerFor(q *questionnaire.Question) *assessment.Answer {
	switch {
	case len(q.Options) > 0 && q.Kind == questionnaire.KindMulti:
		return &assessment.Answer{Choices: []string{q.Options[0].ID}}
	case len(q.Options) > 0:
		return &assessment.Answer{Choice: q.Options[0].ID}
	case q.Kind == questionnaire.KindDate:
		return &assessment.Answer{Date: "2027-01-01"}
	case q.Kind == questionnaire.KindYesNo:
		return &assessment.Answer{Choice: "yes"}
	}
	return &assessment.Answer{Text: "x"}
}

func TestPaceAndEstimate(t *testing.T) {
	at := func(s ...int) *assessment.File {
		f := &assessment.File{Answers: map[string]*assessment.Answer{}}
		for i, sec := range s {
			f.Answers[fmt.Sprint(i)] = &assessment.Answer{Choice: "x", At: time.Date(2026, 12, 1, 9, 0, sec, 0, time.UTC).Format(time.RFC3339)}
		}
		return f
	}
	// 11 answers 30 s apart, and a break of an hour that does not count.
	steady := at(0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 3900)
	if got := Pace([]*assessment.File{steady}); got != 30*time.Second {
		t.Errorf("pace %v, want 30s", got)
	}
	if got := Pace([]*assessment.File{at(0, 30, 60)}); got != 0 {
		t.Errorf("pace of 2 gaps %v, want 0 (too few)", got)
	}
	for _, c := range []struct {
		n    int
		pace time.Duration
		want int
	}{
		{55, 0, 40},                // 55 × 45 s = 41 min
		{55, 30 * time.Second, 30}, // 27.5 min
		{3, 0, 5},                  // at least 5
	} {
		if got := EstimateMinutes(c.n, c.pace); got != c.want {
			t.Errorf("EstimateMinutes(%d, %v) = %d, want %d", c.n, c.pace, got, c.want)
		}
	}
}

// TestSummaryNumbersByLanguage scores an example in each language: the summary writes the score
// and the coverage with the language's decimal separator, as the report does.
func TestSummaryNumbersByLanguage(t *testing.T) {
	data, err := os.ReadFile("../../docs/examples/singapore-byok.answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, score, coverage string }{
		{"en", "87.6 / 100", "97.0%"},
		{"pt", "87,6 / 100", "97,0%"},
		{"zh-Hant", "87.6 / 100", "97.0%"},
	} {
		qn, err := questionnaire.Find(questionnaire.DefaultID, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		f, err := assessment.Parse("singapore-byok.answers.yaml", data)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(SummaryLines(scoring.Score(qn, f)), "\n")
		if !strings.Contains(text, c.score) || !strings.Contains(text, c.coverage) {
			t.Errorf("%s: want %q and %q in the summary:\n%s", c.lang, c.score, c.coverage, text)
		}
	}
}

// TestWordsAgree checks that every catalogue fills every text and uses the same format verbs as
// the English one, so that no translation drops or adds a value.
func TestWordsAgree(t *testing.T) {
	verbs := regexp.MustCompile(`%\[\d+\][a-z]|%%`)
	agree := func(lang, name, got, want string) {
		if got == "" {
			t.Errorf("%s: %s is empty", lang, name)
		}
		g, e := verbs.FindAllString(got, -1), verbs.FindAllString(want, -1)
		slices.Sort(g)
		slices.Sort(e)
		if !slices.Equal(g, e) {
			t.Errorf("%s: %s has verbs %v, English %v", lang, name, g, e)
		}
	}
	en := reflect.ValueOf(wordsEn)
	for lang, w := range vocabularies {
		if !strings.EqualFold(w.tag, lang) {
			t.Errorf("the catalogue of %s has the tag %q", lang, w.tag)
		}
		v := reflect.ValueOf(*w)
		for i := range v.NumField() {
			name := en.Type().Field(i).Name
			switch c, e := v.Field(i), en.Field(i); {
			case name == "tag":
			case c.Type() == reflect.TypeFor[counted]():
				agree(lang, name+".one", c.Field(0).String(), e.Field(0).String())
				agree(lang, name+".many", c.Field(1).String(), e.Field(1).String())
			default:
				agree(lang, name, c.String(), e.String())
			}
		}
	}
	if got := DraftSaved("pt-MO", "a.yaml", "cmd"); !strings.Contains(got, "Rascunho") {
		t.Errorf("pt-MO falls back to %q", got)
	}
}

// TestSummaryCounts checks that every count of the summary agrees in number with its word in
// each language, as the report's counts do.
func TestSummaryCounts(t *testing.T) {
	tests := []struct {
		lang  string
		n     int
		draft string // the draft line; then the coverage line
		cover string
	}{
		{"en", 0, "0 questions unanswered:", "Coverage: 0.0% (0 answered, 0 unknown, 0 unanswered of 0 scored questions)"},
		{"en", 1, "1 question unanswered:", "Coverage: 100.0% (1 answered, 1 unknown, 1 unanswered of 1 scored question)"},
		{"en", 2, "2 questions unanswered:", "Coverage: 50.0% (2 answered, 2 unknown, 2 unanswered of 2 scored questions)"},
		{"pt", 0, "0 perguntas sem resposta:", "Cobertura: 0,0% (0 respondidas, 0 desconhecidas, 0 sem resposta de 0 perguntas pontuadas)"},
		{"pt", 1, "1 pergunta sem resposta:", "Cobertura: 100,0% (1 respondida, 1 desconhecida, 1 sem resposta de 1 pergunta pontuada)"},
		{"pt-MO", 2, "2 perguntas sem resposta:", "Cobertura: 50,0% (2 respondidas, 2 desconhecidas, 2 sem resposta de 2 perguntas pontuadas)"},
		{"zh-Hant", 0, "尚有 0 題未回答：", "覆蓋率：0.0%（0題計分問題中：已回答0題、不知道0題、未回答0題）"},
		{"zh-Hant", 1, "尚有 1 題未回答：", "覆蓋率：100.0%（1題計分問題中：已回答1題、不知道1題、未回答1題）"},
		{"zh-Hant", 2, "尚有 2 題未回答：", "覆蓋率：50.0%（2題計分問題中：已回答2題、不知道2題、未回答2題）"},
	}
	for _, tc := range tests {
		r := &scoring.Result{Questionnaire: &questionnaire.Questionnaire{Language: tc.lang},
			Answered: tc.n, Unknown: tc.n, Unanswered: tc.n, Visible: tc.n, Coverage: []float64{0, 1, 0.5}[tc.n]}
		lines := SummaryLines(r)
		if len(lines) != 4 || !strings.HasPrefix(lines[0], tc.draft) || lines[3] != tc.cover {
			t.Errorf("%s, %d: summary\n%s\nwant the draft line to start %q and the coverage %q",
				tc.lang, tc.n, strings.Join(lines, "\n"), tc.draft, tc.cover)
		}
	}
}
