package signature

import "strings"

// matchList reports whether s matches a pattern-list of ssh_config(5): comma-separated
// patterns with * and ?, where a pattern starting with ! excludes what it matches.
func matchList(s, list string) bool {
	matched := false
	for _, p := range strings.Split(list, ",") {
		p = strings.TrimSpace(p)
		if neg, ok := strings.CutPrefix(p, "!"); ok {
			if match(s, neg) {
				return false
			}
			continue
		}
		if match(s, p) {
			matched = true
		}
	}
	return matched
}

// match reports whether all of s matches the pattern p, where * matches any run of characters
// and ? any one character.
func match(s, p string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for i := len(s); i >= 0; i-- {
				if match(s[i:], p[1:]) {
					return true
				}
			}
			return false
		case '?':
			if s == "" {
				return false
			}
			s, p = s[1:], p[1:]
		default:
			if s == "" || s[0] != p[0] {
				return false
			}
			s, p = s[1:], p[1:]
		}
	}
	return s == ""
}
