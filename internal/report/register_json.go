package report

import (
	"encoding/json"
	"io"

	"github.com/vendorcheck/vendorcheck/internal/register"
)

// The register in JSON, for other tools: field names may be added, never renamed. Days count
// from as_of to the date: negative when it has passed.
type jsonRegister struct {
	AsOf       string           `json:"as_of"`
	WindowDays int              `json:"window_days"`
	Files      int              `json:"files"`
	Rows       []jsonRegRow     `json:"rows"`
	Unreadable []jsonUnreadable `json:"unreadable"`
}

type jsonRegRow struct {
	Vendor         string          `json:"vendor"`
	Product        string          `json:"product"`
	Date           string          `json:"date"`
	File           string          `json:"file"`
	Assessments    int             `json:"assessments"`
	Questionnaire  string          `json:"questionnaire"`
	Version        string          `json:"version"`
	Overall        *float64        `json:"overall"`
	Rating         *string         `json:"rating"`
	Recommendation *string         `json:"recommendation"`
	Draft          bool            `json:"draft"`
	Unanswered     int             `json:"unanswered"`
	NextReview     *string         `json:"next_review"`
	ReviewDays     *int            `json:"review_days"`
	Attention      *string         `json:"attention"` // the most urgent alert's level
	Alerts         []jsonAlert     `json:"alerts"`
	Expiring       []jsonRegDate   `json:"expiring"`
	OpenFindings   []jsonFinding   `json:"open_findings"`
	Acceptances    []jsonRegAccept `json:"acceptances"`
}

type jsonAlert struct {
	Level string `json:"level"`
	Date  string `json:"date,omitempty"`
	ID    string `json:"id,omitempty"`
}

type jsonRegDate struct {
	Question string `json:"question"`
	Date     string `json:"date"`
	Days     int    `json:"days"`
	Expired  bool   `json:"expired"`
}

type jsonRegAccept struct {
	Finding string `json:"finding"`
	By      string `json:"by"`
	Until   string `json:"until"`
	Days    int    `json:"days"`
	Expired bool   `json:"expired"`
}

type jsonUnreadable struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// levelNames name the alert levels in JSON, by register.Level.
var levelNames = []string{"review-overdue", "date-expired", "acceptance-expired", "knock-out",
	"review-due", "date-expiring", "acceptance-expiring"}

// RegisterJSON writes the register as indented JSON, ending with a newline.
func RegisterJSON(w io.Writer, reg *register.Register) error {
	out := jsonRegister{AsOf: reg.AsOf, WindowDays: register.Window, Files: reg.Files,
		Rows: make([]jsonRegRow, len(reg.Rows)), Unreadable: make([]jsonUnreadable, len(reg.Unreadable))}
	for i := range reg.Rows {
		out.Rows[i] = newJSONRegRow(&reg.Rows[i])
	}
	for i, u := range reg.Unreadable {
		out.Unreadable[i] = jsonUnreadable{File: u.Path, Reason: u.Reason}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// newJSONRegRow converts one row of the register; findings the program made are worded in the
// language of the row's questionnaire.
func newJSONRegRow(row *register.Row) jsonRegRow {
	r := row.Result
	a := r.File.Assessment
	out := jsonRegRow{Vendor: a.Vendor, Product: a.Product, Date: a.Date, File: row.Path, Assessments: row.Assessments,
		Questionnaire: r.Questionnaire.ID, Version: r.Questionnaire.Version, Rating: optString(r.Rating),
		Draft: row.Draft, Unanswered: row.Unanswered, NextReview: optString(row.NextReview),
		Alerts: make([]jsonAlert, len(row.Alerts)), Expiring: make([]jsonRegDate, len(row.Expiring)),
		OpenFindings: make([]jsonFinding, len(row.Open)), Acceptances: make([]jsonRegAccept, len(row.Acceptances))}
	if r.Scored {
		out.Overall = optScore(r.Overall, 1)
	}
	if r.Recommendation != nil {
		out.Recommendation = &r.Recommendation.Title
	}
	if row.NextReview != "" {
		out.ReviewDays = &row.ReviewDays
	}
	for i, al := range row.Alerts {
		out.Alerts[i] = jsonAlert{Level: levelNames[al.Level], Date: al.Date, ID: al.ID}
	}
	if len(row.Alerts) > 0 {
		out.Attention = &out.Alerts[0].Level
	}
	for i, e := range row.Expiring {
		out.Expiring[i] = jsonRegDate{Question: e.Question.ID, Date: e.Date, Days: e.Days, Expired: e.Expired()}
	}
	msg := messagesFor(r.Questionnaire.Language)
	for i, f := range row.Open {
		out.OpenFindings[i] = msg.jsonFinding(f)
	}
	for i, ac := range row.Acceptances {
		out.Acceptances[i] = jsonRegAccept{Finding: ac.Finding, By: ac.By, Until: ac.Until, Days: ac.Days, Expired: ac.Expired()}
	}
	return out
}
