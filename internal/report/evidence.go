package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"github.com/vendorcheck/vendorcheck/internal/files"
)

// MaxEvidenceSize is the largest evidence file whose SHA-256 a report computes; a larger one is
// named as a file, with its size, and not read.
const MaxEvidenceSize = 100 << 20

// evidenceFile says whether an evidence entry names a regular file that the report may read
// and, if so, the hex SHA-256 of its content. Relative paths resolve against dir. Only files
// under dir, or under one of the folders (see Options.EvidenceFolders), are looked at, after
// following symbolic links: an entry such as ../../etc/shadow or /etc/hostname stays text, so a
// report never shows which files exist elsewhere nor a digest that would let a short secret be
// guessed. Only regular files are read, never a device, a pipe or a pseudo-file (those of /proc
// report a size they do not have), and only up to MaxEvidenceSize: the report cannot hang.
func evidenceFile(dir string, folders []string, entry string) evidenceLookup {
	entry = strings.TrimSpace(entry)
	if entry == "" || strings.ContainsAny(entry, "\x00\n\r") {
		return evidenceLookup{}
	}
	path := entry
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	// Most entries are free text: one stat call tells, before the costlier checks of where the
	// file lies (which say nothing more to the report: a file outside is shown as text too).
	if !regularFile(path) || !within(path, dir, folders) {
		return evidenceLookup{}
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil || !within(real, dir, folders) {
		return evidenceLookup{}
	}
	f, info, err := files.Open(real)
	if err != nil {
		return evidenceLookup{isFile: true, err: fmt.Errorf("open evidence %s: %w", entry, err)}
	}
	defer f.Close()
	if info.Size() > MaxEvidenceSize {
		return evidenceLookup{isFile: true, size: info.Size()}
	}
	h := sha256.New()
	n, err := io.Copy(h, io.LimitReader(f, info.Size()+1))
	if err == nil && n != info.Size() {
		err = fmt.Errorf("read %d bytes of a file of %d", n, info.Size())
	}
	if err != nil {
		return evidenceLookup{isFile: true, err: fmt.Errorf("read evidence %s: %w", entry, err)}
	}
	return evidenceLookup{digest: hex.EncodeToString(h.Sum(nil)), isFile: true}
}

// within reports whether path lies in dir or in one of folders, after following the symbolic
// links of those folders (not of path: the caller resolves it).
func within(path, dir string, folders []string) bool {
	for _, root := range append([]string{dir}, folders...) {
		if root == "" {
			root = "."
		}
		for _, r := range []string{root, resolved(root)} {
			rel, err := filepath.Rel(absPath(r), absPath(path))
			if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel) {
				return true
			}
		}
	}
	return false
}

// resolved is path with its symbolic links followed, or path when that fails.
func resolved(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	return path
}

// absPath is path made absolute, or path when that fails.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// EvidenceCache remembers what evidenceFile found for the reports of one run (see
// Options.Evidence): the reports of a batch cite the same entries over and over, and each
// lookup costs a system call, or reading and hashing a file. The zero value is ready to use;
// it is safe for concurrent use.
type EvidenceCache struct {
	m sync.Map // evidenceKey → evidenceLookup
}

type evidenceKey struct{ dir, entry string }

// evidenceLookup is what evidenceFile found: no file it may read (isFile false), a file with
// its digest, a file larger than MaxEvidenceSize (size), or a file that could not be read (err).
type evidenceLookup struct {
	digest string
	isFile bool
	size   int64
	err    error
}

// lookup is evidenceFile, remembered by dir and entry (the folders are the same for a whole
// run); a nil cache remembers nothing.
func (c *EvidenceCache) lookup(dir string, folders []string, entry string) evidenceLookup {
	if c == nil {
		return evidenceFile(dir, folders, entry)
	}
	k := evidenceKey{dir, entry}
	if v, ok := c.m.Load(k); ok {
		return v.(evidenceLookup)
	}
	e := evidenceFile(dir, folders, entry)
	c.m.Store(k, e)
	return e
}

// evidenceItem renders one evidence entry: the entry as typed (text, escaped), and for a file
// its SHA-256.
func (m *messages) evidenceItem(opt Options, entry, text string) string {
	e := opt.Evidence.lookup(opt.EvidenceDir, opt.EvidenceFolders, entry)
	switch {
	case !e.isFile:
		return text
	case e.err != nil:
		return text + m.fileUnreadable
	case e.size > 0:
		return text + fmt.Sprintf(m.fileTooLarge, MaxEvidenceSize>>20)
	}
	return text + fmt.Sprintf(m.fileDigest, e.digest)
}
