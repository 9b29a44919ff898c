package classroom

import (
	"errors"
	"strings"
	"testing"
)

func TestRandomCodes(t *testing.T) {
	seen := map[string]bool{}
	for range 2000 {
		code := randomCode(joinCodeDigits, codeLength)
		if len(code) != codeLength || strings.Trim(code, joinCodeDigits) != "" {
			t.Fatalf("join code %q is not six digits", code)
		}
		seen[code] = true
	}
	// 2000 draws from a million: a handful of clashes at most, never a stuck generator
	if len(seen) < 1990 {
		t.Errorf("only %d distinct join codes in 2000 draws", len(seen))
	}
	for range 200 {
		if code := randomCode(classCodeAlphabet, codeLength); len(code) != codeLength || strings.ContainsAny(code, "01ILO") {
			t.Fatalf("class code %q has a look-alike character or the wrong length", code)
		}
	}
}

func TestUniqueCodeSkipsTakenCodes(t *testing.T) {
	draws := []string{"111111", "222222", "333333"}
	next := func() string { code := draws[0]; draws = draws[1:]; return code }
	taken := map[string]bool{"111111": true, "222222": true}
	code, err := uniqueCode(next, func(c string) (bool, error) { return taken[c], nil })
	if err != nil || code != "333333" {
		t.Fatalf("uniqueCode = %q, %v; want the first free code 333333", code, err)
	}
}

func TestUniqueCodeGivesUp(t *testing.T) {
	calls := 0
	_, err := uniqueCode(func() string { calls++; return "123456" }, func(string) (bool, error) { return true, nil })
	if !errors.Is(err, errNoFreeCode) || calls != codeTries {
		t.Fatalf("err = %v after %d tries; want errNoFreeCode after %d", err, calls, codeTries)
	}
	failure := errors.New("database down")
	if _, err := uniqueCode(func() string { return "1" }, func(string) (bool, error) { return false, failure }); !errors.Is(err, failure) {
		t.Fatalf("a failing check gave %v", err)
	}
}

func TestFreeNickname(t *testing.T) {
	taken := map[string]bool{"小明": true, "小明 2": true, "amy": true}
	if got := freeNickname("小明", func(k string) bool { return taken[k] }); got != "小明 3" {
		t.Errorf("freeNickname(小明) = %q, want 小明 3", got)
	}
	if got := freeNickname("AMY", func(k string) bool { return taken[k] }); got != "AMY 2" {
		t.Errorf("case-insensitive clash: got %q, want AMY 2", got)
	}
	if got := freeNickname("Bo", func(k string) bool { return taken[k] }); got != "Bo" {
		t.Errorf("free nickname changed to %q", got)
	}
}
