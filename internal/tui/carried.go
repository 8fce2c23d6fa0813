package tui

import (
	"time"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// An interview started from an earlier assessment (interview --from) begins with the earlier
// answers carried over, each marked Carried until it is confirmed or changed. Carried answers
// count as open: the interview stops at each, shows it with the date of the earlier assessment,
// and enter (or an empty line at the accessible prompt) confirms it.

// carriedMessages are the interview's words for carried answers. They are a part of messages
// (its field cr), kept in their own file.
type carriedMessages struct {
	// The lines above the prompt (%[1]s the answer, %[2]s the earlier assessment's date); the
	// state in the review; the accessible line before the prompt (the same arguments) and the
	// end of the answer prompt.
	carriedAs, carriedState, carriedLine, answerKeep string
	// Stands for the date when it is not known (a resumed draft whose answer has no time).
	earlier string
}

var carriedEn = carriedMessages{
	carriedAs:    "Carried over from %[2]s: %[1]s (enter confirms it)",
	carriedState: "carried over, not confirmed",
	carriedLine:  "Carried over from %[2]s: %[1]s",
	answerKeep:   "; empty = keep the answer carried over):",
	earlier:      "an earlier assessment",
}

var carriedPt = carriedMessages{
	carriedAs:    "Transitada de %[2]s: %[1]s (enter confirma)",
	carriedState: "transitada, não confirmada",
	carriedLine:  "Transitada de %[2]s: %[1]s",
	answerKeep:   "; vazio = manter a resposta transitada):",
	earlier:      "uma avaliação anterior",
}

var carriedZhHant = carriedMessages{
	carriedAs:    "沿用自%[2]s：%[1]s（按enter確認）",
	carriedState: "沿用，未確認",
	carriedLine:  "沿用自%[2]s：%[1]s",
	answerKeep:   "；留空 = 保留沿用的答案）：",
	earlier:      "較早的評估",
}

// confirmed returns a carried answer as confirmed: the same answer, no longer marked.
func confirmed(a *assessment.Answer) *assessment.Answer {
	c := *a
	c.Carried = false
	return &c
}

// carriedText describes a carried answer with the date of the assessment it came from: the
// session's CarriedFrom, else (a resumed draft) the day the answer was recorded.
func carriedText(c *messages, s *interview.Session, format string, q *questionnaire.Question, a *assessment.Answer) string {
	from := s.CarriedFrom
	if at, err := time.Parse(time.RFC3339, a.At); from == "" && err == nil {
		from = at.Format(time.DateOnly)
	}
	if from == "" {
		from = c.cr.earlier
	}
	return msgf(format, describe(c, q, a), from)
}
