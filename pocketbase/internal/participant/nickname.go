package participant

import (
	_ "embed"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"jindu/internal/safetext"
)

// MaxNicknameRunes is the longest nickname, counted in characters (not bytes),
// so 20 Chinese characters fit as well as 20 Latin letters.
const MaxNicknameRunes = 20

//go:embed blocked_words.txt
var blockedWordsText string

// blockedWords are matched inside a nickname with spaces and punctuation removed:
// CJK words anywhere, Latin words only as whole words (so "Dickens" passes).
var blockedCJK, blockedLatin = splitBlockedWords(blockedWordsText)

// NicknameProblem explains why a nickname was refused; its Code is the
// translation key the client shows.
type NicknameProblem struct{ Code, Message string }

// CleanNickname normalises a nickname and checks it: 1–20 characters, no
// control, bidi-override or zero-width characters (see safetext), and no
// blocked word.
func CleanNickname(raw string) (string, *NicknameProblem) {
	name, problem := safetext.Clean(raw, MaxNicknameRunes)
	switch problem {
	case safetext.InvalidCharacters:
		return "", &NicknameProblem{"nickname_invalid_characters", "Nicknames can use letters, digits, spaces and ordinary punctuation only."}
	case safetext.Empty:
		return "", &NicknameProblem{"nickname_empty", "Please enter a nickname."}
	case safetext.TooLong:
		return "", &NicknameProblem{"nickname_too_long", "Nicknames are at most 20 characters."}
	}
	if containsBlockedWord(name) {
		return "", &NicknameProblem{"nickname_blocked", "Please choose another nickname."}
	}
	return name, nil
}

var latinWord = regexp.MustCompile(`[a-z0-9]+`)

func containsBlockedWord(name string) bool {
	folded := strings.ToLower(norm.NFKC.String(name))
	squeezed := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, folded)
	for _, word := range blockedCJK {
		if strings.Contains(squeezed, word) {
			return true
		}
	}
	for _, word := range latinWord.FindAllString(folded, -1) {
		if blockedLatin[word] {
			return true
		}
	}
	return false
}

func splitBlockedWords(text string) ([]string, map[string]bool) {
	var cjk []string
	latin := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		word := strings.TrimSpace(line)
		if word == "" || strings.HasPrefix(word, "#") {
			continue
		}
		if latinWord.MatchString(word) && latinWord.FindString(word) == word {
			latin[word] = true
		} else {
			cjk = append(cjk, word)
		}
	}
	return cjk, latin
}

var nicknameParts = map[string][2][]string{
	"zh-cn": {
		{"勇敢的", "机智的", "清醒的", "阳光的", "坚定的", "敏锐的", "快乐的", "冷静的", "热心的", "自律的", "无畏的", "明亮的"},
		{"熊猫", "海豚", "猎豹", "雄鹰", "白鹤", "骏马", "松鼠", "企鹅", "狐狸", "鲸鱼", "刺猬", "大象"},
	},
	"en": {
		{"Brave", "Clever", "Clear", "Sunny", "Steady", "Sharp", "Happy", "Calm", "Kind", "Bold", "Bright", "Swift"},
		{"Panda", "Dolphin", "Cheetah", "Eagle", "Crane", "Horse", "Squirrel", "Penguin", "Fox", "Whale", "Hedgehog", "Elephant"},
	},
}

// GenerateNickname returns a friendly two-word nickname with a number, in the
// given locale ("zh-cn" or "en"), for people who would rather not choose one.
func GenerateNickname(locale string) string {
	parts, ok := nicknameParts[locale]
	if !ok {
		parts = nicknameParts["zh-cn"]
	}
	adjective := parts[0][rand.IntN(len(parts[0]))]
	animal := parts[1][rand.IntN(len(parts[1]))]
	number := strconv.Itoa(10 + rand.IntN(90))
	if locale == "en" {
		return adjective + " " + animal + " " + number
	}
	return adjective + animal + number
}
