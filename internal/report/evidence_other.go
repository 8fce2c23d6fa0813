//go:build !unix

package report

import "os"

// regularFile reports whether path names a regular file, following symbolic links.
func regularFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}
