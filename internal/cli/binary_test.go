package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

var (
	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
)

// buildTags are the tags the README builds the program with: osusergo makes the terminal
// library's user lookup read /etc/passwd instead of asking the C library (which asks nscd over
// a socket), and netgo keeps the C resolver out, so that no socket is ever opened.
const buildTags = "osusergo,netgo"

// buildBinary builds the real vendorcheck binary once per test run and returns its path.
func buildBinary(t testing.TB) string {
	t.Helper()
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "vendorcheck-bin-")
		if err != nil {
			binaryErr = err
			return
		}
		binaryPath = filepath.Join(dir, "vendorcheck")
		out, err := exec.Command("go", "build", "-tags", buildTags, "-o", binaryPath, "../../cmd/vendorcheck").CombinedOutput()
		if err != nil {
			binaryErr = &buildError{out: string(out), err: err}
		}
	})
	if binaryErr != nil {
		t.Fatalf("build vendorcheck: %v", binaryErr)
	}
	return binaryPath
}

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }
