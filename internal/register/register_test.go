package register

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// minimal loads the example questionnaire: storage-location "abroad" is a critical finding,
// past-breach "yes" a high one, and cert-expiry (asked when certifications include iso27001) an
// expiry date. Its recommendations ask for no review.
func minimal(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	qn, err := questionnaire.Load("../../docs/examples/questionnaire-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return qn
}

// reviewed is the example questionnaire with every recommendation asking for a review after 12
// months.
func reviewed(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	qn := minimal(t)
	for i := range qn.Recommendations {
		qn.Recommendations[i].ReviewMonths = 12
	}
	return qn
}

// spec describes one assessment of a test.
type spec struct {
	vendor, product, date string
	storage               string // the storage-location option: "abroad" is a knock-out
	expiry                string // the certificate's expiry date; "" for none
	accepted              []assessment.Acceptance
}

// assess scores an assessment made from a spec.
func assess(t testing.TB, qn *questionnaire.Questionnaire, path string, s spec) Assessment {
	t.Helper()
	f := assessment.NewFile(qn, assessment.Details{Vendor: s.vendor, Product: s.product, Date: s.date})
	f.Answers["storage-location"] = &assessment.Answer{Choice: cmpOr(s.storage, "macao")}
	if s.expiry != "" {
		f.Answers["certifications"] = &assessment.Answer{Choices: []string{"iso27001"}}
		f.Answers["cert-expiry"] = &assessment.Answer{Date: s.expiry}
	}
	f.Accepted = s.accepted
	return Assessment{Path: path, Result: scoring.Score(qn, f)}
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// accept is an acceptance of the finding until the day.
func accept(id, until string) assessment.Acceptance {
	return assessment.Acceptance{Finding: id, By: "DPO", On: "2020-01-01", Until: until, Reason: "r"}
}

func TestDays(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from, to string
		want     int
	}{
		{"2026-12-02", "2026-12-02", 0},
		{"2026-12-02", "2026-12-03", 1},
		{"2026-12-03", "2026-12-02", -1},
		{"2026-12-31", "2027-01-01", 1},       // a year end
		{"2026-01-31", "2026-02-28", 28},      // a month end into February
		{"2026-01-31", "2026-03-01", 29},      // no 29 February in 2026
		{"2028-01-31", "2028-03-01", 30},      // a leap year has it
		{"2028-02-28", "2028-03-01", 2},       // across the leap day
		{"2024-02-29", "2025-02-28", 365},     // from a leap day to the day before its anniversary
		{"2024-02-29", "2028-02-29", 1461},    // four years, one leap day
		{"2026-11-30", "2027-02-28", 90},      // 31 + 31 + 28
		{"2027-12-01", "2028-02-29", 90},      // 30 + 31 + 29
		{"2099-12-31", "2100-03-01", 60},      // 2100 is not a leap year
		{"0001-01-01", "9999-12-31", 3652058}, // far apart, no overflow
		{"2026-12-02", "2026-02-30", 0},       // not a date
		{"someday", "2026-12-02", 0},          // not a date
		{"2026-03-29", "2026-03-30", 1},       // a daylight-saving change elsewhere does not matter
		{"2026-10-24", "2026-10-26", 2},
	}
	for _, tt := range tests {
		if got := Days(tt.from, tt.to); got != tt.want {
			t.Errorf("Days(%s, %s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestExpiryWindow checks when an expiry date counts as expired or expiring, at the edges of
// the window, across month ends and leap days.
func TestExpiryWindow(t *testing.T) {
	t.Parallel()
	qn := minimal(t)
	tests := []struct {
		asOf, expiry string
		want         []Alert // nil: the date is not listed
	}{
		{"2026-12-02", "2026-12-02", []Alert{{DateExpired, "2026-12-02", "cert-expiry"}}}, // on the day: expired
		{"2026-12-02", "2026-12-01", []Alert{{DateExpired, "2026-12-01", "cert-expiry"}}},
		{"2026-12-02", "2026-12-03", []Alert{{DateExpiring, "2026-12-03", "cert-expiry"}}},
		{"2026-12-02", "2027-03-02", []Alert{{DateExpiring, "2027-03-02", "cert-expiry"}}}, // 90 days
		{"2026-12-02", "2027-03-03", nil},                                                  // 91 days
		{"2026-11-30", "2027-02-28", []Alert{{DateExpiring, "2027-02-28", "cert-expiry"}}}, // 90 days over month ends
		{"2026-11-29", "2027-02-28", nil},
		{"2027-12-01", "2028-02-29", []Alert{{DateExpiring, "2028-02-29", "cert-expiry"}}}, // 90 days to a leap day
		{"2027-11-30", "2028-02-29", nil},
		{"2028-03-01", "2028-02-29", []Alert{{DateExpired, "2028-02-29", "cert-expiry"}}},
	}
	for _, tt := range tests {
		a := assess(t, qn, "a.yaml", spec{vendor: "V", date: "2026-01-01", expiry: tt.expiry})
		row := Build([]Assessment{a}, nil, tt.asOf).Rows[0]
		if !slices.Equal(row.Alerts, tt.want) {
			t.Errorf("as of %s, expiry %s: alerts %v, want %v", tt.asOf, tt.expiry, row.Alerts, tt.want)
		}
		if listed := len(row.Expiring) == 1; listed != (tt.want != nil) {
			t.Errorf("as of %s, expiry %s: listed %v", tt.asOf, tt.expiry, listed)
		} else if listed && row.Expiring[0].Days != Days(tt.asOf, tt.expiry) {
			t.Errorf("as of %s, expiry %s: %d days", tt.asOf, tt.expiry, row.Expiring[0].Days)
		}
	}
}

// TestAcceptanceWindow checks when an accepted risk counts as expired or expiring, and that
// only an acceptance that still holds keeps a critical finding from being a knock-out.
func TestAcceptanceWindow(t *testing.T) {
	t.Parallel()
	qn := minimal(t)
	tests := []struct {
		asOf, until string
		want        []Alert
		open        int
	}{
		{"2026-12-02", "2026-12-02", []Alert{{AcceptanceExpiring, "2026-12-02", "storage-location"}}, 0}, // its last day
		{"2026-12-02", "2026-12-01", []Alert{{AcceptanceExpired, "2026-12-01", "storage-location"},
			{KnockOut, "", "storage-location"}}, 1},
		{"2026-12-02", "2027-03-02", []Alert{{AcceptanceExpiring, "2027-03-02", "storage-location"}}, 0},
		{"2026-12-02", "2027-03-03", nil, 0},
		{"2024-03-01", "2024-02-29", []Alert{{AcceptanceExpired, "2024-02-29", "storage-location"},
			{KnockOut, "", "storage-location"}}, 1},
	}
	for _, tt := range tests {
		a := assess(t, qn, "a.yaml", spec{vendor: "V", date: "2020-01-01", storage: "abroad",
			accepted: []assessment.Acceptance{accept("storage-location", tt.until)}})
		row := Build([]Assessment{a}, nil, tt.asOf).Rows[0]
		if !slices.Equal(row.Alerts, tt.want) || len(row.Open) != tt.open {
			t.Errorf("as of %s, until %s: alerts %v with %d open, want %v with %d", tt.asOf, tt.until, row.Alerts, len(row.Open), tt.want, tt.open)
		}
	}
	// Without an acceptance the critical finding is a knock-out, and high findings are open too.
	f := assess(t, qn, "a.yaml", spec{vendor: "V", date: "2020-01-01", storage: "abroad"})
	f.Result.File.Answers["past-breach"] = &assessment.Answer{Choice: "yes"}
	f.Result = scoring.Score(qn, f.Result.File)
	row := Build([]Assessment{f}, nil, "2026-12-02").Rows[0]
	if want := []Alert{{KnockOut, "", "storage-location"}}; !slices.Equal(row.Alerts, want) || len(row.Open) != 2 {
		t.Errorf("alerts %v with %d open, want %v with 2", row.Alerts, len(row.Open), want)
	}
}

// TestReviewWindow checks when the next review (the assessment date plus 12 months, a month
// end kept as the month's last day) counts as overdue or due.
func TestReviewWindow(t *testing.T) {
	t.Parallel()
	qn := reviewed(t)
	tests := []struct {
		date, asOf, due string
		want            []Alert
	}{
		{"2025-12-02", "2026-12-02", "2026-12-02", []Alert{{ReviewDue, "2026-12-02", ""}}}, // due today
		{"2025-12-01", "2026-12-02", "2026-12-01", []Alert{{ReviewOverdue, "2026-12-01", ""}}},
		{"2026-03-02", "2026-12-02", "2027-03-02", []Alert{{ReviewDue, "2027-03-02", ""}}}, // 90 days ahead
		{"2026-03-03", "2026-12-02", "2027-03-03", nil},
		{"2024-02-29", "2025-02-28", "2025-02-28", []Alert{{ReviewDue, "2025-02-28", ""}}}, // a leap day's anniversary
		{"2024-02-29", "2025-03-01", "2025-02-28", []Alert{{ReviewOverdue, "2025-02-28", ""}}},
		{"2025-01-31", "2026-02-01", "2026-01-31", []Alert{{ReviewOverdue, "2026-01-31", ""}}},
	}
	for _, tt := range tests {
		a := assess(t, qn, "a.yaml", spec{vendor: "V", date: tt.date})
		row := Build([]Assessment{a}, nil, tt.asOf).Rows[0]
		if row.NextReview != tt.due || !slices.Equal(row.Alerts, tt.want) || row.ReviewDays != Days(tt.asOf, tt.due) {
			t.Errorf("assessed %s, as of %s: review %s (%d days) with %v, want %s with %v",
				tt.date, tt.asOf, row.NextReview, row.ReviewDays, row.Alerts, tt.due, tt.want)
		}
	}
}

// TestUrgencyOrder checks the order of the rows: an overdue review first, then an expired
// certificate, an expired acceptance, a knock-out, then what falls due within the window, then
// the rest by vendor; within a level the longest overdue first.
func TestUrgencyOrder(t *testing.T) {
	t.Parallel()
	qn := reviewed(t)
	specs := []spec{
		{vendor: "Calm", date: "2026-06-01"},
		{vendor: "Knockout", date: "2026-06-01", storage: "abroad"},
		{vendor: "Cert expired long ago", date: "2026-06-01", expiry: "2026-01-31"},
		{vendor: "Cert expired lately", date: "2026-06-01", expiry: "2026-11-30"},
		{vendor: "Cert expiring", date: "2026-06-01", expiry: "2027-02-28"},
		{vendor: "Acceptance expired", date: "2026-06-01", storage: "abroad",
			accepted: []assessment.Acceptance{accept("storage-location", "2026-11-01")}},
		{vendor: "Acceptance expiring", date: "2026-06-01", storage: "abroad",
			accepted: []assessment.Acceptance{accept("storage-location", "2027-01-31")}},
		{vendor: "alpha calm", date: "2026-06-01"},
		{vendor: "Review overdue", date: "2025-10-15"},
		{vendor: "Review overdue longer", date: "2025-09-30", storage: "abroad"},
		{vendor: "Review due", date: "2025-12-31"},
	}
	tests := []struct {
		asOf string
		want string
	}{
		{"2026-12-02", "Review overdue longer, Review overdue, Cert expired long ago, Cert expired lately, " +
			"Acceptance expired, Knockout, Review due, Cert expiring, Acceptance expiring, alpha calm, Calm"},
		// Two months earlier, one review is overdue by a day and another due in two weeks; the
		// later certificate and the first acceptance still hold and fall within the window; the
		// rest is calm, by vendor.
		{"2026-10-01", "Review overdue longer, Cert expired long ago, Knockout, Review overdue, Cert expired lately, " +
			"Acceptance expired, Acceptance expiring, alpha calm, Calm, Cert expiring, Review due"},
		// Later, every review, certificate and acceptance given a date has run out.
		{"2027-03-01", "Review overdue longer, Review overdue, Review due, Cert expired long ago, Cert expired lately, " +
			"Cert expiring, Acceptance expired, Acceptance expiring, Knockout, alpha calm, Calm"},
	}
	var all []Assessment
	for i, s := range specs {
		all = append(all, assess(t, qn, string(rune('a'+i))+".yaml", s))
	}
	for _, tt := range tests {
		reg := Build(all, nil, tt.asOf)
		var got []string
		for _, r := range reg.Rows {
			got = append(got, r.Result.File.Assessment.Vendor)
		}
		if g := strings.Join(got, ", "); g != tt.want {
			t.Errorf("as of %s:\n got %s\nwant %s", tt.asOf, g, tt.want)
		}
	}
}

// TestLatest checks that each vendor and product keeps its latest assessment, names compared
// without regard to case and spacing, and that unreadable files are kept, sorted.
func TestLatest(t *testing.T) {
	t.Parallel()
	qn := minimal(t)
	all := []Assessment{
		assess(t, qn, "lark-2024.yaml", spec{vendor: "Lark", product: "Pro", date: "2024-11-20"}),
		assess(t, qn, "lark-2026.yaml", spec{vendor: "lark ", product: " pro", date: "2026-11-20"}),
		assess(t, qn, "lark-2025.yaml", spec{vendor: "LARK", product: "Pro", date: "2025-11-20"}),
		assess(t, qn, "lark-basic.yaml", spec{vendor: "Lark", product: "Basic", date: "2023-01-01"}),
		assess(t, qn, "b/slack.yaml", spec{vendor: "Slack", date: "2026-01-01"}),
		assess(t, qn, "a/slack.yaml", spec{vendor: "Slack", date: "2026-01-01"}),
	}
	bad := []Unreadable{{"z.yaml", "broken"}, {"a.yaml", "empty"}}
	reg := Build(all, bad, "2026-12-02")
	var got []string
	for _, r := range reg.Rows {
		got = append(got, r.Path+"×"+string(rune('0'+r.Assessments)))
	}
	if g, want := strings.Join(got, " "), "lark-basic.yaml×1 lark-2026.yaml×3 b/slack.yaml×2"; g != want {
		t.Errorf("rows %s, want %s", g, want)
	}
	if reg.Files != 6 || reg.Unreadable[0].Path != "a.yaml" || len(bad) != 2 || bad[0].Path != "z.yaml" {
		t.Errorf("files %d, unreadable %v (given %v)", reg.Files, reg.Unreadable, bad)
	}
}
