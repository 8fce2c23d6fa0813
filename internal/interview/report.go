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
// questionnaire's language (its numbers and counts written as the report writes them in that
// language); a draft's first line says how many questions are unanswered.
func SummaryLines(r *scoring.Result) []string {
	c := wordsFor(r.Questionnaire.Language)
	score := c.notScored
	if r.Scored {
		score = report.Score(c.tag, r.Overall) + " / 100"
	}
	var lines []string
	if !r.Complete {
		lines = append(lines, c.count(c.draft, r.Unanswered))
	}
	lines = append(lines,
		wordf(c.overallScore, score),
		wordf(c.rating, r.Rating),
		// one decimal and the language's decimal separator, as the report shows it; each count
		// in the number it asks for
		wordf(c.coverage, report.Score(c.tag, r.Coverage*100), c.count(c.answered, r.Answered),
			c.count(c.unknown, r.Unknown), c.count(c.unanswered, r.Unanswered), c.count(c.scored, r.Visible)),
	)
	if r.Recommendation != nil {
		lines = append(lines, wordf(c.recommendation, r.Recommendation.Title))
	}
	return lines
}
