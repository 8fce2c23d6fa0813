package cli

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The most memory the import may take on any workbook, hostile or not (the file is at most
// 10 MB and unpacks to at most 32 MB): its Go heap, as the runtime's GC trace reports it, and
// its peak resident size.
const (
	workbookHeapBound   = 64 << 20
	workbookMemoryBound = 150 << 20
)

// gcTrace matches a line of GODEBUG=gctrace=1 and its heap sizes: at the start of the
// collection, at its end, and live.
var gcTrace = regexp.MustCompile(`^gc \d+ @.* (\d+)->(\d+)->(\d+) MB`)

// splitGCTrace separates the program's messages from the runtime's GC trace lines, and returns
// the largest heap the trace reports, in MB.
func splitGCTrace(stderr string) (msg string, heapMB int) {
	var lines []string
	for _, line := range strings.Split(stderr, "\n") {
		m := gcTrace.FindStringSubmatch(line)
		if m == nil {
			lines = append(lines, line)
			continue
		}
		for _, n := range m[1:3] {
			v, _ := strconv.Atoi(n)
			heapMB = max(heapMB, v)
		}
	}
	return strings.Join(lines, "\n"), heapMB
}

// questionsPart is where the questions sheet of a workbook made by sheet is stored.
const questionsPart = "xl/worksheets/sheet2.xml"

// rezip returns the workbook with the named part replaced (or added) and every other part kept.
func rezip(t *testing.T, workbook []byte, name string, data []byte) []byte {
	return rezipWith(t, workbook, name, func(w io.Writer) { w.Write(data) })
}

// rezipWith is rezip with the new part written by a function, so that a huge part is never
// held in memory: the memory of this test process would count as the child's peak.
func rezipWith(t *testing.T, workbook []byte, name string, write func(w io.Writer)) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(workbook), int64(len(workbook)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(n string, b []byte) {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range zr.File {
		if f.Name == name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		put(f.Name, b)
	}
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	write(w)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lyingBomb returns a zip whose one part claims to unpack to 1 KB and unpacks to 1 GB.
func lyingBomb(t *testing.T) []byte {
	t.Helper()
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestCompression)
	chunk := bytes.Repeat([]byte{' '}, 1<<20)
	for range 1024 {
		fw.Write(chunk)
	}
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: questionsPart, Method: zip.Deflate,
		CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 1024})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(deflated.Bytes())
	zw.Close()
	return buf.Bytes()
}

// sheetXML returns a function writing a worksheet part whose sheetData holds the rows.
func sheetXML(rows func(w io.Writer)) func(w io.Writer) {
	return func(w io.Writer) {
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		rows(w)
		io.WriteString(w, `</sheetData></worksheet>`)
	}
}

// hostileWorkbooks writes the hostile workbooks into dir, each made from a real one, and returns
// their paths with what each is.
func hostileWorkbooks(t *testing.T, bin, dir string) map[string]string {
	t.Helper()
	real := filepath.Join(dir, "real.xlsx")
	if out, err := exec.Command(bin, "sheet", "-o", real).CombinedOutput(); err != nil {
		t.Fatalf("sheet: %v\n%s", err, out)
	}
	good, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"zip bomb": rezipWith(t, good, questionsPart, sheetXML(func(w io.Writer) {
			pad := bytes.Repeat([]byte(" "), 1<<20)
			for range 300 {
				w.Write(pad)
			}
		})),
		"lying zip bomb": lyingBomb(t),
		"a million rows": rezipWith(t, good, questionsPart, sheetXML(func(w io.Writer) {
			for i := 1; i <= 1_000_000; i++ {
				fmt.Fprintf(w, `<row r="%d"><c r="A%d"><v>%d</v></c></row>`, i, i, i)
			}
		})),
		"a million empty rows": rezipWith(t, good, questionsPart, sheetXML(func(w io.Writer) {
			w.Write(bytes.Repeat([]byte("<row/>"), 1_000_000))
		})),
		"the last row and column": rezipWith(t, good, questionsPart, sheetXML(func(w io.Writer) {
			io.WriteString(w, `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`)
		})),
		"wide rows": rezipWith(t, good, questionsPart, sheetXML(func(w io.Writer) {
			for i := 1; i <= 5000; i++ {
				fmt.Fprintf(w, `<row r="%d"><c r="XFD%d" s="1"/></row>`, i, i)
			}
		})),
		"formulas and external links": withFormulas(t, good),
		"damaged":                     good[:len(good)/2],
		"random bytes":                bytes.Repeat([]byte{0x50, 0x4b, 0x03, 0x04, 0xff}, 4000),
		"encrypted":                   append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 4096)...),
		"empty":                       nil,
		"not a sheet":                 rezip(t, good, "xl/workbook.xml", []byte("<not-a-workbook/>")),
		"text":                        []byte("storage-location,yes\n"),
		"over 10 MB":                  bytes.Repeat([]byte("PK"), 6<<20),
		"no meta sheet":               rezip(t, good, "xl/worksheets/sheet3.xml", []byte("garbage")),
	}
	paths := make(map[string]string)
	i := 0
	for name, data := range files {
		i++
		p := filepath.Join(dir, fmt.Sprintf("hostile-%02d.xlsx", i))
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
	}
	return paths
}

