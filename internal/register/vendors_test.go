package register

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

var generate = flag.Bool("generate", false, "rewrite the assessments of testdata/vendors")

// vendorsDir holds a dozen assessments of four fictional vendors over three years, made by
// vendorAssessments from the examples of docs/examples: a register to try and to render.
const vendorsDir = "testdata/vendors"

// yearly is one assessment of a vendor: its date and what differs from the example it starts from.
type yearly struct {
	date   string
	change func(f *assessment.File)
}

// vendor is a fictional vendor assessed three times.
type vendor struct {
	dir, example, name, product string
	years                       []yearly
}

// vendors describes the assessments. As of 2026-12-02: Huitong has a knock-out and an accepted
// risk ending in January; Meridian's ISO/IEC 27701 certificate expired in September; Lotus's
// accepted risk ran out in October and its certificate expires in January; Barra's latest is a
// draft.
var vendors = []vendor{
	{"huitong", "mainland-provider-keys", "Huitong Cloud Office (fictional)", "Huitong Work, Business edition", []yearly{
		{"2024-11-25", accepting("sensitive-transfer", "2024-11-25", "2025-05-31", "Payroll moves to the in-house system by May.")},
		{"2025-11-20", accepting("key-holder", "2025-11-20", "2026-11-30", "Customer keys are on the vendor's roadmap for 2026.")},
		{"2026-11-18", accepting("key-holder", "2026-11-18", "2027-01-31", "Customer keys are contracted for January 2027.")},
	}},
	{"meridian", "singapore-byok", "Meridian Workspace Pte. Ltd. (fictional)", "Meridian Workspace Enterprise with Customer Keys", []yearly{
		{"2024-03-12", expiring("2025-09-14")},
		{"2025-03-18", expiring("2026-09-14")},
		{"2026-03-16", expiring("2026-09-14")},
	}},
	{"barra", "selfhosted-macao", "Barra Systems Integration Lda. (fictional)", "Self-hosted Matrix (Synapse and Element) with managed support", []yearly{
		{"2024-06-10", nil},
		{"2025-06-12", nil},
		{"2026-11-25", unanswered("activity-logs", "labels-dlp", "soc2-type2", "transparency-report", "unlawful-instruction")},
	}},
	{"lotus", "singapore-byok", "Lotus Chat Ltd. (fictional)", "Lotus Chat Team", []yearly{
		{"2024-09-02", both(choose("key-holder", "vendor"), expiring("2025-01-20"))},
		{"2025-09-08", both(choose("storage-location", "several-regions"), expiring("2027-01-20"),
			accepting("storage-location", "2025-09-08", "2026-03-31", "A single region is promised for March 2026."))},
		{"2026-08-31", both(choose("storage-location", "several-regions"), expiring("2027-01-20"),
			accepting("storage-location", "2026-03-31", "2026-10-31", "The vendor moved the promise to October 2026."))},
	}},
}

// accepting records an accepted risk.
func accepting(id, on, until, reason string) func(*assessment.File) {
	return func(f *assessment.File) {
		f.Accepted = append(f.Accepted, assessment.Acceptance{Finding: id, By: "B. Lei, data protection officer", On: on, Until: until, Reason: reason})
	}
}

// expiring sets the expiry date of the ISO/IEC 27701 certificate.
func expiring(date string) func(*assessment.File) {
	return func(f *assessment.File) { f.Answers["iso27701-expiry"].Date = date }
}

// choose sets the option chosen for a question.
func choose(id, option string) func(*assessment.File) {
	return func(f *assessment.File) {
		f.Answers[id] = &assessment.Answer{Choice: option, Source: assessment.SourceStated}
	}
}

// unanswered removes answers, leaving a draft.
func unanswered(ids ...string) func(*assessment.File) {
	return func(f *assessment.File) {
		for _, id := range ids {
			delete(f.Answers, id)
		}
	}
}

// both applies several changes in order.
func both(changes ...func(*assessment.File)) func(*assessment.File) {
	return func(f *assessment.File) {
		for _, c := range changes {
			c(f)
		}
	}
}

// vendorAssessments makes the answers files of the vendors, by path under vendorsDir: each
// example moved to the vendor, the date and the built-in questionnaire's current version, its
// recording times moved by as many days as its date.
func vendorAssessments(t *testing.T) map[string][]byte {
	t.Helper()
	qn, err := questionnaire.Find(questionnaire.DefaultID, "en")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, v := range vendors {
		for _, y := range v.years {
			f, err := assessment.Load(filepath.Join("..", "..", "docs", "examples", v.example+".answers.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			from, _ := time.Parse(time.DateOnly, f.Assessment.Date)
			to, _ := time.Parse(time.DateOnly, y.date)
			f.Questionnaire = assessment.Ref{ID: qn.ID, Version: qn.Version, Language: qn.Language}
			f.Assessment.Vendor, f.Assessment.Product, f.Assessment.Date = v.name, v.product, y.date
			for _, a := range f.Answers {
				if at, err := time.Parse(time.RFC3339, a.At); err == nil {
					a.At = at.Add(to.Sub(from)).Format(time.RFC3339)
				}
			}
			if y.change != nil {
				y.change(f)
			}
			data, err := assessment.Marshal(f, qn)
			if err != nil {
				t.Fatal(err)
			}
			out[filepath.Join(vendorsDir, v.dir, assessment.DefaultName(f))] = data
		}
	}
	return out
}

// TestVendorsFolder checks that testdata/vendors holds exactly the assessments vendorAssessments
// makes; go test -generate rewrites them.
func TestVendorsFolder(t *testing.T) {
	want := vendorAssessments(t)
	if *generate {
		if err := os.RemoveAll(vendorsDir); err != nil {
			t.Fatal(err)
		}
		for path, data := range want {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var found []string
	err := filepath.WalkDir(vendorsDir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			found = append(found, path)
		}
		return err
	})
	if err != nil {
		t.Fatalf("%v (run go test -generate to make the folder)", err)
	}
	var paths []string
	for p := range want {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	if !slices.Equal(found, paths) {
		t.Fatalf("%s holds\n%s\nwant\n%s\n(run go test -generate)", vendorsDir, strings.Join(found, "\n"), strings.Join(paths, "\n"))
	}
	for _, p := range paths {
		if got, _ := os.ReadFile(p); !bytes.Equal(got, want[p]) {
			t.Errorf("%s differs from what the generator makes (run go test -generate and read the diff)", p)
		}
	}
}
