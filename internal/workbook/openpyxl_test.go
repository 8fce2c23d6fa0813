package workbook

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// python is Debian's Python, which has openpyxl where python3-openpyxl is installed (the
// python3 on PATH may be another one).
const python = "/usr/bin/python3"

// needOpenpyxl skips the test where Debian's Python with openpyxl is missing.
func needOpenpyxl(t *testing.T) {
	t.Helper()
	if err := exec.Command(python, "-c", "import openpyxl").Run(); err != nil {
		t.Skipf("%s with openpyxl is needed (apt-get install python3-openpyxl): %v", python, err)
	}
}

// pythonFilled is what testdata/fill.py says it filled in.
type pythonFilled struct {
	Respondent string `json:"respondent"`
	Answers    map[string]struct {
		Label    string   `json:"label"`
		Ticks    []string `json:"ticks"`
		Date     string   `json:"date"`
		Text     string   `json:"text"`
		Note     string   `json:"note"`
		Evidence []string `json:"evidence"`
	} `json:"answers"`
}

// TestRoundTripOpenpyxl fills the workbook in every language with openpyxl, which knows only
// what a spreadsheet user sees (the drop-down lists, the date cells, the unlocked cells), and
// checks that the import reads back what it filled in: labels turned into option ids by the
// questionnaire, not by the workbook's own lists.
func TestRoundTripOpenpyxl(t *testing.T) {
	needOpenpyxl(t)
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			qn, err := questionnaire.Find("collab-vendor-mo", lang)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			path := writeWorkbook(t, qn, vendor, dir)
			out := filepath.Join(dir, "filled.json")
			if msg, err := exec.Command(python, "testdata/fill.py", path, out).CombinedOutput(); err != nil {
				t.Fatalf("fill.py: %v\n%s", err, msg)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			var py pythonFilled
			if err := json.Unmarshal(data, &py); err != nil {
				t.Fatal(err)
			}
			want := make(map[string]*assessment.Answer)
			msg := messagesFor(lang)
			for id, e := range py.Answers {
				q := qn.Question(id)
				a := &assessment.Answer{Choices: e.Ticks, Date: e.Date, Text: e.Text, Note: e.Note, Evidence: e.Evidence}
				switch e.Label {
				case "":
				case msg.unknown:
					a.Unknown = true
				case msg.notApplicable:
					a.NA = true
				default:
					for _, o := range q.Options {
						if o.Label == e.Label {
							a.Choice = o.ID
						}
					}
					if a.Choice == "" {
						t.Fatalf("%s: openpyxl chose %q, not an option of the questionnaire", id, e.Label)
					}
				}
				if a.Answered() || a.Note != "" || len(a.Evidence) > 0 {
					want[id] = a
				}
			}
			if len(want) < 40 {
				t.Fatalf("openpyxl filled in only %d questions", len(want))
			}
			wb, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer wb.Close()
			if wb.Respondent != py.Respondent {
				t.Errorf("respondent %q, want %q", wb.Respondent, py.Respondent)
			}
			got, err := wb.Read(qn)
			if err != nil {
				t.Fatal(err)
			}
			compareAnswers(t, want, got.Answers)
		})
	}
}
