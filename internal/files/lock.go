package files

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A Lock says that one process edits a file: the file .NAME.lock beside it, created with
// O_EXCL and holding the process's id, the machine's name and the time it was taken. The
// process removes it with Release; a lock left by a process that no longer runs on this machine
// (killed, or the machine restarted) is taken over.
type Lock struct {
	mu       sync.Mutex
	path     string
	released bool
}

// HeldError reports a file locked by another process.
type HeldError struct {
	Path  string    // the file
	Lock  string    // its lock file
	PID   int       // the process that holds it, 0 when unknown
	Host  string    // the machine it runs on
	Since time.Time // when it took the lock, zero when unknown
}

func (e *HeldError) Error() string {
	who := "another process"
	if e.PID > 0 {
		who = "process " + strconv.Itoa(e.PID)
		if host, _ := os.Hostname(); e.Host != "" && e.Host != host {
			who += " on " + e.Host
		}
	}
	if !e.Since.IsZero() {
		who += " since " + e.Since.Local().Format("2006-01-02 15:04")
	}
	return fmt.Sprintf("%s is open in another interview (%s); finish that one first, or if it no longer runs, delete %s",
		e.Path, who, e.Lock)
}

// LockPath is the lock file of the file at path.
func LockPath(path string) string {
	dir, base := filepath.Split(path)
	return filepath.Join(dir, "."+base+".lock")
}

// TakeLock locks the file at path (after following symbolic links) for this process.
func TakeLock(path string) (*Lock, error) {
	real, err := Resolve(path)
	if err != nil {
		return nil, err
	}
	lockPath := LockPath(real)
	host, _ := os.Hostname()
	content := fmt.Sprintf("%d %s %s\n", os.Getpid(), host, time.Now().UTC().Format(time.RFC3339))
	for attempt := 0; ; attempt++ {
		f, err := os.OpenFile(lockPath, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			_, err = f.WriteString(content)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				os.Remove(lockPath)
				return nil, fmt.Errorf("cannot lock %s: %w", path, cause(err))
			}
			return &Lock{path: lockPath}, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("cannot lock %s: %w", path, cause(err))
		}
		held := readLock(path, lockPath)
		if attempt > 0 || held.PID <= 0 || held.Host != host || alive(held.PID) {
			return nil, held
		}
		os.Remove(lockPath) // left by a process that no longer runs: take it over, once
	}
}

// readLock reads who holds a lock from its file.
func readLock(path, lockPath string) *HeldError {
	e := &HeldError{Path: path, Lock: lockPath}
	f, _, err := Open(lockPath)
	if err != nil {
		return e
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 1024))
	if err != nil {
		return e
	}
	fields := strings.Fields(string(data))
	if len(fields) != 3 {
		return e
	}
	e.PID, _ = strconv.Atoi(fields[0])
	e.Host = fields[1]
	e.Since, _ = time.Parse(time.RFC3339, fields[2])
	return e
}

// Release removes the lock. Releasing it again, or releasing a nil lock, does nothing: a second
// release must never remove a lock another process has taken since.
func (l *Lock) Release() error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.released {
		return nil
	}
	l.released = true
	if err := os.Remove(l.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove lock: %w", cause(err))
	}
	return nil
}
