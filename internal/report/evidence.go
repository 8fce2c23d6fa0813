package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// evidenceFile says whether an evidence entry names an existing regular file and, if so, the
// hex SHA-256 of its content. Relative paths resolve against dir. A file that exists but cannot
// be read yields its error. Only regular files are read: a device or a pipe named as evidence
// must not hang the report.
func evidenceFile(dir, entry string) (digest string, isFile bool, err error) {
	entry = strings.TrimSpace(entry)
	if entry == "" || strings.ContainsAny(entry, "\x00\n\r") {
		return "", false, nil
	}
	path := entry
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	if !regularFile(path) {
		return "", false, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", true, fmt.Errorf("open evidence %s: %w", entry, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", true, fmt.Errorf("read evidence %s: %w", entry, err)
	}
	return hex.EncodeToString(h.Sum(nil)), true, nil
}

// EvidenceCache remembers what evidenceFile found for the reports of one run (see
// Options.Evidence): the reports of a batch cite the same entries over and over, and each
// lookup costs a system call, or reading and hashing a file. The zero value is ready to use;
// it is safe for concurrent use.
type EvidenceCache struct {
	m sync.Map // evidenceKey → evidenceLookup
}

type evidenceKey struct{ dir, entry string }

type evidenceLookup struct {
	digest string
	isFile bool
	err    error
}

// lookup is evidenceFile, remembered by dir and entry; a nil cache remembers nothing.
func (c *EvidenceCache) lookup(dir, entry string) (digest string, isFile bool, err error) {
	if c == nil {
		return evidenceFile(dir, entry)
	}
	k := evidenceKey{dir, entry}
	if v, ok := c.m.Load(k); ok {
		e := v.(evidenceLookup)
		return e.digest, e.isFile, e.err
	}
	var e evidenceLookup
	e.digest, e.isFile, e.err = evidenceFile(dir, entry)
	c.m.Store(k, e)
	return e.digest, e.isFile, e.err
}

// evidenceItem renders one evidence entry: the entry as typed (text, escaped), and for a file
// its SHA-256.
func (m *messages) evidenceItem(opt Options, entry, text string) string {
	digest, isFile, err := opt.Evidence.lookup(opt.EvidenceDir, entry)
	switch {
	case !isFile:
		return text
	case err != nil:
		return text + m.fileUnreadable
	}
	return text + fmt.Sprintf(m.fileDigest, digest)
}
