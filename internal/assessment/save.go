package assessment

import (
	"fmt"

	"github.com/vendorcheck/vendorcheck/internal/files"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Save writes the file to path atomically: Marshal, then a temporary file in the same folder,
// synced to disk and renamed over path, so that a crash or a killed terminal leaves either the
// old file or the new one, never half of one. The file gets mode 0600, also when it replaces an
// existing file with other permissions: answers are private. A symbolic link at path is
// followed; anything at path but a regular file is refused. The interview saves through a
// Store instead, which also checks that no one else changed the file.
func Save(path string, f *File, qn *questionnaire.Questionnaire) error {
	data, err := Marshal(f, qn)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return files.Write(path, data, true)
}
