package workbook

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// TestLibreOfficeResave fills in the workbook, has LibreOffice open and save it again as .xlsx
// (as a vendor without Excel would), and checks that the import still reads every answer: the
// very hidden sheet, the hidden ids and the date cells must survive another spreadsheet.
func TestLibreOfficeResave(t *testing.T) {
	if testing.Short() {
		t.Skip("runs LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is needed: apt-get install libreoffice-calc")
	}
	qn, err := questionnaire.Find("collab-vendor-mo", "zh-Hant")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := writeWorkbook(t, qn, it, dir)
	want := fillLikeVendor(t, qn, it, path)
	out := filepath.Join(dir, "resaved")
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	wb, err := Open(filepath.Join(out, filepath.Base(path)))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	got, err := wb.Read(qn)
	if err != nil {
		t.Fatal(err)
	}
	compareAnswers(t, want, got.Answers)
}
