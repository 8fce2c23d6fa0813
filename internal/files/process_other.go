//go:build !unix

package files

import "os"

// openFlags open a file for reading.
const openFlags = os.O_RDONLY

// alive reports whether a process with the id may run: without a way to tell, always, so that
// a lock is never taken over.
func alive(int) bool { return true }
