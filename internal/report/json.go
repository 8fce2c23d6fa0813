package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
	"github.com/vendorcheck/vendorcheck/internal/visible"
)

// The JSON result of one assessment. The field names of DESIGN.md are a public contract: fields
// may be added, never renamed. Scores 0..100 are rounded to one decimal, shares 0..1 (coverage,
// question scores) to four; a score that could not be computed is null.
type jsonResult struct {
	Questionnaire      jsonQuestionnaire `json:"questionnaire"`
	Assessment         jsonAssessment    `json:"assessment"`
	Overall            *float64          `json:"overall"`
	Scored             bool              `json:"scored"`
	Band               *string           `json:"band"`
	Rating             *string           `json:"rating"`
	Capped             bool              `json:"capped"`
	Coverage           float64           `json:"coverage"`
	Answered           int               `json:"answered"`
	Unknown            int               `json:"unknown"`
	Unanswered         int               `json:"unanswered"`
	NA                 int               `json:"na"`
	Visible            int               `json:"visible"`
	Complete           bool              `json:"complete"`
	Sensitivity        string            `json:"sensitivity"`
	Recommendation     *string           `json:"recommendation"`
	RecommendationText string            `json:"recommendation_text,omitempty"`
	RecommendationWhy  string            `json:"recommendation_why,omitempty"`
	NextReview         string            `json:"next_review,omitempty"`
	Sections           []jsonSection     `json:"sections"`
	Findings           []jsonFinding     `json:"findings"`
	Accepted           []jsonAccepted    `json:"accepted"`
	Assurance          jsonAssurance     `json:"assurance"`
	Questions          []jsonQuestion    `json:"questions"`
	Extra              []jsonExtra       `json:"not_in_this_version"`
	AnswersSHA256      string            `json:"answers_sha256,omitempty"`
}

type jsonQuestionnaire struct {
	ID       string `json:"id"`
	Version  string `json:"version"`
	Language string `json:"language"`
	Title    string `json:"title"`
	// AnswersVersion is the version the answers were recorded with, when it differs.
	AnswersVersion string `json:"answers_version,omitempty"`
}

type jsonAssessment struct {
	Vendor       string   `json:"vendor"`
	Product      string   `json:"product"`
	Organisation string   `json:"organisation"`
	Assessor     string   `json:"assessor"`
	Interviewees []string `json:"interviewees"`
	Date         string   `json:"date"`
}

type jsonSection struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Score       *float64 `json:"score"`
	Weight      float64  `json:"weight"`
	Answered    int      `json:"answered"`
	Unknown     int      `json:"unknown"`
	Unanswered  int      `json:"unanswered"`
	NA          int      `json:"na"`
	Questions   int      `json:"questions"`
	WeightSum   float64  `json:"weight_sum"`
	WeightedSum float64  `json:"weighted_sum"`
}

// jsonFinding is a finding: a question's (question set) or a rule's (rule set, question
// absent). kind names a finding the program makes (expired, expiring: date is the expiry date);
// its text and remedy are in the questionnaire's language.
type jsonFinding struct {
	Question string `json:"question,omitempty"`
	Rule     string `json:"rule,omitempty"`
	Severity string `json:"severity"`
	Kind     string `json:"kind,omitempty"`
	Date     string `json:"date,omitempty"`
	Text     string `json:"text"`
	Remedy   string `json:"remedy"`
}

type jsonAssurance struct {
	Stated      int `json:"stated"`
	Documented  int `json:"documented"`
	Verified    int `json:"verified"`
	Unspecified int `json:"unspecified"`
}

type jsonQuestion struct {
	ID      string      `json:"id"`
	Section string      `json:"section"` // empty for a profile question
	Kind    string      `json:"kind"`
	Status  string      `json:"status"`
	Visible bool        `json:"visible"`
	Counted bool        `json:"counted"`
	Score   *float64    `json:"score"` // null unless counted
	Weight  float64     `json:"weight"`
	Problem string      `json:"problem,omitempty"`
	Answer  *jsonAnswer `json:"answer,omitempty"`
}

type jsonAnswer struct {
	Choice   string   `json:"choice,omitempty"`
	Choices  []string `json:"choices,omitempty"`
	Date     string   `json:"date,omitempty"`
	Text     string   `json:"text,omitempty"`
	Unknown  bool     `json:"unknown,omitempty"`
	NA       bool     `json:"na,omitempty"`
	Note     string   `json:"note,omitempty"`
	Evidence []string `json:"evidence,omitempty"`
	Source   string   `json:"source,omitempty"`
	By       string   `json:"by,omitempty"`
	At       string   `json:"at,omitempty"`
	Carried  bool     `json:"carried,omitempty"`
}

type jsonExtra struct {
	ID     string      `json:"id"`
	Answer *jsonAnswer `json:"answer"`
}

// JSON writes the result of one scored assessment to w as indented JSON, ending with a
// newline. The same result always gives the same bytes.
func JSON(w io.Writer, r *scoring.Result) error {
	if r == nil || r.Questionnaire == nil || r.File == nil {
		return errNoResult
	}
	return writeJSON(w, newJSONResult(r))
}

