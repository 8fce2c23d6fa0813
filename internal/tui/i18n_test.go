package tui

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// englishLabels are words of the interview's English catalogue that must not show on a screen
// in another language.
var englishLabels = []string{messagesEn.sections, messagesEn.noteLabel + " ", messagesEn.evidenceLabel + " ",
	messagesEn.sourceLabel + " ", " answered", messagesEn.keyNext, messagesEn.keyBack, messagesEn.keyUnknown,
	messagesEn.detailsTitle, messagesEn.jumpTitle, messagesEn.stillOpen, messagesEn.keyReview}

// builtinDriver starts a new interview of the built-in questionnaire in a language, at a size.
func builtinDriver(t *testing.T, lang string, w, h int) (*driver, string) {
	t.Helper()
	qn, err := questionnaire.Find(questionnaire.DefaultID, lang)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "a.answers.yaml")
	s := interview.NewSession(qn, assessment.NewFile(qn, assessment.Details{}), "")
	m := New(s, Options{AskDetails: true, Today: "2026-12-01",
		PathFor: func(*assessment.File) (string, error) { return path, nil }})
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d, path
}

// TestScreensInEachLanguage visits every screen of the interview in each language at 80×24 and
// checks that each fits, in display cells (a Chinese character takes two), and that the
// interview's own words are in the questionnaire's language.
func TestScreensInEachLanguage(t *testing.T) {
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		t.Run(lang, func(t *testing.T) {
			d, _ := builtinDriver(t, lang, 80, 24)
			check := func(where string) {
				t.Helper()
				screen := d.m.render()
				lines := strings.Split(screen, "\n")
				if len(lines) > 24 {
					t.Errorf("%s: %d lines", where, len(lines))
				}
				for _, l := range lines {
					if w := ansi.StringWidth(l); w > 80 {
						t.Errorf("%s: a line is %d cells wide: %q", where, w, ansi.Strip(l))
					}
				}
				if lang == "en" {
					return
				}
				plain := ansi.Strip(screen)
				for _, word := range englishLabels {
					if strings.Contains(plain, word) {
						t.Errorf("%s: English %q on the screen:\n%s", where, word, plain)
					}
				}
			}
			check("details")
			d.keys("澳門 Vendor", "enter", "enter", "enter", "enter", "enter", "enter")
			for i := 0; i < 12 && d.m.state == stateQuestion; i++ {
				check("question " + d.current())
				d.keys("tab", "備註 nota", "enter")
			}
			d.keys("ctrl+g")
			check("picker")
			d.keys("esc", "ctrl+r")
			check("review")
			d.keys("up", "enter")
			if d.m.state != stateSummary {
				t.Fatalf("finish: state %v", d.m.state)
			}
			check("summary")
		})
	}
}

// TestCataloguesComplete holds every catalogue to the English one: no text left empty, and each
// format takes the same arguments.
func TestCataloguesComplete(t *testing.T) {
	en := reflect.ValueOf(messagesEn)
	for tag, c := range catalogues {
		v := reflect.ValueOf(*c)
		for i := range v.NumField() {
			name := en.Type().Field(i).Name
			switch f := v.Field(i); f.Kind() {
			case reflect.String:
				if f.String() == "" {
					t.Errorf("%s: %s is empty", tag, name)
				}
				if want, got := verbs(en.Field(i).String()), verbs(f.String()); want != got {
					t.Errorf("%s: %s has the verbs %q, English has %q", tag, name, got, want)
				}
			case reflect.Slice, reflect.Map:
				if f.Len() == 0 {
					t.Errorf("%s: %s is empty", tag, name)
				}
			}
		}
		if len(c.sourceNames) != len(messagesEn.sourceNames) {
			t.Errorf("%s: %d source names, English has %d", tag, len(c.sourceNames), len(messagesEn.sourceNames))
		}
	}
}

// verbs lists the distinct fmt verbs of a format, sorted, as a string.
func verbs(format string) string {
	seen := map[string]bool{}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 >= len(format) {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("[]0123456789", format[j]) >= 0 {
			j++
		}
		if j < len(format) {
			seen[format[i:j+1]] = true
		}
		i = j
	}
	var out []string
	for v := range seen {
		out = append(out, v)
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// TestAccessibleInEachLanguage drives the line-by-line interview of the built-in questionnaire in
// Portuguese and Chinese, with a refused answer, and checks that no English label is printed.
func TestAccessibleInEachLanguage(t *testing.T) {
	english := []string{"Assessment details", "Vendor [", "Help: ", "Answer (", "Note (", "Evidence,", "Source [",
		"Not accepted", "References: ", "Section: ", "About your organisation"}
	for _, lang := range []string{"pt", "zh-Hant"} {
		t.Run(lang, func(t *testing.T) {
			qn, err := questionnaire.Find(questionnaire.DefaultID, lang)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "a.answers.yaml")
			s := interview.NewSession(qn, assessment.NewFile(qn, assessment.Details{}), "")
			var out strings.Builder
			// Details, who answers, then 99 (not an option), a valid first option with its extras,
			// then the end.
			in := "Acme\n\n\n\n\n\n\n99\n1\nnota\n\n\n"
			finished, err := RunAccessible(s, AccessibleOptions{In: strings.NewReader(in), Out: &out, AskDetails: true,
				Today: "2026-12-01", PathFor: func(*assessment.File) (string, error) { return path, nil }})
			if err != nil || finished {
				t.Fatalf("finished %v, err %v", finished, err)
			}
			c := messagesFor(lang)
			for _, want := range []string{c.detailsTitle, c.profileHeading, c.helpLabel, c.askNote, c.askSource,
				msgf(c.notAccepted, msgf(c.errOption, "99", len(qn.Questions()[0].Options)))} {
				if !strings.Contains(out.String(), want) {
					t.Errorf("the output lacks %q:\n%s", want, out.String())
				}
			}
			for _, word := range english {
				if strings.Contains(out.String(), word) {
					t.Errorf("English %q in the output:\n%s", word, out.String())
				}
			}
			if a := loadSaved(t, path).Answers[qn.Questions()[0].ID]; a == nil || a.Note != "nota" {
				t.Errorf("first answer = %+v", a)
			}
		})
	}
}

func TestWrapLinesHangsClosingPunctuation(t *testing.T) {
	tests := []struct {
		text string
		w    int
		want []string
	}{
		{"short words wrap at spaces", 12, []string{"short words", "wrap at", "spaces"}},
		// Filled to 8 cells, each line's closing mark hangs in the last two.
		{"甲乙丙丁，戊己庚辛。", 10, []string{"甲乙丙丁，", "戊己庚辛。"}},
		// Chinese after a word and a space starts on the same line, not on the next.
		{"P1 [未回答] 平台是機構正在挑選的候選平台", 20, []string{"P1 [未回答] 平台是", "機構正在挑選的候選", "平台"}},
		{"2.3 hello 世界", 8, []string{"2.3", "hello", "世界"}},
		{"甲乙丙）」戊", 10, []string{"甲乙丙）」", "戊"}},
		{"甲乙丙丁戊己庚辛壬癸", 10, []string{"甲乙丙丁", "戊己庚辛", "壬癸"}},
	}
	for _, tt := range tests {
		got := wrapLines(tt.text, tt.w)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrapLines(%q, %d) = %q, want %q", tt.text, tt.w, got, tt.want)
		}
		for _, l := range got {
			if ansi.StringWidth(l) > tt.w {
				t.Errorf("wrapLines(%q, %d): %q is wider than %d", tt.text, tt.w, l, tt.w)
			}
		}
	}
}

// FuzzWrapLines checks that wrapped text never overflows its width and keeps every visible
// character in order.
func FuzzWrapLines(f *testing.F) {
	for _, s := range []string{"short words wrap at spaces", "甲乙丙丁，戊己庚辛。", "甲乙丙）」戊", "a，b。c", "，，，，，，，，",
		"《個人資料保護法》（第8/2005號法律）第四條 — 定義"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, text string, w int) {
		if !utf8.ValidString(text) || strings.ContainsFunc(text, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			t.Skip() // wrapLines gets questionnaire text, already one line of printable characters
		}
		w = 10 + abs(w)%70
		lines := wrapLines(text, w)
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("wrapLines(%q, %d): %q is %d cells wide", text, w, l, ansi.StringWidth(l))
			}
		}
		if got, want := strings.Join(strings.Fields(strings.Join(lines, "")), ""), strings.Join(strings.Fields(text), ""); got != want {
			t.Errorf("wrapLines(%q, %d) lost or moved characters: %q", text, w, lines)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
