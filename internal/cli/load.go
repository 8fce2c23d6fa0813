package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/files"
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
	var probs questionnaire.Problems
	if errors.As(err, &probs) {
		return nil, err // each problem names the questionnaire file already
	} else if err != nil {
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
// with force, and only when it is a regular file; a symbolic link is followed to the file it
// names. Path "-", "" or /dev/stdout writes to out.
func writeOutput(out io.Writer, path string, data []byte, force bool) error {
	if path == "" || path == "-" || path == "/dev/stdout" {
		_, err := out.Write(data)
		return err
	}
	if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
		return fmt.Errorf("cannot write %s: folder %s does not exist", path, filepath.Dir(path))
	}
	return files.Write(path, data, force)
}
