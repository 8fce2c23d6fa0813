package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/benchpair"
)

// BenchmarkProcess measures the program's start as a user meets it: `vendorcheck --version`,
// `list` and `report` of the default example, each run as a process in turn with a Go
// hello-world built in the same run (see benchpair.Run for the metrics; x-hello is the
// figure the targets are stated in):
//
//	go test -run '^$' -bench Process -benchtime 40x ./internal/cli
func BenchmarkProcess(b *testing.B) {
	bin := buildBinary(b)
	hello := buildHello(b)
	for _, c := range []struct {
		name string
		args []string
	}{
		{"version", []string{"--version"}},
		{"list", []string{"list"}},
		{"report", []string{"report", "../../docs/examples/singapore-byok.answers.yaml"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchpair.Run(b, "hello", benchpair.Children, func() { run(b, hello) }, func() { run(b, bin, c.args...) })
		})
	}
}

// buildHello builds a Go program that prints one line, in a module of its own.
func buildHello(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	files := map[string]string{
		"go.mod":  "module hello\n\ngo 1.26\n",
		"main.go": "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello, world\") }\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cmd := exec.Command("go", "build", "-o", "hello", ".")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("build hello-world: %v\n%s", err, out)
	}
	return filepath.Join(dir, "hello")
}

// run runs a program to its end, its output discarded.
func run(b *testing.B, name string, args ...string) {
	b.Helper()
	if err := exec.Command(name, args...).Run(); err != nil {
		b.Fatalf("%s %v: %v", name, args, err)
	}
}
