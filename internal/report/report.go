// Package report renders scored assessments: the Markdown report and the JSON result of one
// assessment (and, in their own files, the comparison, the diff and the interview guide).
// Everything a person typed goes through the escaping helpers of escape.go, so that it reads
// as the same text in every Markdown renderer. Rendering is deterministic: it reads no clock,
// and the same result gives the same bytes.
package report

import (
	"bufio"
	"errors"
	"io"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Options tunes the Markdown report.
type Options struct {
	// AnswersDigest is the hex SHA-256 of the answers file the result was scored from; empty
	// means the result's File.Digest.
	AnswersDigest string
	// EvidenceDir is the folder that relative evidence paths resolve against, normally the
	// answers file's folder; empty means the current folder.
	EvidenceDir string
	// EvidenceFolders are other folders whose files evidence entries may name (by absolute
	// path); files outside EvidenceDir and these are never read.
	EvidenceFolders []string
	// Evidence, when not nil, remembers the evidence files (and the entries that name none)
	// across the reports of one run, so that a batch looks each one up once. Leave it nil
	// where the files may change between two reports.
	Evidence *EvidenceCache
}

// errNoResult is returned when there is nothing to render.
var errNoResult = errors.New("no scored result to render")

// Markdown writes the report of one scored assessment to w, in the questionnaire's language
// (English when the package has no words for it). It opens with what a reader needs first: the
// title with the vendor and the date, a banner on a draft, the rating, the score, the
// recommendation with its reasons and the next review; then the action plan (every open
// finding, most severe first), the accepted risks and the answers carried over (each only when
// there are any), the assessment details and the section scores, every answer, the answers not
// in this version (if any), and an appendix: how the score is computed, the questionnaire, its
// references, a sign-off block and, last, the SHA-256 of the answers file.
func Markdown(w io.Writer, r *scoring.Result, opt Options) error {
	bw := bufio.NewWriterSize(w, writeBuffer)
	d := &doc{out: bw}
	if err := build(d, r, opt); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// Blocks returns the report that Markdown writes as its blocks, for drawing it another way.
func Blocks(r *scoring.Result, opt Options) ([]Block, error) {
	var d doc
	if err := build(&d, r, opt); err != nil {
		return nil, err
	}
	return d.blocks, nil
}

// build makes the document of the report in d.
func build(d *doc, r *scoring.Result, opt Options) error {
	if r == nil || r.Questionnaire == nil || r.File == nil {
		return errNoResult
	}
	if opt.AnswersDigest == "" {
		opt.AnswersDigest = r.File.Digest
	}
	m := &markdown{d: d, r: r, opt: opt, msg: messagesFor(r.Questionnaire.Language),
		findingsOf: map[*questionnaire.Question][]scoring.Finding{}, ruleFindingsOf: map[*questionnaire.Section][]scoring.Finding{}}
	for _, f := range r.Findings {
		if f.Rule != nil {
			m.ruleFindingsOf[f.Rule.Section] = append(m.ruleFindingsOf[f.Rule.Section], f)
			continue
		}
		m.findingsOf[f.Question] = append(m.findingsOf[f.Question], f)
	}
	m.title()
	m.verdict()
	m.actionPlan()
	m.acceptedRisks()
	m.carried()
	m.details()
	m.sectionTable()
	m.answers()
	m.extra()
	m.method()
	m.about()
	m.references()
	m.signOff()
	m.digest()
	return nil
}

// markdown holds the state of one Markdown report being written.
type markdown struct {
	r   *scoring.Result
	opt Options
	msg *messages // the words of the questionnaire's language
	d   *doc
	// items is room for the list of a question, used again by the next (see question).
	items []string
	// findingsOf holds each question's findings, in the order of the result.
	findingsOf map[*questionnaire.Question][]scoring.Finding
	// ruleFindingsOf holds the findings of each section's rules, in the order of the result.
	ruleFindingsOf map[*questionnaire.Section][]scoring.Finding
}
