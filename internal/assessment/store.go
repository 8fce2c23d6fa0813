package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/vendorcheck/vendorcheck/internal/files"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// A Store is the answers file of one interview, which saves it again and again. It holds the
// file's lock (files.TakeLock), so that a second interview cannot write the same file, and it
// remembers what the file held when last read or written: when the file changed on disk in the
// meantime (edited by hand, restored from a backup), Save does not overwrite it but saves to a
// new name beside it and says so. A Store is safe for concurrent use.
type Store struct {
	mu     sync.Mutex
	path   string
	lock   *files.Lock
	digest string // hex SHA-256 of the content last read or written; "" when there was none
}

// ErrExists reports an answers file that exists and is not the one being continued.
var ErrExists = errors.New("already exists")

// OpenStore locks the answers file at path for an interview of f. The file may be absent, or
// be the very file f was read from (a resumed interview). Any other existing file is refused
// with an error wrapping ErrExists unless replace is true; replace never replaces what is not a
// regular file.
func OpenStore(path string, f *File, replace bool) (*Store, error) {
	lock, err := files.TakeLock(path)
	if err != nil {
		return nil, err
	}
	digest, err := digestOf(path)
	if err == nil && digest != "" && digest != f.Digest && !replace {
		err = fmt.Errorf("%s %w; continue it with --resume %s, or use --force to start it again", path, ErrExists, path)
	}
	if err != nil {
		lock.Release()
		return nil, err
	}
	return &Store{path: path, lock: lock, digest: digest}, nil
}

// Path returns where the answers are saved: the path the store was opened on, or the new name
// Save chose when the file changed on disk.
func (st *Store) Path() string {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.path
}

// Save writes f atomically with mode 0600 (see the package files). When the file on disk is
// no longer what the store last read or wrote, it is left as it is and f goes to a free name
// beside it (x-2.answers.yaml); moved is then that name, and Path returns it from now on.
func (st *Store) Save(f *File, qn *questionnaire.Questionnaire) (moved string, err error) {
	data, err := Marshal(f, qn)
	if err != nil {
		return "", fmt.Errorf("save %s: %w", st.path, err)
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	current, err := digestOf(st.path)
	if err != nil {
		return "", fmt.Errorf("save: %w", err)
	}
	if current != st.digest {
		if err := st.moveAside(); err != nil {
			return "", err
		}
		moved = st.path
	}
	if err := files.Write(st.path, data, st.digest != ""); err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	st.digest = hex.EncodeToString(sum[:])
	return moved, nil
}

// moveAside switches the store to a free name beside its file, with its own lock.
func (st *Store) moveAside() error {
	name, err := FreeName(st.path)
	if err != nil {
		return err
	}
	lock, err := files.TakeLock(name)
	if err != nil {
		return err
	}
	st.lock.Release()
	st.path, st.lock, st.digest = name, lock, ""
	return nil
}

// Close releases the lock. The store must not be used after.
func (st *Store) Close() error {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.lock.Release()
}

// digestOf returns the hex SHA-256 of the regular file at path, "" when there is none.
func digestOf(path string) (string, error) {
	fh, _, err := files.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	defer fh.Close()
	h := sha256.New()
	if _, err := io.Copy(h, io.LimitReader(fh, MaxFileSize+1)); err != nil {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// FreeName returns a name beside path that no file has: path itself when free, else the same
// name with -2, -3, … before .answers.yaml (or before the extension).
func FreeName(path string) (string, error) {
	stem, ext := path, filepath.Ext(path)
	if strings.HasSuffix(path, ".answers.yaml") {
		ext = ".answers.yaml"
	}
	stem = strings.TrimSuffix(stem, ext)
	name := path
	for n := 2; n < 1000; n++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
		name = fmt.Sprintf("%s-%d%s", stem, n, ext)
	}
	return "", fmt.Errorf("cannot find a free name like %s", path)
}
