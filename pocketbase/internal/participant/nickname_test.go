package participant

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanNickname(t *testing.T) {
	cases := []struct {
		raw, want, problem string
	}{
		{"  小明  ", "小明", ""},
		{"Li\u3000Lei", "Li Lei", ""},
		{strings.Repeat("禁", 20), strings.Repeat("禁", 20), ""},
		{strings.Repeat("禁", 21), "", "nickname_too_long"},
		{"", "", "nickname_empty"},
		{"   ", "", "nickname_empty"},
		{"abc\u202Edcba", "", "nickname_invalid_characters"},
		{"a\u200Bb", "", "nickname_invalid_characters"},
		{"tab\there", "tab here", ""},
		{"bell\a", "", "nickname_invalid_characters"},
		{"<script>", "<script>", ""},
		{"傻 逼", "", "nickname_blocked"},
		{"Big Weed", "", "nickname_blocked"},
		{"Dickens fan", "Dickens fan", ""},
	}
	for _, c := range cases {
		got, problem := CleanNickname(c.raw)
		code := ""
		if problem != nil {
			code = problem.Code
		}
		if code != c.problem || (c.problem == "" && got != c.want) {
			t.Errorf("CleanNickname(%q) = %q, %q; want %q, %q", c.raw, got, code, c.want, c.problem)
		}
	}
}

func TestGenerateNickname(t *testing.T) {
	for _, locale := range []string{"zh-cn", "en", "fr"} {
		for range 50 {
			name := GenerateNickname(locale)
			if clean, problem := CleanNickname(name); problem != nil || clean != name || utf8.RuneCountInString(name) > MaxNicknameRunes {
				t.Fatalf("%s: generated %q fails its own check", locale, name)
			}
		}
	}
}

func TestToken(t *testing.T) {
	secret := []byte("0123456789abcdef0123456789abcdef")
	token := signToken(secret, "abc123")
	if id, ok := verifyToken(secret, token); !ok || id != "abc123" {
		t.Fatalf("a signed token does not verify: %q %v", id, ok)
	}
	for _, forged := range []string{"abc124" + token[6:], token + "x", "abc123", "", ".", strings.Repeat("a", 70) + "." + token[7:]} {
		if _, ok := verifyToken(secret, forged); ok {
			t.Errorf("forged token %q verified", forged)
		}
	}
	if _, ok := verifyToken([]byte("another secret, another server.."), token); ok {
		t.Error("a token verified under another secret")
	}
}
