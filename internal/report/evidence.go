package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
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
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() {
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

// evidenceItem renders one evidence entry: the entry as typed, and for a file its SHA-256.
func (m *messages) evidenceItem(dir, entry string) string {
	digest, isFile, err := evidenceFile(dir, entry)
	text := Text(entry)
	switch {
	case !isFile:
		return text
	case err != nil:
		return text + m.fileUnreadable
	}
	return text + fmt.Sprintf(m.fileDigest, digest)
}
