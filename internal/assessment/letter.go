package assessment

import "unicode"

// isLetter reports whether a non-ASCII rune may stay in a file name: letters and digits of any
// script, so that a vendor named in Chinese keeps a readable name.
func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
