package report

import (
	"io"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Document is a document of vendorcheck in the form every renderer reads: the language it is
// written in (a BCP 47 tag) and its blocks. Markdown and HTML write it; anything else that
// draws it (a preview, a register) reads the same blocks, so all say the same thing.
type Document struct {
	Lang   string
	Blocks []Block
}

// Markdown writes the document as Markdown.
func (d *Document) Markdown(w io.Writer) error {
	return (&doc{blocks: d.Blocks}).writeTo(w)
}

// ReportDocument returns the report of one scored assessment, as Markdown writes it.
func ReportDocument(r *scoring.Result, opt Options) (*Document, error) {
	var d doc
	if err := build(&d, r, opt); err != nil {
		return nil, err
	}
	return &Document{Lang: r.Questionnaire.Language, Blocks: d.blocks}, nil
}

// CompareDocument returns the comparison of two or more assessments, as Compare writes it.
func CompareDocument(results []*scoring.Result) (*Document, error) {
	if err := checkComparable(results); err != nil {
		return nil, err
	}
	c := newComparison(results)
	var d doc
	c.header(&d)
	c.ranking(&d)
	c.sections(&d)
	c.knockouts(&d)
	c.differences(&d)
	c.unscored(&d)
	c.digests(&d)
	return &Document{Lang: c.ref.Language, Blocks: d.blocks}, nil
}

// DiffDocument returns what changed between two assessments, as Diff writes it.
func DiffDocument(earlier, later *scoring.Result) (*Document, error) {
	df, err := newDiff(earlier, later)
	if err != nil {
		return nil, err
	}
	var d doc
	df.header(&d)
	df.summary(&d)
	df.sections(&d)
	df.findings(&d)
	df.accepted(&d)
	df.answers(&d)
	df.versions(&d)
	return &Document{Lang: later.Questionnaire.Language, Blocks: d.blocks}, nil
}

// GuideDocument returns the interview guide of a questionnaire, as Guide writes it.
func GuideDocument(qn *questionnaire.Questionnaire) *Document { return GuideDocumentFor(qn, "") }

// GuideDocumentFor is GuideDocument with only the questions for the audience (every question
// when it is ""), numbered as in the full guide and the report; the vendor's guide never holds
// the profile.
func GuideDocumentFor(qn *questionnaire.Questionnaire, audience questionnaire.Audience) *Document {
	g := &guideWriter{qn: qn, msg: messagesFor(qn.Language), numbers: qn.Numbers(), audience: audience}
	g.header()
	g.howTo()
	g.details()
	g.profile()
	for i, s := range qn.Sections {
		g.section(i+1, s)
	}
	g.references()
	return &Document{Lang: qn.Language, Blocks: g.d.blocks}
}