// withFormulas returns the workbook filled in with formulas in answer cells, one of them
// reaching into another workbook, with an external link part beside them. The cached results
// look like answers; the import must read the formulas as text and refuse them.
func withFormulas(t *testing.T, good []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, c := range []struct{ at, formula string }{
		{"Instructions!B10", ""}, {"Questions!E3", `[1]Sheet1!A1`}, {"Questions!E4", `WEBSERVICE("http://example.com/")`},
		{"Questions!G3", `HYPERLINK("http://example.com/","note")`},
	} {
		sheet, at, _ := strings.Cut(c.at, "!")
		if c.formula == "" {
			f.SetCellStr(sheet, at, "Someone")
			continue
		}
		if err := f.SetCellFormula(sheet, at, c.formula); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return rezip(t, buf.Bytes(), "xl/externalLinks/externalLink1.xml",
		[]byte(`<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>`))
}

// TestHostileWorkbooks feeds hostile workbooks to import: each must fail with exit 1 and a
// short message naming the file, write nothing, never panic, and stay under
// workbookHeapBound and workbookMemoryBound.
func TestHostileWorkbooks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	for name, path := range hostileWorkbooks(t, bin, dir) {
		t.Run(name, func(t *testing.T) {
			var stderr bytes.Buffer
			out := path + ".answers.yaml"
			cmd := exec.Command(bin, "import", path, "--by", "Someone", "-o", out)
			cmd.Dir = dir
			cmd.Stderr = &stderr
			cmd.Env = append(os.Environ(), "NO_COLOR=1", "GODEBUG=gctrace=1")
			err := cmd.Run()
			code := cmd.ProcessState.ExitCode()
			msg, heap := splitGCTrace(stderr.String())
			if err == nil || code != exitFailed {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFailed, msg)
			}
			if strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine") {
				t.Fatalf("panicked:\n%s", msg)
			}
			if lines := strings.Count(strings.TrimSpace(msg), "\n") + 1; lines > 3 {
				t.Errorf("error is %d lines, want a short one:\n%s", lines, msg)
			}
			if !strings.Contains(msg, filepath.Base(path)) {
				t.Errorf("error does not name the file %s:\n%s", filepath.Base(path), msg)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("wrote %s", out)
			}
			if heap > workbookHeapBound>>20 {
				t.Errorf("peak heap %d MB, want under %d MB", heap, workbookHeapBound>>20)
			}
			// The peak resident size the kernel reports for a child is at least this process's
			// own (the child starts as a copy of it): it says something only when larger.
			var self syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &self)
			ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
			if ok && !raceEnabled && ru.Maxrss > self.Maxrss && ru.Maxrss > workbookMemoryBound>>10 {
				t.Errorf("peak memory %d KiB, want under %d MiB", ru.Maxrss, workbookMemoryBound>>20)
			}
			t.Logf("%s: peak heap %d MB: %s", name, heap, strings.TrimSpace(msg))
		})
	}
}
