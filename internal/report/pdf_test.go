package report

import (
	"bytes"
	gocontext "context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// browserTools returns the paths of Chromium, pdftotext and pdfinfo, or skips the test where
// one is missing.
func browserTools(t *testing.T) (chromium, pdftotext, pdfinfo string) {
	t.Helper()
	if testing.Short() {
		t.Skip("prints with a browser")
	}
	var err error
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if chromium, err = exec.LookPath(name); err == nil {
			break
		}
	}
	if chromium == "" {
		t.Skip("Chromium is not installed (apt-get install chromium); skipping the print test of the HTML documents")
	}
	if pdftotext, err = exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (apt-get install poppler-utils); skipping the print test of the HTML documents")
	}
	if pdfinfo, err = exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo is not installed (apt-get install poppler-utils); skipping the print test of the HTML documents")
	}
	return chromium, pdftotext, pdfinfo
}

// printed is an HTML page printed to PDF by the browser: its text and its pages.
type printed struct {
	text     string // as pdftotext reads it, in the order the browser drew it
	pages    int
	pageSize string // as pdfinfo says it, e.g. "595.276 x 841.89 pts (A4)"
}

// printPDF prints an HTML page to PDF with headless Chromium, on paper of the given CSS size
// (A4 or letter, as a printer would choose it), and reads the PDF back.
func printPDF(t *testing.T, page []byte, paper string) printed {
	t.Helper()
	chromium, pdftotext, pdfinfo := browserTools(t)
	dir := t.TempDir()
	// The page leaves the paper size to the printer; here the test is the printer.
	page = bytes.Replace(page, []byte("</style>"), []byte("@page { size: "+paper+"; }\n</style>"), 1)
	in, out := filepath.Join(dir, "page.html"), filepath.Join(dir, "page.pdf")
	if err := os.WriteFile(in, page, 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := gocontext.WithTimeout(gocontext.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--no-default-browser-check", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--no-pdf-header-footer", "--print-to-pdf="+out, "file://"+in)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, msg)
	}
	text, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	info, err := exec.Command(pdfinfo, out).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	p := printed{text: string(text)}
	if m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info); m != nil {
		p.pages, _ = strconv.Atoi(string(m[1]))
	}
	if m := regexp.MustCompile(`(?m)^Page size:\s+(.+)$`).FindSubmatch(info); m != nil {
		p.pageSize = string(m[1])
	}
	return p
}

// squeeze drops all white space, so that text wrapped over lines (or Chinese, which pdftotext
// may space out) still matches.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// assertPrinted checks that every one of wants can be read in the printed text.
func assertPrinted(t *testing.T, p printed, wants ...string) {
	t.Helper()
	text := squeeze(p.text)
	for _, w := range wants {
		if !strings.Contains(text, squeeze(w)) {
			t.Errorf("the printed document lacks %q", w)
		}
	}
}

// exampleResult scores an example assessment of docs/examples with the built-in questionnaire
// in lang.
func exampleResult(t *testing.T, name, lang string) *scoring.Result {
	t.Helper()
	f, err := assessment.Load(filepath.Join("..", "..", "docs", "examples", name+".answers.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f.Questionnaire.Language = lang
	qn, err := questionnaire.Find(f.Questionnaire.ID, lang)
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Score(qn, f)
}

// sectionTitles returns the titles of the questionnaire's sections.
func sectionTitles(qn *questionnaire.Questionnaire) []string {
	var titles []string
	for _, s := range qn.Sections {
		titles = append(titles, s.Title)
	}
	return titles
}

// hasCJKFont reports whether the system has a font for Chinese, without which a browser
// prints boxes that pdftotext cannot read.
func hasCJKFont() bool {
	out, err := exec.Command("fc-list", ":lang=zh", "family").Output()
	return err == nil && len(bytes.TrimSpace(out)) > 0
}

// TestHTMLPrints prints the HTML documents with a real browser, on A4 and on Letter, and reads
// the PDFs back: the vendor, the rating and every section title are there, the Chinese title
// reads as Chinese, and the example report takes more than one page.
func TestHTMLPrints(t *testing.T) {
	browserTools(t)
	t.Run("report", func(t *testing.T) {
		t.Parallel()
		r := exampleResult(t, "mainland-provider-keys", "en")
		d, err := ReportDocument(r, Options{})
		page := htmlOf(t, d, err)
		for _, paper := range []string{"A4", "letter"} {
			p := printPDF(t, page, paper)
			if !strings.Contains(strings.ToLower(p.pageSize), strings.ToLower(paper)) {
				t.Errorf("printed on %q, want %s", p.pageSize, paper)
			}
			if p.pages < 2 {
				t.Errorf("%s: the example report printed on %d page, want more", paper, p.pages)
			}
			assertPrinted(t, p, append([]string{r.File.Assessment.Vendor, r.Rating, score1(r.Overall)},
				sectionTitles(r.Questionnaire)...)...)
		}
	})
	t.Run("report zh-Hant", func(t *testing.T) {
		t.Parallel()
		if !hasCJKFont() {
			t.Skip("no font for Chinese (apt-get install fonts-wqy-microhei); skipping the Chinese print test")
		}
		r := exampleResult(t, "singapore-byok", "zh-Hant")
		d, err := ReportDocument(r, Options{})
		p := printPDF(t, htmlOf(t, d, err), "A4")
		assertPrinted(t, p, append([]string{r.File.Assessment.Vendor, r.Rating, r.Questionnaire.Title},
			sectionTitles(r.Questionnaire)...)...)
	})
	t.Run("compare pt", func(t *testing.T) {
		t.Parallel()
		rs := []*scoring.Result{exampleResult(t, "mainland-provider-keys", "pt"),
			exampleResult(t, "singapore-byok", "pt"), exampleResult(t, "selfhosted-macao", "pt")}
		d, err := CompareDocument(rs)
		p := printPDF(t, htmlOf(t, d, err), "letter")
		wants := sectionTitles(rs[0].Questionnaire)
		for _, r := range rs {
			wants = append(wants, r.File.Assessment.Vendor, r.Rating)
		}
		assertPrinted(t, p, wants...)
	})
	t.Run("diff and guide", func(t *testing.T) {
		t.Parallel()
		earlier, later := exampleResult(t, "mainland-provider-keys", "en"), exampleResult(t, "singapore-byok", "en")
		d, err := DiffDocument(earlier, later)
		p := printPDF(t, htmlOf(t, d, err), "A4")
		assertPrinted(t, p, append(sectionTitles(later.Questionnaire), later.File.Assessment.Vendor, later.Rating, earlier.Rating)...)
		if !hasCJKFont() {
			t.Skip("no font for Chinese (apt-get install fonts-wqy-microhei); skipping the Chinese guide")
		}
		qn, err := questionnaire.Find(questionnaire.DefaultID, "zh-Hant")
		if err != nil {
			t.Fatal(err)
		}
		g := printPDF(t, htmlOf(t, GuideDocument(qn), nil), "A4")
		if g.pages < 2 {
			t.Errorf("the guide printed on %d page", g.pages)
		}
		assertPrinted(t, g, append([]string{qn.Title}, sectionTitles(qn)...)...)
	})
}
