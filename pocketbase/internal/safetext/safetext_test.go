package safetext

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	cases := []struct {
		raw, want string
		problem   Problem
	}{
		{"  北京市第一中学  ", "北京市第一中学", ""},
		{"No.\u30001 \tA", "No. 1 A", ""},
		{strings.Repeat("校", 10), strings.Repeat("校", 10), ""},
		{strings.Repeat("校", 11), "", TooLong},
		{strings.Repeat("a", 10_000), "", TooLong},
		{" \u3000 ", "", Empty},
		{"evil\u202Egnp.exe", "", InvalidCharacters},
		{"zero\u200Bwidth", "", InvalidCharacters},
		{"joiner\u200D", "", InvalidCharacters},
		{"private\uE000use", "", InvalidCharacters},
		{"<script>alert(1)</script>", "", TooLong},
		{"<b>hi</b>", "<b>hi</b>", ""},
		{"e\u0301cole", "\u00e9cole", ""},
	}
	for _, c := range cases {
		got, problem := Clean(c.raw, 10)
		if problem != c.problem || got != c.want {
			t.Errorf("Clean(%q) = %q, %q; want %q, %q", c.raw, got, problem, c.want, c.problem)
		}
	}
}
