package cli

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// programName is how to start this program again, for the resume command it prints: "go run"
// and the package when it was started with go run (its binary sits in go's build cache, gone
// once it ends), the path typed when it was started by path, else its name. A test binary,
// built in the cache too, is named vendorcheck.
func programName() string {
	if exe, err := os.Executable(); err == nil && strings.Contains(filepath.ToSlash(exe), "/go-build") {
		bi, ok := debug.ReadBuildInfo()
		if !ok || bi.Path == "" || strings.HasSuffix(bi.Path, ".test") {
			return "vendorcheck"
		}
		pkg := bi.Path
		if rel, ok := strings.CutPrefix(bi.Path, bi.Main.Path+"/"); ok && moduleHere(bi.Main.Path) {
			pkg = "./" + rel
		}
		return "go run " + pkg
	}
	if arg0 := os.Args[0]; strings.ContainsRune(arg0, '/') || strings.ContainsRune(arg0, filepath.Separator) {
		return shellQuote(arg0)
	}
	return "vendorcheck"
}

// moduleHere reports whether the working folder is the root of the Go module with the path.
func moduleHere(module string) bool {
	f, err := os.Open("go.mod")
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`) == module
		}
	}
	return false
}

// shellQuote quotes s for a POSIX shell when it holds anything but letters, digits and
// -_./:@%+=,.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:@%+=,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
