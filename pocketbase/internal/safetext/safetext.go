// Package safetext is Jindu's one check for text people type that others will
// see (nicknames, rosters, class names, session titles, teacher names and
// schools, pledge schools): normalised, length counted in characters rather
// than bytes, and free of what can hide, fake or reorder text: controls,
// bidi overrides, zero-width and other format characters, private use,
// letters that draw nothing (the Hangul filler that shows as a blank chip),
// and heaps of combining marks ("Zalgo" text that spills over other lines).
// Such text is always shown as text, never as HTML; this package only keeps
// it honest.
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

// maxMarks is the most combining marks one character may carry after NFC:
// Vietnamese, Thai and Devanagari need two or three; more is decoration.
const maxMarks = 3

// Clean returns raw in NFC with runs of white space (of any kind) collapsed to
// one space and trimmed, or why it cannot be used: empty (nothing visible),
// longer than maxRunes characters, or holding a character that hides, fakes
// or reorders text.
func Clean(raw string, maxRunes int) (string, Problem) {
	text := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' ' // full-width and other spaces become one plain space
		}
		return r
	}, norm.NFC.String(raw))
	marks := 0
	for i, r := range text {
		if invisible(r) {
			return "", InvalidCharacters
		}
		if !unicode.In(r, unicode.Mn, unicode.Me) {
			marks = 0
			continue
		}
		marks++
		if marks > maxMarks || i == 0 || text[i-1] == ' ' {
			return "", InvalidCharacters // too many marks, or a mark with nothing to sit on
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
// format characters (bidi overrides, zero-width joiners), private use,
// letters that draw nothing, and anything else not printable.
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Co, r) ||
		r == utf8.RuneError || blank(r) || (!unicode.IsPrint(r) && r != ' ')
}

// blank reports letters and symbols that draw nothing: Hangul fillers, the
// braille blank, Khmer inherent vowels and the combining grapheme joiner.
func blank(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x17B4, 0x17B5, 0x034F:
		return true
	}
	return false
}
