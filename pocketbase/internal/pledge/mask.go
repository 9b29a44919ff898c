package pledge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maskInitial turns the first character of a signer's name, which is all the
// browser sends, into the form shown on the wall and the verification page:
// a Chinese (or other caseless) initial keeps two stars, "张**"; a Latin
// (or other cased) one is capitalised with three, "L***". The stars never
// say how long the name is. Anything but a single letter is refused.
func maskInitial(initial string) (string, bool) {
	initial = norm.NFC.String(initial)
	if utf8.RuneCountInString(initial) != 1 {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(initial)
	if !unicode.IsLetter(r) {
		return "", false
	}
	if unicode.IsUpper(unicode.ToUpper(r)) && unicode.ToUpper(r) != unicode.ToLower(r) {
		return string(unicode.ToUpper(r)) + "***", true
	}
	return initial + strings.Repeat("*", 2), true
}
