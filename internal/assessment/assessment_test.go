package assessment

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

const goodFile = `questionnaire: {id: example-mo, version: 1.0.0, language: en}
assessment:
  vendor: DingTalk
  date: 2026-11-28
  interviewees: [IT manager, vendor]
answers:
  storage-location: {choice: mainland, note: "Per sales call", evidence: [annex.pdf], source: documented, by: IT, at: 2026-11-28T10:42:00+08:00}
  dpa-signed: {choice: yes}
  off-switch: {choice: off}
  certifications: {choices: [iso27001, iso27701]}
  cert-expiry: {date: 2027-03-01}
  key-holder: {unknown: true}
  sub-processors: {na: true}
  vendor-contact: {text: "someone"}
`

func TestParse(t *testing.T) {
	t.Parallel()
	f, err := Parse("a.yaml", []byte(goodFile))
	if err != nil {
		t.Fatal(err)
	}
	if f.Questionnaire != (Ref{"example-mo", "1.0.0", "en"}) || f.Assessment.Vendor != "DingTalk" || f.Assessment.Date != "2026-11-28" {
		t.Errorf("header %+v %+v", f.Questionnaire, f.Assessment)
	}
	if got := f.Answers["dpa-signed"].Choice; got != "yes" {
		t.Errorf("yes became %q", got)
	}
	if got := f.Answers["off-switch"].Choice; got != "off" {
		t.Errorf("off became %q", got)
	}
	a := f.Answers["storage-location"]
	if a.Source != SourceDocumented || a.Evidence[0] != "annex.pdf" || a.Pos != (questionnaire.Pos{Line: 7, Col: 21}) {
		t.Errorf("storage-location %+v", a)
	}
	if !f.Answers["key-holder"].Unknown || !f.Answers["sub-processors"].NA || len(f.Answers["certifications"].Choices) != 2 {
		t.Error("unknown, na or choices lost")
	}
	if len(f.Digest) != 64 {
		t.Errorf("digest %q", f.Digest)
	}
}

