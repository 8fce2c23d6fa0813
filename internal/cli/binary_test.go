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
		out, err := exec.Command("go", "build", "-o", binaryPath, "../../cmd/vendorcheck").CombinedOutput()
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
