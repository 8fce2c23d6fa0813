package workbook

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/xuri/excelize/v2"
)

// languages are the languages of the built-in questionnaires.
var languages = []string{"en", "pt", "zh-Hant"}

// The audiences the tests write workbooks for.
const (
	vendor = string(questionnaire.AudienceVendor)
	it     = string(questionnaire.AudienceIT)
)

// writeWorkbook writes the questionnaire's workbook for the audience into dir.
func writeWorkbook(t *testing.T, qn *questionnaire.Questionnaire, audience, dir string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, qn, Options{Audience: audience, Date: "2026-12-02", Vendor: "Lark",
		Organisation: "Example Trading Ltd.", Assessor: "A. Chan"}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, qn.Language+".xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// fillLikeVendor fills every question of the workbook at path the way a vendor would, choosing
// among the labels of each drop-down list, and returns the answers it means.
func fillLikeVendor(t *testing.T, qn *questionnaire.Questionnaire, audience, path string) map[string]*assessment.Answer {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l := layoutFor(qn, audience)
	sheet := l.msg.questionsSheet
	set := func(col string, row int, v any) {
		if err := f.SetCellValue(sheet, cell(col, row), v); err != nil {
			t.Fatal(err)
		}
	}
	want := make(map[string]*assessment.Answer)
	for i, r := range l.rows {
		if r.kind != rowQuestion {
			continue
		}
		q, a := r.q, &assessment.Answer{}
		switch list := l.lists[q.ID]; q.Kind {
		case questionnaire.KindText:
			a.Text = fmt.Sprintf("Answer to %s, line one\nline two", r.number)
			set(colAnswer, r.n, a.Text)
		case questionnaire.KindChoice, questionnaire.KindYesNo:
			c := list[i%len(list)]
			set(colAnswer, r.n, c.label)
			a.Choice, a.Unknown, a.NA = c.option, c.unknown, c.na
		case questionnaire.KindMulti:
			for k, o := range q.Options {
				if k%2 == 0 && !o.Exclusive {
					set(colAnswer, r.n+1+k, l.msg.tickYes)
					a.Choices = append(a.Choices, o.ID)
				} else {
					set(colAnswer, r.n+1+k, l.msg.tickNo)
				}
			}
		case questionnaire.KindDate:
			set(colDate, r.n, time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC))
			a.Date = "2027-03-31"
		}
		if i%3 == 0 {
			a.Note = "Note for " + q.ID
			set(colNote, r.n, "  "+a.Note+"  ")
		}
		if i%4 == 0 {
			a.Evidence = []string{"contract-annex-2.pdf", "https://example.com/soc2"}
			set(colEvidence, r.n, "contract-annex-2.pdf\nhttps://example.com/soc2")
		}
		want[q.ID] = a
	}
	if err := f.SetCellValue(l.msg.instructionsSheet, cellRespondentName, "Wong Ka Man"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(l.msg.instructionsSheet, cellRespondentRole, "Account manager, Lark"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return want
}

// TestRoundTrip writes the workbook of the default questionnaire in every language, for the
// vendor and for IT, and the one of every kind of question for everyone, fills it in, reads it
// back and compares every answer with what was filled in.
func TestRoundTrip(t *testing.T) {
	for _, lang := range languages {
		for _, audience := range []string{vendor, it} {
			t.Run(lang+"/"+audience, func(t *testing.T) {
				qn, err := questionnaire.Find("collab-vendor-mo", lang)
				if err != nil {
					t.Fatal(err)
				}
				roundTrip(t, qn, audience)
			})
		}
	}
	t.Run("all kinds", func(t *testing.T) {
		want := roundTrip(t, allKinds(t), "")
		if len(want["use"].Choices) == 0 || len(want["certs"].Choices) == 0 || want["expiry"].Date == "" {
			t.Errorf("the multi and date questions were not filled in: %+v %+v %+v", want["use"], want["certs"], want["expiry"])
		}
	})
}

// roundTrip is one case of TestRoundTrip; it returns the answers filled in.
func roundTrip(t *testing.T, qn *questionnaire.Questionnaire, audience string) map[string]*assessment.Answer {
	path := writeWorkbook(t, qn, audience, t.TempDir())
	want := fillLikeVendor(t, qn, audience, path)
	for id := range want {
		if qn.Question(id).IsProfile() && audience == vendor {
			t.Fatalf("the vendor's workbook holds the profile question %s", id)
		}
	}
	wb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	if wb.Respondent != "Wong Ka Man, Account manager, Lark" {
		t.Errorf("respondent %q", wb.Respondent)
	}
	got, err := wb.Read(qn)
	if err != nil {
		t.Fatal(err)
	}
	compareAnswers(t, want, got.Answers)
	return want
}

// compareAnswers reports every answer that differs.
func compareAnswers(t *testing.T, want, got map[string]*assessment.Answer) {
	t.Helper()
	for id, w := range want {
		g := got[id]
		if g == nil {
			t.Errorf("%s: no answer read, want %+v", id, *w)
			continue
		}
		if !reflect.DeepEqual(w, g) {
			t.Errorf("%s: read %+v, want %+v", id, *g, *w)
		}
	}
	for id := range got {
		if want[id] == nil {
			t.Errorf("%s: read an answer that was not filled in: %+v", id, *got[id])
		}
	}
}
