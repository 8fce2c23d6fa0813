package assessment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameRunes bounds the vendor part of a default file name.
const maxNameRunes = 40

// DefaultName is the file name of an answers file made from the vendor and the assessment date,
// such as dingtalk-2026-11-28.answers.yaml: lowercase, words joined by hyphens, Latin letters with
// accents written without them (Škoda -> skoda), letters of other scripts kept (釘釘 stays), and
// everything else dropped, so the name never holds a path separator, a dot or "..". Without a
// vendor it is assessment-<date>; a date that is not YYYY-MM-DD is left out.
func DefaultName(f *File) string {
	name := ""
	for _, w := range nameWords(f.Assessment.Vendor) {
		next := w
		if name != "" {
			next = name + "-" + w
		}
		if utf8.RuneCountInString(next) > maxNameRunes {
			if name == "" { // one very long word: keep its beginning
				name = string([]rune(w)[:maxNameRunes])
			}
			break // otherwise stop at a whole word
		}
		name = next
	}
	if name == "" {
		name = "assessment"
	}
	if d := f.Assessment.Date; d != "" && dateProblem(d) == "" {
		name += "-" + d
	}
	return name + ".answers.yaml"
}

// nameWords splits a vendor name into the words of a file name, each written as ascii writes its
// letters; anything that is not a letter or digit separates words.
func nameWords(s string) []string {
	var words []string
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.Is(unicode.Mn, r) {
			continue // an accent written as a separate mark: drop it, keep its letter
		}
		if part := ascii(r); part != "" {
			b.WriteString(part)
			continue
		}
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	if b.Len() > 0 {
		words = append(words, b.String())
	}
	return words
}

// latin gives the unaccented letter of each rune from U+00C0 to U+017F: "-" for a rune that is
// not a letter, "*" for one written with two letters (see latinPairs).
const latin = "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y" +
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" +
	"lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"

// latinPairs are the letters of latin written with two letters.
var latinPairs = map[rune]string{'æ': "ae", 'œ': "oe", 'ß': "ss", 'þ': "th", 'ĳ': "ij",
	'Æ': "ae", 'Œ': "oe", 'Þ': "th", 'Ĳ': "ij"}

// ascii returns how a lowercase rune is written in a file name: ASCII letters and digits as
// they are, accented Latin letters without their accents, letters and digits of other scripts
// as they are, and "" for anything else.
func ascii(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r)
	case r >= 0xC0 && r < 0xC0+rune(len(latin)):
		switch c := latin[r-0xC0]; c {
		case '-':
			return ""
		case '*':
			return latinPairs[r]
		default:
			return string(c)
		}
	case r > 0x7f && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		return string(r)
	}
	return ""
}
