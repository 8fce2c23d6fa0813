//go:build unix

package files

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.md")
	if err := Write(path, []byte("one"), false); err != nil {
		t.Fatal(err)
	}
	var exists *ExistsError
	if err := Write(path, []byte("two"), false); !errors.As(err, &exists) {
		t.Fatalf("second write without replace: %v, want ExistsError", err)
	}
	if err := Write(path, []byte("three"), true); err != nil {
		t.Fatal(err)
	}
	assertFile(t, path, "three")
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only r.md", len(entries))
	}
}

func TestWriteMode(t *testing.T) {
	old := syscall.Umask(0o277)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "a.answers.yaml")
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("y"), true); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
}

// TestWriteNotRegular checks that only a regular file is ever replaced, even with replace.
func TestWriteNotRegular(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "folder")
	fifo := filepath.Join(dir, "fifo")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	targets := map[string]string{"folder": folder, "fifo": fifo}
	// A device of its own (as root), never the machine's /dev/null: a bug must not replace it.
	device := filepath.Join(dir, "null")
	if err := syscall.Mknod(device, syscall.S_IFCHR|0o600, 1<<8|3); err == nil {
		targets["device"] = device
	}
	if err := os.Symlink(folder, filepath.Join(dir, "link-to-folder")); err == nil {
		targets["link to a folder"] = filepath.Join(dir, "link-to-folder")
	}
	for name, path := range targets {
		before, _ := os.Lstat(path)
		err := Write(path, []byte("x"), true)
		var nr *NotRegularError
		if !errors.As(err, &nr) {
			t.Errorf("%s: %v, want NotRegularError", name, err)
		}
		if strings.Contains(err.Error(), ".tmp-") {
			t.Errorf("%s: message names a temporary file: %v", name, err)
		}
		if after, _ := os.Lstat(path); after.Mode() != before.Mode() {
			t.Errorf("%s: mode changed from %v to %v", name, before.Mode(), after.Mode())
		}
	}
}

// TestWriteSymlink checks that a link is followed: the file it names is replaced, the link stays.
func TestWriteSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.answers.yaml")
	link := filepath.Join(dir, "link.answers.yaml")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.answers.yaml", link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, []byte("new"), false); err == nil {
		t.Error("a link to an existing file was replaced without replace")
	}
	if err := Write(link, []byte("new"), true); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	assertFile(t, real, "new")
	dangling := filepath.Join(dir, "dangling")
	if err := os.Symlink("nowhere", dangling); err != nil {
		t.Fatal(err)
	}
	if err := Write(dangling, []byte("x"), true); err == nil {
		t.Error("a dangling link was written through")
	}
}

// TestWriteRemovesStale checks that the temporary file left by a killed process is removed by
// the next write of the same file, and that one of a running process is not.
func TestWriteRemovesStale(t *testing.T) {
	dir := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("cannot run true")
	}
	stale := filepath.Join(dir, ".a.answers.yaml.tmp-"+strconv.Itoa(dead.Process.Pid)+"-123")
	live := filepath.Join(dir, ".a.answers.yaml.tmp-1-456") // init always runs
	other := filepath.Join(dir, ".b.answers.yaml.tmp-"+strconv.Itoa(dead.Process.Pid)+"-789")
	for _, p := range []string{stale, live, other} {
		if err := os.WriteFile(p, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(filepath.Join(dir, "a.answers.yaml"), []byte("x"), true); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{stale: false, live: true, other: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s exists: %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

// TestOpenNeverBlocks checks that opening a named pipe fails at once instead of waiting for a
// writer.
func TestOpenNeverBlocks(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "evil.answers.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, _, err := Open(fifo)
		done <- err
	}()
	select {
	case err := <-done:
		var nr *NotRegularError
		if !errors.As(err, &nr) || nr.Kind != "a named pipe" {
			t.Errorf("Open(fifo) = %v, want a NotRegularError for a named pipe", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Open blocked on a named pipe")
	}
}

func TestLock(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.answers.yaml")
	l, err := TakeLock(path)
	if err != nil {
		t.Fatal(err)
	}
	var held *HeldError
	if _, err := TakeLock(path); !errors.As(err, &held) || held.PID != os.Getpid() {
		t.Fatalf("second lock: %v, want HeldError naming this process", err)
	}
	if !strings.Contains(held.Error(), "process "+strconv.Itoa(os.Getpid())) {
		t.Errorf("message does not name the process: %v", held)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(LockPath(path)); !os.IsNotExist(err) {
		t.Errorf("lock file left after Release: %v", err)
	}
	second, err := TakeLock(path)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	// Releasing the first lock again must leave the one taken since in place.
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(LockPath(path)); err != nil {
		t.Errorf("a second Release removed a lock taken since: %v", err)
	}
	second.Release()
}

// TestLockStale checks that a lock left by a process that no longer runs is taken over, and that
// one from another machine is not.
func TestLockStale(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.answers.yaml")
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("cannot run true")
	}
	host, _ := os.Hostname()
	write := func(content string) {
		if err := os.WriteFile(LockPath(path), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(strconv.Itoa(dead.Process.Pid) + " " + host + " 2026-12-01T10:00:00Z\n")
	l, err := TakeLock(path)
	if err != nil {
		t.Fatalf("stale lock not taken over: %v", err)
	}
	l.Release()
	// A process killed but not yet reaped by its parent (a zombie) no longer runs either.
	zombie := exec.Command("true")
	if err := zombie.Start(); err != nil {
		t.Fatal(err)
	}
	defer zombie.Wait()
	time.Sleep(200 * time.Millisecond)
	write(strconv.Itoa(zombie.Process.Pid) + " " + host + " 2026-12-01T10:00:00Z\n")
	l, err = TakeLock(path)
	if err != nil {
		t.Fatalf("lock of a zombie not taken over: %v", err)
	}
	l.Release()
	write(strconv.Itoa(dead.Process.Pid) + " another-machine 2026-12-01T10:00:00Z\n")
	var held *HeldError
	if _, err := TakeLock(path); !errors.As(err, &held) || !strings.Contains(err.Error(), "on another-machine") {
		t.Errorf("lock of another machine: %v, want HeldError naming it", err)
	}
}

func assertFile(t *testing.T, path, want string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil || string(data) != want {
		t.Errorf("%s holds %q (%v), want %q", path, data, err, want)
	}
}
