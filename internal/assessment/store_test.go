package assessment

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/files"
)

// TestOpenStore checks which existing files an interview may take as its answers file: the
// one it resumes, or any regular file with replace; never another one without replace.
func TestOpenStore(t *testing.T) {
	qn := mustLoadMinimal(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.answers.yaml")
	b := filepath.Join(dir, "b.answers.yaml")
	if err := Save(a, awkwardFile(t), qn); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("KEEP\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	resumed, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	st, err := OpenStore(a, resumed, false)
	if err != nil {
		t.Fatalf("resuming a: %v", err)
	}
	var held *files.HeldError
	if _, err := OpenStore(a, resumed, false); !errors.As(err, &held) {
		t.Errorf("a second interview of a: %v, want it held", err)
	}
	st.Close()
	if _, err := OpenStore(b, resumed, false); !errors.Is(err, ErrExists) {
		t.Errorf("resume a into existing b: %v, want ErrExists", err)
	}
	if _, err := OpenStore(b, NewFile(qn, Details{}), false); !errors.Is(err, ErrExists) {
		t.Errorf("new interview into existing b: %v, want ErrExists", err)
	}
	if data, _ := os.ReadFile(b); string(data) != "KEEP\n" {
		t.Errorf("b was changed: %q", data)
	}
	st, err = OpenStore(b, resumed, true)
	if err != nil {
		t.Fatalf("with replace: %v", err)
	}
	st.Close()
}

// TestStoreChangedOnDisk checks that a file changed on disk during an interview is not
// overwritten: the answers go to a new name beside it.
func TestStoreChangedOnDisk(t *testing.T) {
	qn := mustLoadMinimal(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "v.answers.yaml")
	f := awkwardFile(t)
	st, err := OpenStore(path, f, false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if moved, err := st.Save(f, qn); err != nil || moved != "" {
		t.Fatalf("first save: moved %q, %v", moved, err)
	}
	if moved, err := st.Save(f, qn); err != nil || moved != "" {
		t.Fatalf("second save: moved %q, %v", moved, err)
	}
	edited := []byte("# edited by hand\n")
	if err := os.WriteFile(path, edited, 0o600); err != nil {
		t.Fatal(err)
	}
	moved, err := st.Save(f, qn)
	want := filepath.Join(dir, "v-2.answers.yaml")
	if err != nil || moved != want || st.Path() != want {
		t.Fatalf("save after a hand edit: moved %q, path %q, %v; want %q", moved, st.Path(), err, want)
	}
	if data, _ := os.ReadFile(path); string(data) != string(edited) {
		t.Errorf("the hand-edited file was overwritten: %q", data)
	}
	if _, err := Load(want); err != nil {
		t.Errorf("the new file: %v", err)
	}
	if _, err := os.Stat(files.LockPath(path)); !os.IsNotExist(err) {
		t.Errorf("the old name is still locked: %v", err)
	}
	if _, err := os.Stat(files.LockPath(want)); err != nil {
		t.Errorf("the new name is not locked: %v", err)
	}
	if moved, err := st.Save(f, qn); err != nil || moved != "" {
		t.Errorf("save after the move: moved %q, %v", moved, err)
	}
}

func TestLoadNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "evil.answers.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	if _, err := Load(fifo); err == nil || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("Load(fifo) = %v, want a named pipe refused", err)
	}
}
