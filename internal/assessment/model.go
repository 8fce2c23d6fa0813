// Package assessment owns the answers file: the saved interview with the assessment details and
// one answer per question, read with the position of every node and written atomically.
package assessment

import "github.com/vendorcheck/vendorcheck/internal/questionnaire"

// The sources an answer can be backed by, from weakest to strongest.
const (
	SourceStated     = "stated"     // someone said so
	SourceDocumented = "documented" // a document was reviewed
	SourceVerified   = "verified"   // checked independently
)

// File is one answers file.
type File struct {
	Questionnaire Ref
	Assessment    Details
	// Answers holds one answer per question id, including ids the questionnaire does not have.
	Answers map[string]*Answer
	// Accepted lists the risks accepted for findings of this assessment; see Acceptance.
	Accepted []Acceptance
	// Name is the path or name the file was read from; empty for a file made in memory.
	Name string
	// Digest is the hex SHA-256 of the file's bytes as read; empty for a file made in memory.
	Digest string
}

// Ref names the questionnaire an answers file was made with.
type Ref struct {
	ID       string
	Version  string
	Language string
}

// Details describes the assessment.
type Details struct {
	Vendor       string
	Product      string
	Organisation string
	Assessor     string
	Interviewees []string
	// Date is the assessment date, YYYY-MM-DD: expiry dates are scored relative to it.
	Date string
}

// Answer is the answer to one question. Exactly one of Choice, Choices, Date, Text, Unknown and NA
// carries the answer; an Answer with none of them is a note without an answer (unanswered).
type Answer struct {
	Choice  string   // choice and yesno
	Choices []string // multi
	Date    string   // date, YYYY-MM-DD
	Text    string   // text
	Unknown bool     // "don't know", "vendor did not say"
	NA      bool     // not applicable (only where the question allows it)

	Note     string
	Evidence []string
	Source   string // stated, documented or verified; empty when not said
	By       string // who gave the answer
	At       string // when it was recorded, RFC 3339
	// Carried marks an answer taken over from an earlier assessment (interview --from) and
	// not yet confirmed or changed.
	Carried bool

	Pos questionnaire.Pos // where the answer is in the file; zero for answers made in memory
}

// Answered reports whether the answer carries a value (unknown and N/A included).
func (a *Answer) Answered() bool {
	return a != nil && (a.Choice != "" || len(a.Choices) > 0 || a.Date != "" || a.Text != "" || a.Unknown || a.NA)
}
