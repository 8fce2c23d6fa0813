//go:build unix

package report

import "syscall"

// regularFile reports whether path names a regular file, following symbolic links. A report
// looks up every evidence entry, most of them not files: unlike os.Stat, this allocates no
// file information.
func regularFile(path string) bool {
	var st syscall.Stat_t
	for {
		err := syscall.Stat(path, &st)
		if err != syscall.EINTR {
			return err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG
		}
	}
}
