package assessment

import (
	"fmt"
	"path/filepath"

	"github.com/google/renameio/v2"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// Save writes the file to path atomically: Marshal, then a temporary file in the same folder,
// synced to disk and renamed over path, so that a crash or a killed terminal leaves either the
// old file or the new one, never half of one. The file gets mode 0600, also when it replaces an
// existing file with other permissions: answers are private.
func Save(path string, f *File, qn *questionnaire.Questionnaire) error {
	data, err := Marshal(f, qn)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	pf, err := renameio.NewPendingFile(path, renameio.WithTempDir(filepath.Dir(path)), renameio.WithStaticPermissions(0o600))
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	defer pf.Cleanup()
	if _, err := pf.Write(data); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := pf.CloseAtomicallyReplace(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}
