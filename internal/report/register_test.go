package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/register"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// registerFixture builds the register of the assessments of ../register/testdata/vendors as of
// 2026-12-02, in the questionnaire's language lang, with two files that could not be read.
func registerFixture(t *testing.T, lang string) *register.Register {
	t.Helper()
	dir := filepath.Join("..", "register", "testdata", "vendors")
	var all []register.Assessment
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := assessment.Load(path)
		if err != nil {
			return err
		}
		qn, err := questionnaire.Find(f.Questionnaire.ID, lang)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		all = append(all, register.Assessment{Path: filepath.ToSlash(rel), Result: scoring.Score(qn, f)})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	bad := []register.Unreadable{
		{Path: "drafts/broken | *file*.answers.yaml", Reason: "3:1: unknown key \"extra\" in the answers file"},
		{Path: "inbox.answers.yaml", Reason: "a named pipe, not opened (an answers file is a regular file)"},
	}
	return register.Build(all, bad, "2026-12-02")
}

// TestRegisterGolden renders the register in Markdown (in three languages), JSON and HTML and
// compares them with their golden files; the Markdown must pass markdownlint.
func TestRegisterGolden(t *testing.T) {
	var files []string
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		reg := registerFixture(t, lang)
		var md bytes.Buffer
		if err := Register(&md, reg, lang); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "register", "vendors."+lang+".md")
		assertGolden(t, path, md.Bytes())
		files = append(files, path)
		if lang != "en" {
			for _, w := range []string{"Vendor", "Attention", "Details", "days", "expired", "review", "Files"} {
				if strings.Contains(md.String(), w) {
					t.Errorf("the %s register holds the English %q", lang, w)
				}
			}
			continue
		}
		var js bytes.Buffer
		if err := RegisterJSON(&js, reg); err != nil {
			t.Fatal(err)
		}
		assertGolden(t, filepath.Join("testdata", "register", "vendors.json"), js.Bytes())
		var html bytes.Buffer
		if err := RegisterDocument(reg, lang).HTML(&html); err != nil {
			t.Fatal(err)
		}
		assertGolden(t, filepath.Join("testdata", "register", "vendors.html"), html.Bytes())
	}
	var empty bytes.Buffer
	if err := Register(&empty, register.Build(nil, nil, "2026-12-02"), "en"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "register", "empty.md")
	assertGolden(t, path, empty.Bytes())
	t.Run("markdownlint", func(t *testing.T) { lintMarkdown(t, append(files, path)...) })
}

// TestRegisterLevels checks that every language names every alert level.
func TestRegisterLevels(t *testing.T) {
	t.Parallel()
	for tag, m := range catalogues {
		if n := int(register.AcceptanceExpiring) + 1; len(m.reg.levels) != n || len(m.reg.alerts) != n {
			t.Errorf("%s names %d levels and %d alerts, want %d", tag, len(m.reg.levels), len(m.reg.alerts), n)
		}
	}
	if len(levelNames) != int(register.AcceptanceExpiring)+1 {
		t.Errorf("JSON names %d levels", len(levelNames))
	}
}

// TestRegisterPrints prints the HTML register with a real browser on A4 and reads it back: every
// vendor is there, with the words of the most urgent alert.
func TestRegisterPrints(t *testing.T) {
	browserTools(t)
	reg := registerFixture(t, "en")
	p := printPDF(t, htmlOf(t, RegisterDocument(reg, "en"), nil), "A4")
	wants := []string{"Vendor register, 2026-12-02", "iso27701-expiry expired on 2026-09-14"}
	for _, row := range reg.Rows {
		wants = append(wants, row.Result.File.Assessment.Vendor)
	}
	assertPrinted(t, p, wants...)
}
