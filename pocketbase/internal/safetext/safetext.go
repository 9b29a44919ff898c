// Package safetext checks the short texts people type and others may see
// (nicknames, school names): normalised, length counted in characters rather
// than bytes, and free of characters that hide or reorder text (controls,
// bidi overrides, zero-width joiners). Such text is always shown as text,
// never as HTML; this package only keeps it honest.
package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Problem says why a text was refused; "" means none.
type Problem string

const (
	Empty             Problem = "empty"
	TooLong           Problem = "too_long"
	InvalidCharacters Problem = "invalid_characters"
)

// Clean returns raw in NFC with runs of white space (of any kind) collapsed to
// one space and trimmed, or why it cannot be used: empty, longer than
// maxRunes characters, or holding a control, format or private-use character.
func Clean(raw string, maxRunes int) (string, Problem) {
	text := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' ' // full-width and other spaces become one plain space
		}
		return r
	}, norm.NFC.String(raw))
	for _, r := range text {
		if invisible(r) {
			return "", InvalidCharacters
		}
	}
	text = strings.Join(strings.Fields(text), " ")
	count := utf8.RuneCountInString(text)
	if count == 0 {
		return "", Empty
	}
	if count > maxRunes {
		return "", TooLong
	}
	return text, ""
}

// invisible reports characters that could hide or reorder text: controls,
// format characters (bidi overrides, zero-width joiners), private use and
// anything else not printable.
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Co, r) ||
		r == utf8.RuneError || (!unicode.IsPrint(r) && r != ' ')
}
