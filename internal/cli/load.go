package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/google/renameio/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// scoredFile is one answers file with the questionnaire it was scored against.
type scoredFile struct {
	path     string
	file     *assessment.File
	result   *scoring.Result
	warnings []string
}

// scoreFile loads an answers file, finds its questionnaire (the --questionnaire value when
// given, else the built-in named by the file, in lang when given, else in the file's language),
// and scores it; the warnings are kept for the caller to print.
func scoreFile(path, questionnaireFlag, lang string) (*scoredFile, error) {
	f, err := assessment.Load(path)
	if err != nil {
		return nil, err
	}
	if lang != "" {
		f.Questionnaire.Language = lang
	}
	qn, err := questionnaireFor(f, questionnaireFlag)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	warnings, err := assessment.Check(f, qn)
	if err != nil {
		return nil, err
	}
	return &scoredFile{path: path, file: f, result: scoring.Score(qn, f), warnings: warnings}, nil
}

// printWarnings writes a scored file's warnings to stderr.
func (sf *scoredFile) printWarnings(std *streams) { printWarnings(std, sf.warnings) }

// printWarnings writes warnings to stderr, one line each.
func printWarnings(std *streams, warnings []string) {
	for _, w := range warnings {
		fmt.Fprintf(std.err, "vendorcheck: warning: %s\n", w)
	}
}

// questionnaireFor returns the questionnaire an answers file is to be scored with.
func questionnaireFor(f *assessment.File, flag string) (*questionnaire.Questionnaire, error) {
	if flag != "" {
		return questionnaire.Find(flag, f.Questionnaire.Language)
	}
	qn, err := questionnaire.Find(f.Questionnaire.ID, f.Questionnaire.Language)
	if err != nil {
		return nil, fmt.Errorf("%w; give the questionnaire file with --questionnaire", err)
	}
	return qn, nil
}

// writeOutput writes data to path atomically with mode 0600. An existing file is replaced only
// with force; path "-" or "" writes to out.
func writeOutput(out io.Writer, path string, data []byte, force bool) error {
	if path == "" || path == "-" {
		_, err := out.Write(data)
		return err
	}
	if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
		return fmt.Errorf("cannot write %s: folder %s does not exist", path, filepath.Dir(path))
	}
	return writeFile(path, data, force)
}

// writeFile is writeOutput to a file in a folder known to exist: a batch checks its folder
// once, not once per report.
func writeFile(path string, data []byte, force bool) error {
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s already exists; use --force to replace it", path)
		}
	}
	if err := renameio.WriteFile(path, data, 0o600, renameio.WithTempDir(filepath.Dir(path))); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
