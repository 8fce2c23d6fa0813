package interview

import (
	"bytes"
	"path/filepath"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/report"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Report scores the answers as they stand and renders the Markdown report, with evidence paths
// resolved beside the answers file.
func (s *Session) Report() ([]byte, *scoring.Result, error) { return s.Snapshot().Report() }

// Report scores the snapshot as it would read back from its file and renders the Markdown
// report, with evidence paths resolved beside the answers file.
func (sn Snapshot) Report() ([]byte, *scoring.Result, error) {
	data, err := assessment.Marshal(sn.File, sn.QN)
	if err != nil {
		return nil, nil, err
	}
	f, err := assessment.Parse(sn.Path, data)
	if err != nil {
		return nil, nil, err
	}
	r := scoring.Score(sn.QN, f)
	var buf bytes.Buffer
	if err := report.Markdown(&buf, r, sn.ReportOptions()); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), r, nil
}

// ReportOptions are the options the report of the snapshot is rendered with.
func (sn Snapshot) ReportOptions() report.Options {
	return report.Options{EvidenceDir: filepath.Dir(sn.Path)}
}

// SummaryLines describes the overall score, rating and coverage in plain text, in the
// questionnaire's language; a draft's first line says how many questions are unanswered.
func SummaryLines(r *scoring.Result) []string {
	c := wordsFor(r.Questionnaire.Language)
	score := c.notScored
	if r.Scored {
		score = report.Score(r.Questionnaire.Language, r.Overall) + " / 100"
	}
	var lines []string
	switch {
	case r.Complete:
	case r.Unanswered == 1:
		lines = append(lines, c.draftOne)
	default:
		lines = append(lines, wordf(c.draftMany, r.Unanswered))
	}
	lines = append(lines,
		wordf(c.overallScore, score),
		wordf(c.rating, r.Rating),
		// one decimal and the language's decimal separator, as the report shows it
		wordf(c.coverage, report.Score(r.Questionnaire.Language, r.Coverage*100), r.Answered, r.Unknown, r.Unanswered, r.Visible),
	)
	if r.Recommendation != nil {
		lines = append(lines, wordf(c.recommendation, r.Recommendation.Title))
	}
	return lines
}
