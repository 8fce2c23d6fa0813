package report

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// update rewrites the golden files of this package instead of comparing with them:
// go test ./internal/report -update
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// assertGolden compares got with the golden file at path (under testdata), or writes it with
// -update.
func assertGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and read the diff):\n%s", path, firstDifference(string(want), string(got)))
	}
}

// firstDifference shows the first line where got departs from want, with its number.
func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + w + "\ngot:  " + g
		}
	}
	return "(only the line ends differ)"
}

// lintMarkdown runs markdownlint-cli2 on the files, from the repository root so that its
// configuration applies to them wherever they are; it skips when the tool is not installed
// (the CI script installs it).
func lintMarkdown(t *testing.T, files ...string) {
	t.Helper()
	bin, err := exec.LookPath("markdownlint-cli2")
	if err != nil {
		t.Skip("markdownlint-cli2 is not installed (npm install -g markdownlint-cli2); skipping the Markdown lint")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	args := make([]string, len(files))
	for i, f := range files {
		if args[i], err = filepath.Abs(f); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) > 40 {
			lines = append(lines[:40], "…")
		}
		t.Errorf("markdownlint-cli2 %s: %v\n%s", strings.Join(args, " "), err, strings.Join(lines, "\n"))
	}
}
