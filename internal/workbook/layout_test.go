package workbook

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/xuri/excelize/v2"
)

// allKinds loads testdata/all-kinds.yaml: every kind of question, audiences, an exclusive
// option and compound conditions.
func allKinds(t *testing.T) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load("testdata/all-kinds.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

// TestAudiences checks which questions each audience's workbook holds, and that the numbers
// stay those of the report whatever is left out.
func TestAudiences(t *testing.T) {
	qn := allKinds(t)
	for _, tc := range []struct {
		audience string
		want     string // number:id of each question row
	}{
		{"", "P1:use 1.1:region 1.2:certs 1.3:expiry 1.4:health-transfer 1.5:contact 1.6:internal-policy"},
		{"vendor", "1.1:region 1.2:certs 1.3:expiry 1.4:health-transfer 1.5:contact"},
		{"it", "P1:use 1.1:region 1.2:certs 1.3:expiry 1.4:health-transfer 1.5:contact"},
		{"legal", "P1:use 1.1:region 1.2:certs 1.3:expiry 1.4:health-transfer 1.5:contact 1.6:internal-policy"},
	} {
		l := layoutFor(qn, tc.audience)
		var got []string
		for _, r := range l.rows {
			if r.kind == rowQuestion {
				got = append(got, r.number+":"+r.q.ID)
			}
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%q: rows %s\nwant %s", tc.audience, s, tc.want)
		}
	}
}

// TestConditionWords checks how conditions read, in the vendor's workbook (where the profile
// question is not there) and in every language.
func TestConditionWords(t *testing.T) {
	qn := allKinds(t)
	l := layoutFor(qn, "vendor")
	for id, want := range map[string]string{
		"expiry": "Applies only if the answer to 1.2 includes “ISO/IEC 27001” or “ISO/IEC 27701” and it is not the case " +
			"that (the answer to 1.1 is “Unknown” or the answer to 1.1 is “Not applicable”).",
		"health-transfer": "Applies only if the answer to “What will staff use the platform for?” (a question we answer " +
			"ourselves) includes “Health records” or the answer to 1.1 is “Elsewhere”.",
		"region": "",
	} {
		if got := l.condition(qn.Question(id)); got != want {
			t.Errorf("%s:\n got %s\nwant %s", id, got, want)
		}
	}
	for lang, cat := range catalogues {
		l.msg = cat
		got := l.condition(qn.Question("expiry"))
		if strings.Contains(got, "%!") || !strings.Contains(got, "1.2") || !strings.Contains(got, "ISO/IEC 27701") {
			t.Errorf("%s: %s", lang, got)
		}
	}
}

// TestExclusiveOption refuses "none of these" marked Yes with another option.
func TestExclusiveOption(t *testing.T) {
	qn := allKinds(t)
	path := writeWorkbook(t, qn, "vendor", t.TempDir())
	l := layoutFor(qn, "vendor")
	certs := l.rowOf["certs"]
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{cell(colAnswer, certs+1), cell(colAnswer, certs+3)} {
		if err := f.SetCellStr(l.msg.questionsSheet, c, "yes"); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	wb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	_, err = wb.Read(qn)
	want := filepath.Base(path) + ": Questions!E" + strconv.Itoa(certs) + `: 1.2: "None of these" cannot be marked Yes with other answers; keep one`
	if err == nil || err.Error() != want {
		t.Errorf("error %v\nwant %s", err, want)
	}
}

// TestWriteOptions checks the instructions sheet: who it is from and for, the date, the
// questionnaire and version, and the cells for the respondent, unlocked.
func TestWriteOptions(t *testing.T) {
	qn := allKinds(t)
	var buf bytes.Buffer
	if err := Write(&buf, qn, Options{Audience: "vendor", Date: "2026-12-02", Vendor: "Lark", Organisation: "Example Trading Ltd.", Assessor: "A. Chan"}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []string
	for r := 1; r <= 11; r++ {
		a, _ := f.GetCellValue("Instructions", cell("A", r))
		b, _ := f.GetCellValue("Instructions", cell("B", r))
		got = append(got, strings.TrimSpace(a+" | "+b))
	}
	want := []string{"Questionnaire for Lark: All kinds | Questionnaire for Lark: All kinds", "|", "From | A. Chan, Example Trading Ltd.", "For | Lark",
		"Date sent | 2026-12-02", "Questionnaire | all-kinds — All kinds", "Version | 2.1.0", "Questions to answer | 5",
		"Who answers |", "Your name |", "Your role and company |"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("instructions:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range []string{cellRespondentName, cellRespondentRole} {
		style, _ := f.GetCellStyle("Instructions", c)
		s, _ := f.GetStyle(style)
		if s.Protection == nil || s.Protection.Locked {
			t.Errorf("Instructions!%s is locked", c)
		}
	}
	for at, locked := range map[string]bool{"E3": false, "F3": true, "G3": false, "H3": false, "I3": true, "B3": true, "A1": true} {
		style, _ := f.GetCellStyle("Questions", at)
		s, _ := f.GetStyle(style)
		if got := s.Protection == nil || s.Protection.Locked; got != locked {
			t.Errorf("Questions!%s locked %v, want %v", at, got, locked)
		}
	}
	if v, _ := f.GetSheetVisible(metaSheet); v {
		t.Errorf("sheet %s is visible", metaSheet)
	}
	if v, _ := f.GetColVisible("Questions", colID); v {
		t.Errorf("the id column is visible")
	}
}