func TestParseProblems(t *testing.T) {
	t.Parallel()
	head := "questionnaire: {id: q, version: 1.0.0, language: en}\nassessment: {vendor: V, date: 2026-11-28}\n"
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "a.yaml: file is empty"},
		{"not a mapping", "- a\n", "a.yaml:1:1: the file must be a YAML mapping"},
		{"unknown top key", head + "extra: 1\n", "a.yaml:3:1: unknown key \"extra\""},
		{"bad date", "questionnaire: {id: q}\nassessment: {vendor: V, date: 28/11/2026}\n", "a.yaml:2:31: assessment date \"28/11/2026\" is not a date"},
		{"missing date", "questionnaire: {id: q}\nassessment: {vendor: V}\n", "a.yaml:2:13: assessment has no date"},
		{"two values", head + "answers:\n  q: {choice: a, unknown: true}\n", "a.yaml:4:6: answer \"q\" has more than one answer"},
		{"unknown answer key", head + "answers:\n  q: {choise: a}\n", "a.yaml:4:7: unknown key \"choise\""},
		{"bad source", head + "answers:\n  q: {choice: a, source: rumour}\n", "a.yaml:4:26: source \"rumour\""},
		{"bad at", head + "answers:\n  q: {choice: a, at: yesterday}\n", "a.yaml:4:22: at \"yesterday\""},
		{"alias", head + "answers:\n  q: &x {choice: a}\n  r: *x\n", "anchors (&x) are not supported"},
		{"syntax", head + "answers: {q: [}\n", "a.yaml:3:"},
		{"missing questionnaire", "assessment: {vendor: V, date: 2026-11-28}\n", "missing questionnaire"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse("a.yaml", []byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	t.Parallel()
	f, err := Parse("a.yaml", []byte(goodFile))
	if err != nil {
		t.Fatal(err)
	}
	f.Answers["tricky"] = &Answer{Text: "yes", Note: "line one\nline two: # not a comment\n- dash", Evidence: []string{"null", "1.0", "'quoted'"}}
	data, err := Marshal(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse("b.yaml", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	assertSameAnswers(t, f, again)
	data2, _ := Marshal(again, nil)
	if string(data) != string(data2) {
		t.Errorf("marshal is not stable:\n%s\n---\n%s", data, data2)
	}
}

func assertSameAnswers(t *testing.T, a, b *File) {
	t.Helper()
	if !reflect.DeepEqual(a.Questionnaire, b.Questionnaire) || !reflect.DeepEqual(a.Assessment, b.Assessment) {
		t.Errorf("header changed: %+v %+v vs %+v %+v", a.Questionnaire, a.Assessment, b.Questionnaire, b.Assessment)
	}
	if len(a.Answers) != len(b.Answers) {
		t.Fatalf("%d answers became %d", len(a.Answers), len(b.Answers))
	}
	for id, x := range a.Answers {
		y := b.Answers[id]
		x2, y2 := *x, *y
		x2.Pos, y2.Pos = questionnaire.Pos{}, questionnaire.Pos{}
		if !reflect.DeepEqual(x2, y2) {
			t.Errorf("answer %s changed: %+v -> %+v", id, x2, y2)
		}
	}
}

func TestMarshalOrder(t *testing.T) {
	t.Parallel()
	qn, err := questionnaire.Load("../../docs/examples/questionnaire-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	all := qn.Questions()
	f := NewFile(qn, Details{Vendor: "V", Date: "2026-11-28"})
	f.Answers["zz-old"] = &Answer{Unknown: true}
	f.Answers[all[len(all)-1].ID] = &Answer{Unknown: true}
	f.Answers[all[0].ID] = &Answer{Unknown: true}
	data, err := Marshal(f, qn)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	first, last, old := strings.Index(s, all[0].ID+":"), strings.Index(s, all[len(all)-1].ID+":"), strings.Index(s, "zz-old:")
	if first >= last || last >= old {
		t.Errorf("answers out of questionnaire order:\n%s", s)
	}
}

func TestSave(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.answers.yaml")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, _ := Parse("a.yaml", []byte(goodFile))
	if err := Save(path, f, nil); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	again, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	assertSameAnswers(t, f, again)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestDefaultName(t *testing.T) {
	t.Parallel()
	tests := []struct{ vendor, date, want string }{
		{"DingTalk", "2026-11-28", "dingtalk-2026-11-28.answers.yaml"},
		{"Microsoft Teams (E5)", "2026-11-28", "microsoft-teams-e5-2026-11-28.answers.yaml"},
		{"../../etc/passwd", "2026-11-28", "etc-passwd-2026-11-28.answers.yaml"},
		{"釘釘", "2026-11-28", "釘釘-2026-11-28.answers.yaml"},
		{"", "2026-11-28", "assessment-2026-11-28.answers.yaml"},
	}
	for _, tt := range tests {
		f := &File{Assessment: Details{Vendor: tt.vendor, Date: tt.date}}
		if got := DefaultName(f); got != tt.want {
			t.Errorf("DefaultName(%q) = %q, want %q", tt.vendor, got, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	qn, err := questionnaire.Load("../../docs/examples/questionnaire-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var choiceQ *questionnaire.Question
	for _, q := range qn.Questions() {
		if q.Kind == questionnaire.KindChoice && !q.IsProfile() {
			choiceQ = q
			break
		}
	}
	f := NewFile(qn, Details{Vendor: "V", Date: "2026-11-28"})
	f.Name = "v.answers.yaml"
	if w, err := Check(f, qn); err != nil || len(w) != 0 {
		t.Fatalf("clean file: warnings %v, err %v", w, err)
	}
	f.Questionnaire.Version = "0.9.0"
	f.Answers["gone"] = &Answer{Choice: "x"}
	f.Answers[choiceQ.ID] = &Answer{Choice: "removed-option"}
	w, err := Check(f, qn)
	if err != nil || len(w) != 2 {
		t.Fatalf("warnings %v, err %v", w, err)
	}
	if !strings.Contains(w[0], "version 0.9.0") || !strings.Contains(w[1], "gone (not in this version)") ||
		!strings.Contains(w[1], `option "removed-option" is no longer offered`) {
		t.Errorf("warnings do not name the changes: %v", w)
	}
	if len(f.Answers) != 2 {
		t.Error("Check dropped answers")
	}
	f.Questionnaire.ID = "other"
	if _, err := Check(f, qn); err == nil || !strings.Contains(err.Error(), `made for questionnaire "other"`) {
		t.Errorf("other id: %v", err)
	}
}
