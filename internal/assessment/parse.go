package assessment

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/vendorcheck/vendorcheck/internal/files"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// MaxFileSize is the largest answers file Parse and Load accept: far beyond any real interview,
// small enough that a wrong file is refused before it is read into memory.
const MaxFileSize = 10 << 20

// emptyFile is the problem of an answers file with no content.
const emptyFile = "file is empty (an answers file is a YAML mapping with questionnaire, assessment and answers)"

// Parse decodes an answers file. name is used in problem messages and kept in File.Name; Digest
// is set to the SHA-256 of data. An answer for a question id the questionnaire lacks is kept: it
// is Check's business, not the loader's. On failure the error is a questionnaire.Problems value
// listing every problem as "name:line:col: what is wrong (what is allowed)".
func Parse(name string, data []byte) (*File, error) {
	if len(data) > MaxFileSize {
		return nil, questionnaire.Problems{{File: name, Msg: fmt.Sprintf(
			"file is larger than %d MiB, the most an answers file may have", MaxFileSize>>20)}}
	}
	root, err := questionnaire.ParseMapping(name, data, emptyFile)
	if err != nil {
		return nil, err
	}
	if questionnaire.ShapeOf(root) == questionnaire.ShapeQuestionnaire {
		return nil, questionnaire.WrongFile(name, questionnaire.ShapeQuestionnaire)
	}
	d := &decoder{file: name}
	f := d.decodeFile(root)
	if len(d.probs) > 0 {
		return nil, d.probs.Sorted()
	}
	sum := sha256.Sum256(data)
	f.Name = name
	f.Digest = hex.EncodeToString(sum[:])
	return f, nil
}

// Load reads and parses the answers file at path; see Parse.
func Load(path string) (*File, error) {
	fh, info, err := files.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load answers: %w", err)
	}
	defer fh.Close()
	var buf bytes.Buffer
	if info.Size() <= MaxFileSize {
		// Room for the whole file and the read that finds its end, as os.ReadFile does: a
		// batch loads a thousand files, and growing a buffer from 512 bytes copies each
		// several times.
		buf.Grow(int(info.Size()) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(fh, MaxFileSize+1)); err != nil {
		return nil, fmt.Errorf("load answers %s: %w", path, err)
	}
	return Parse(path, buf.Bytes())
}
