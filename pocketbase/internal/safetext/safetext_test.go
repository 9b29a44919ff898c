package safetext

import (
	"strings"
	"testing"
)

// hostile is text people have used to spoof, hide or break what others see.
var hostile = []struct {
	name, raw string
	problem   Problem
}{
	{"bidi override makes 'evil' read 'live'", "report \u202Elive", InvalidCharacters},
	{"right-to-left mark", "abc\u200Fdef", InvalidCharacters},
	{"left-to-right embedding", "\u202Aabc\u202C", InvalidCharacters},
	{"bidi isolate", "\u2066abc\u2069", InvalidCharacters},
	{"zero-width space", "zero\u200Bwidth", InvalidCharacters},
	{"zero-width joiner", "joiner\u200D", InvalidCharacters},
	{"zero-width no-break space (BOM)", "\uFEFFname", InvalidCharacters},
	{"word joiner", "a\u2060b", InvalidCharacters},
	{"soft hyphen", "in\u00ADvisible", InvalidCharacters},
	{"Mongolian vowel separator", "a\u180Eb", InvalidCharacters},
	{"control character", "bell\u0007", InvalidCharacters},
	{"NUL", "a\u0000b", InvalidCharacters},
	{"escape sequence", "\u001b[31mred", InvalidCharacters},
	{"DEL", "a\u007Fb", InvalidCharacters},
	{"C1 control", "a\u0090b", InvalidCharacters},
	{"private use", "private\uE000use", InvalidCharacters},
	{"Hangul filler alone (a blank chip)", "\u3164", InvalidCharacters},
	{"Hangul filler padding", "小明\u3164\u3164", InvalidCharacters},
	{"halfwidth Hangul filler", "\uFFA0", InvalidCharacters},
	{"Hangul choseong filler", "\u115F\u1160", InvalidCharacters},
	{"braille blank", "\u2800\u2800", InvalidCharacters},
	{"Khmer inherent vowel", "\u17B4", InvalidCharacters},
	{"combining grapheme joiner", "a\u034Fb", InvalidCharacters},
	{"Zalgo", "Z\u0351\u0352\u0357\u035B\u0303a\u0316l\u0315g\u0358o", InvalidCharacters},
	{"a lone combining mark", "\u0301", InvalidCharacters},
	{"a mark after a space", "a \u0301b", InvalidCharacters},
	{"unpaired surrogate bytes", "a\xed\xa0\x80b", InvalidCharacters},
	{"invalid UTF-8", "a\xffb", InvalidCharacters},
	{"only spaces", " \u3000\t ", Empty},
	{"only an ideographic space", "\u3000", Empty},
	{"empty", "", Empty},
	{"very long", strings.Repeat("a", 10_000), TooLong},
	{"ten CJK plus one", strings.Repeat("校", 11), TooLong},
}

func TestCleanRefusesHostileText(t *testing.T) {
	for _, c := range hostile {
		t.Run(c.name, func(t *testing.T) {
			if got, problem := Clean(c.raw, 10); problem != c.problem || got != "" {
				t.Errorf("Clean(%q) = %q, %q; want refused as %q", c.raw, got, problem, c.problem)
			}
		})
	}
}

func TestCleanKeepsOrdinaryText(t *testing.T) {
	cases := []struct{ raw, want string }{
		{"  北京市第一中学  ", "北京市第一中学"},
		{"No.\u30001 \tA", "No. 1 A"},
		{strings.Repeat("校", 10), strings.Repeat("校", 10)},
		{"<b>hi</b>", "<b>hi</b>"},
		{"e\u0301cole", "\u00e9cole"},
		{"Nguyễn Văn", "Nguyễn Văn"},
		{"Tiếng Việt", "Tiếng Việt"},
		{"กินข้าว", "กินข้าว"},
		{"हिन्दी", "हिन्दी"},
		{"김민준", "김민준"},
		{"O'Brien-Li", "O'Brien-Li"},
		{"三(2)班", "三(2)班"},
		{"😀 happy", "😀 happy"},
	}
	for _, c := range cases {
		if got, problem := Clean(c.raw, 10); problem != "" || got != c.want {
			t.Errorf("Clean(%q) = %q, %q; want %q", c.raw, got, problem, c.want)
		}
	}
}
