package report

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// Ranked is one assessment's place in a comparison.
type Ranked struct {
	// Rank is the place, from 1; assessments that tie share a rank (1, 2, 2, 4).
	Rank int
	// Index is the assessment's position in the list given to Rank.
	Index  int
	Result *scoring.Result
}

// Rank orders assessments from the best to the worst: first by rating (after the cap a critical
// finding imposes; an unscored assessment comes last), then those without a critical finding
// before those with one, then by overall score as shown (one decimal), highest first.
// Assessments equal on all three share a rank; among them the order is by vendor name, then by
// position in the list. Rank does not modify results.
func Rank(results []*scoring.Result) []Ranked {
	ranked := make([]Ranked, len(results))
	for i, r := range results {
		ranked[i] = Ranked{Index: i, Result: r}
	}
	slices.SortStableFunc(ranked, func(a, b Ranked) int {
		if c := rankKey(a.Result).compare(rankKey(b.Result)); c != 0 {
			return c
		}
		return strings.Compare(a.Result.File.Assessment.Vendor, b.Result.File.Assessment.Vendor)
	})
	for i := range ranked {
		if i > 0 && rankKey(ranked[i].Result) == rankKey(ranked[i-1].Result) {
			ranked[i].Rank = ranked[i-1].Rank
		} else {
			ranked[i].Rank = i + 1
		}
	}
	return ranked
}

// rankingKey holds what the ranking compares, in order of precedence.
type rankingKey struct {
	band     int   // the rating's place among the bands, 0 the best; unscored or unknown last
	knockout bool  // a critical finding
	overall  int64 // the overall score in tenths, as shown
}

func rankKey(r *scoring.Result) rankingKey {
	k := rankingKey{band: math.MaxInt, knockout: criticalCount(r) > 0, overall: -1}
	if r.Scored {
		if b := r.Questionnaire.RatingRank(r.Rating); b >= 0 {
			k.band = b
		}
		k.overall = int64(math.Round(r.Overall * 10))
	}
	return k
}

// compare orders keys from the best to the worst.
func (k rankingKey) compare(o rankingKey) int {
	switch {
	case k.band != o.band:
		return cmp.Compare(k.band, o.band)
	case k.knockout != o.knockout:
		if k.knockout {
			return 1
		}
		return -1
	}
	return cmp.Compare(o.overall, k.overall)
}

// criticalCount counts the critical findings of an assessment.
func criticalCount(r *scoring.Result) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == questionnaire.SeverityCritical {
			n++
		}
	}
	return n
}

// compareVersions orders two semantic versions: negative when a is older than b, positive when
// newer, 0 when they have the same precedence. Build metadata is ignored, a pre-release is older
// than its release, and text that is not a version orders as a string, before any version.
func compareVersions(a, b string) int {
	pa, oka := parseVersion(a)
	pb, okb := parseVersion(b)
	switch {
	case !oka && !okb:
		return strings.Compare(a, b)
	case !oka:
		return -1
	case !okb:
		return 1
	}
	for i := range 3 {
		if c := cmp.Compare(pa.core[i], pb.core[i]); c != 0 {
			return c
		}
	}
	return comparePre(pa.pre, pb.pre)
}

type version struct {
	core [3]int64
	pre  []string
}

func parseVersion(v string) (version, bool) {
	v, _, _ = strings.Cut(v, "+")
	core, pre, hasPre := strings.Cut(v, "-")
	parts := strings.Split(core, ".")
	var out version
	if len(parts) != 3 {
		return out, false
	}
	for i, p := range parts {
		n, err := strconv.ParseInt(p, 10, 64)
		if err != nil || n < 0 {
			return out, false
		}
		out.core[i] = n
	}
	if hasPre {
		out.pre = strings.Split(pre, ".")
	}
	return out, true
}

// comparePre orders pre-release identifiers as Semantic Versioning 2.0.0 says.
func comparePre(a, b []string) int {
	switch {
	case len(a) == 0 && len(b) == 0:
		return 0
	case len(a) == 0:
		return 1
	case len(b) == 0:
		return -1
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		na, ea := strconv.ParseInt(a[i], 10, 64)
		nb, eb := strconv.ParseInt(b[i], 10, 64)
		var c int
		switch {
		case ea == nil && eb == nil:
			c = cmp.Compare(na, nb)
		case ea == nil:
			c = -1
		case eb == nil:
			c = 1
		default:
			c = strings.Compare(a[i], b[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}
