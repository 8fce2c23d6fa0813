// Package files reads and writes the program's files safely: it reads only regular files and
// never blocks on a named pipe or a device; it writes atomically (a temporary file in the same
// folder, synced, then renamed into place) with mode 0600, replaces only a regular file, and
// only when asked; it follows a symbolic link to the file it names; and it locks a file that
// one process edits over time (an interview's answers file) against a second one.
//
// Messages name the file the user named, never a temporary file.
package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// NotRegularError reports a path that names something other than a regular file.
type NotRegularError struct {
	Path string
	Kind string // "a folder", "a named pipe", "a device", …
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s is %s, not a file", e.Path, e.Kind)
}

// kind describes a file mode that is not a regular file, for messages.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}

// Open opens the regular file at path for reading. It never blocks: a named pipe or a device is
// refused with a NotRegularError without waiting for a writer, and a terminal never becomes the
// program's controlling terminal.
func Open(path string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, openFlags, 0)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = &NotRegularError{Path: path, Kind: kind(info.Mode())}
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}

// Resolve returns the file that path names: path itself, or the end of the chain of symbolic
// links it starts, which may not exist yet only when path is not a link. It refuses a path
// that names something other than a regular file (a folder, a device, a named pipe), and a
// link that leads nowhere.
func Resolve(path string) (string, error) {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return path, nil
	case err != nil:
		return "", err
	case info.Mode()&fs.ModeSymlink != 0:
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return "", fmt.Errorf("%s is a symbolic link that leads to no file", path)
		}
		if info, err = os.Stat(real); err != nil {
			return "", err
		}
		if !info.Mode().IsRegular() {
			return "", &NotRegularError{Path: path, Kind: "a link to " + kind(info.Mode())}
		}
		return real, nil
	case !info.Mode().IsRegular():
		return "", &NotRegularError{Path: path, Kind: kind(info.Mode())}
	}
	return path, nil
}

// cause is the system error inside err, without the path of a temporary file that
// *fs.PathError and *os.LinkError carry.
func cause(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}
