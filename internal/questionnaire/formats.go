package questionnaire

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	// semverRe is the regular expression of Semantic Versioning 2.0.0.
	semverRe = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
		`(-((0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
		`(\+([0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*))?$`)

	// langRe matches the common shapes of BCP 47 tags: a language, then optionally a script, a
	// region and variants ("en", "zh-Hant-MO", "pt-PT", "de-CH-1996").
	langRe = regexp.MustCompile(`^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?` +
		`(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$`)
)

// maxIDLen bounds ids so that they stay readable in reports and answers files.
const maxIDLen = 64

// validID reports whether id is a kebab-case id of reasonable length: lowercase ASCII letters
// and digits in groups joined by single hyphens. (A loop, not a regular expression: it runs for
// every id of every file.)
func validID(id string) bool { return len(id) <= maxIDLen && kebab(id) }

// kebab reports whether id is lowercase ASCII letters and digits in groups joined by single
// hyphens, whatever its length.
func kebab(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// idProblem says what is wrong with an id, after the id in a message ("is too long (…)"), or
// returns "" for a valid id.
func idProblem(id string) string {
	switch {
	case !kebab(id):
		return "is not kebab-case (" + kebabHelp + ")"
	case len(id) > maxIDLen:
		return fmt.Sprintf("is too long (%d characters; an id has at most %d)", len(id), maxIDLen)
	}
	return ""
}

// validVersion reports whether v is a semantic version such as 1.0.0.
func validVersion(v string) bool { return semverRe.MatchString(v) }

// validLanguage reports whether tag is a plausible BCP 47 language tag.
func validLanguage(tag string) bool { return langRe.MatchString(tag) }

// baseLanguage returns the language subtag of a BCP 47 tag, lowercased: "zh" for "zh-Hant-MO".
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(base)
}
