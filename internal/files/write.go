package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ExistsError reports a file that exists and was not to be replaced.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s already exists; use --force to replace it", e.Path)
}

// Write writes data to the file at path atomically with mode 0600: a crash leaves the old file
// or the new one, never half of one. When path is a symbolic link, the file it leads to is
// written and the link stays. An existing file is replaced only when replace is true, and only
// if it is a regular file: never a folder, a device or a named pipe. Without replace, a file
// created at path while Write runs is not replaced either.
//
// Write first removes the temporary files that an earlier write of the same file left behind
// when its process was killed.
func Write(path string, data []byte, replace bool) error {
	real, err := Resolve(path)
	var notRegular *NotRegularError
	if errors.As(err, &notRegular) {
		return fmt.Errorf("%w; nothing was written", err)
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	exists := false
	if _, err := os.Lstat(real); err == nil {
		exists = true
	}
	if exists && !replace {
		return &ExistsError{Path: path}
	}
	dir, base := filepath.Split(real)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, base)
	tmp, err := os.CreateTemp(dir, tempPrefix(base)+"*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, cause(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := writeSynced(tmp, data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, cause(err))
	}
	if replace {
		err = os.Rename(tmp.Name(), real)
	} else {
		err = link(tmp.Name(), real)
	}
	if errors.Is(err, fs.ErrExist) {
		return &ExistsError{Path: path}
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, cause(err))
	}
	done = true
	syncDir(dir)
	return nil
}

// writeSynced writes data to the new temporary file f, makes it 0600 whatever the umask, syncs
// it to disk and closes it.
func writeSynced(f *os.File, data []byte) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Chmod(0o600)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// link puts the finished temporary file at path unless a file is there: a hard link fails when
// the name is taken, where a rename would replace. On a file system without hard links it checks
// and renames.
func link(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil {
		return os.Remove(tmp)
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, statErr := os.Lstat(path); statErr == nil {
		return fs.ErrExist
	}
	return os.Rename(tmp, path)
}

// syncDir syncs the folder so that the rename survives a crash; where folders cannot be synced,
// the rename is still atomic.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// tempPrefix starts the name of a temporary file for the file named base: hidden, then the
// name, then this process's id, so that a later write can tell a file left by a killed process
// from one being written now.
func tempPrefix(base string) string {
	return "." + base + ".tmp-" + strconv.Itoa(os.Getpid()) + "-"
}

// removeStale removes the temporary files of base in dir that a process no longer running left
// behind (see tempPrefix).
func removeStale(dir, base string) {
	names, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(base)+".tmp-*"))
	for _, name := range names {
		rest := strings.TrimPrefix(filepath.Base(name), "."+base+".tmp-")
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() || alive(pid) {
			continue
		}
		if info, err := os.Lstat(name); err == nil && info.Mode().IsRegular() {
			os.Remove(name)
		}
	}
}

// globEscape escapes the characters filepath.Match reads as a pattern.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