// writeJSON writes v to w as indented JSON ending with a newline. encoding/json escapes the C0
// controls; writeJSON also escapes, as \uXXXX, the other characters a terminal would act on or
// a reader could not see (C1 controls, bidi overrides, zero-width characters: visible.Hidden),
// so that the JSON printed to a terminal is safe and still decodes to the same strings. Such
// characters only occur inside strings: everything else in JSON is ASCII.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	data := buf.Bytes()
	var out []byte
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r < utf8.RuneSelf || !visible.Hidden(r) {
			if out != nil {
				out = append(out, data[i:i+size]...)
			}
			i += size
			continue
		}
		if out == nil {
			out = append(make([]byte, 0, len(data)+64), data[:i]...)
		}
		for _, u := range utf16.Encode([]rune{r}) {
			out = fmt.Appendf(out, `\u%04x`, u)
		}
		i += size
	}
	if out == nil {
		out = data
	}
	_, err := w.Write(out)
	return err
}

// newJSONResult converts a result to its JSON form.
func newJSONResult(r *scoring.Result) jsonResult {
	qn, f := r.Questionnaire, r.File
	msg := messagesFor(qn.Language)
	out := jsonResult{
		Questionnaire: jsonQuestionnaire{ID: qn.ID, Version: qn.Version, Language: qn.Language, Title: qn.Title},
		Assessment: jsonAssessment{
			Vendor: f.Assessment.Vendor, Product: f.Assessment.Product, Organisation: f.Assessment.Organisation,
			Assessor: f.Assessment.Assessor, Interviewees: nonNil(f.Assessment.Interviewees), Date: f.Assessment.Date,
		},
		Scored:      r.Scored,
		Band:        optString(r.Band),
		Rating:      optString(r.Rating),
		Capped:      r.Capped,
		Coverage:    round(r.Coverage, 4),
		Answered:    r.Answered,
		Unknown:     r.Unknown,
		Unanswered:  r.Unanswered,
		NA:          r.NA,
		Visible:     r.Visible,
		Complete:    r.Complete,
		Sensitivity: string(r.Sensitivity),
		Sections:    make([]jsonSection, len(r.Sections)),
		Findings:    make([]jsonFinding, len(r.Findings)),
		Assurance: jsonAssurance{Stated: r.Assurance.Stated, Documented: r.Assurance.Documented,
			Verified: r.Assurance.Verified, Unspecified: r.Assurance.Unspecified},
		Questions:         make([]jsonQuestion, len(r.Questions)),
		Extra:             make([]jsonExtra, len(r.Extra)),
		RecommendationWhy: msg.why(r),
		NextReview:        r.NextReview,
		AnswersSHA256:     f.Digest,
		Accepted:          newJSONAccepted(msg, r.Accepted),
	}
	if v := f.Questionnaire.Version; v != "" && v != qn.Version {
		out.Questionnaire.AnswersVersion = v
	}
	if r.Scored {
		out.Overall = optScore(r.Overall, 1)
	}
	if rec := r.Recommendation; rec != nil {
		out.Recommendation = &rec.Title
		out.RecommendationText = rec.Text
	}
	for i, s := range r.Sections {
		js := jsonSection{
			ID: s.Section.ID, Title: s.Section.Title, Weight: s.Section.Weight,
			Answered: s.Answered, Unknown: s.Unknown, Unanswered: s.Unanswered, NA: s.NA, Questions: s.Questions,
			WeightSum: round(s.WeightSum, 4), WeightedSum: round(s.WeightedSum, 4),
		}
		if s.Scored {
			js.Score = optScore(s.Score, 1)
		}
		out.Sections[i] = js
	}
	for i, fd := range r.Findings {
		out.Findings[i] = msg.jsonFinding(fd)
	}
	for i, qr := range r.Questions {
		q := qr.Question
		jq := jsonQuestion{ID: q.ID, Kind: string(q.Kind), Status: string(qr.Status), Visible: qr.Visible,
			Counted: qr.Counted, Weight: q.Weight, Answer: newJSONAnswer(qr.Answer)}
		if qr.Problem != nil {
			jq.Problem = msg.problemText(qr.Problem)
		}
		if q.Section != nil {
			jq.Section = q.Section.ID
		}
		if qr.Counted {
			jq.Score = optScore(qr.Score, 4)
		}
		out.Questions[i] = jq
	}
	for i, x := range r.Extra {
		out.Extra[i] = jsonExtra{ID: x.ID, Answer: newJSONAnswer(x.Answer)}
		if out.Extra[i].Answer == nil {
			out.Extra[i].Answer = &jsonAnswer{}
		}
	}
	return out
}

// jsonFinding converts a finding, worded in the catalogue's language where the program made it.
func (m *messages) jsonFinding(f scoring.Finding) jsonFinding {
	text, remedy := m.findingWords(f)
	jf := jsonFinding{Severity: string(f.Severity), Kind: string(f.Kind), Date: f.Date, Text: text, Remedy: remedy}
	if f.Rule != nil {
		jf.Rule = f.Rule.ID
	} else if f.Question != nil {
		jf.Question = f.Question.ID
	}
	return jf
}

// newJSONAnswer converts a recorded answer; nil stays nil.
func newJSONAnswer(a *assessment.Answer) *jsonAnswer {
	if a == nil {
		return nil
	}
	return &jsonAnswer{Choice: a.Choice, Choices: a.Choices, Date: a.Date, Text: a.Text, Unknown: a.Unknown,
		NA: a.NA, Note: a.Note, Evidence: a.Evidence, Source: a.Source, By: a.By, At: a.At, Carried: a.Carried}
}

// optScore rounds a score for JSON.
func optScore(x float64, decimals int) *float64 {
	v := round(x, decimals)
	return &v
}

// optString is nil for "", so that a missing value is null rather than an empty string.
func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nonNil turns a nil slice into an empty one, so that it is [] rather than null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
