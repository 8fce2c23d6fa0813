package report

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestEvidenceBounds checks what a report may read as evidence: only regular files under the
// answers folder (or a folder named for it), never by .. or an absolute path outside, never a
// pipe or a pseudo-file, and only up to MaxEvidenceSize.
func TestEvidenceBounds(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	dir := filepath.Join(root, "answers")
	other := filepath.Join(root, "other")
	for _, d := range []string{dir, other} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	write := func(path, data string) {
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, "secret.txt"), "abc")
	write(filepath.Join(other, "annex.txt"), "abc")
	if err := os.Symlink(filepath.Join(root, "secret.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.pdf"), 0o600); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create(filepath.Join(dir, "big.mp4"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(MaxEvidenceSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	big.Close()
	const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
	tests := []struct {
		name, dir, entry string
		folders          []string
		want             evidenceLookup
	}{
		{"dot-dot outside", dir, "../secret.txt", nil, evidenceLookup{}},
		{"absolute outside", dir, filepath.Join(root, "secret.txt"), nil, evidenceLookup{}},
		{"system file", dir, "/etc/hostname", nil, evidenceLookup{}},
		{"link leading outside", dir, "link.txt", nil, evidenceLookup{}},
		{"named pipe", dir, "pipe.pdf", nil, evidenceLookup{}},
		{"too large", dir, "big.mp4", nil, evidenceLookup{isFile: true, size: MaxEvidenceSize + 1}},
		{"folder named by a flag", dir, filepath.Join(other, "annex.txt"), []string{other}, evidenceLookup{digest: abc, isFile: true}},
		{"dot-dot into a folder named", dir, "../other/annex.txt", []string{other}, evidenceLookup{digest: abc, isFile: true}},
		{"pseudo-file", "/", "/proc/self/status", nil, evidenceLookup{}},
		{"pseudo-file pagemap", "/", "/proc/self/pagemap", nil, evidenceLookup{}},
	}
	for _, tt := range tests {
		done := make(chan evidenceLookup, 1)
		go func() { done <- evidenceFile(tt.dir, tt.folders, tt.entry) }()
		select {
		case got := <-done:
			if strings.HasPrefix(tt.name, "pseudo-file") {
				if got.digest != "" || got.err == nil {
					t.Errorf("%s: %+v, want unreadable", tt.name, got)
				}
				continue
			}
			if got != tt.want {
				t.Errorf("%s: evidenceFile(%q) = %+v, want %+v", tt.name, tt.entry, got, tt.want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: evidenceFile(%q) hangs", tt.name, tt.entry)
		}
	}
	got := messagesEn.evidenceItem(Options{EvidenceDir: dir}, "big.mp4", "big.mp4")
	if !strings.Contains(got, "larger than 100 MiB") {
		t.Errorf("evidenceItem of a large file = %q", got)
	}
}
