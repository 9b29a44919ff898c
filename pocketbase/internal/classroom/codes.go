package classroom

import (
	"crypto/rand"
	"errors"
	"math/big"
)

// Alphabets for codes people read aloud or type: a live session's join code
// is six digits (easy on a phone keypad); a class code avoids letters and
// digits that look alike (0/O, 1/I/L).
const (
	joinCodeDigits    = "0123456789"
	classCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
	codeLength        = 6
	// a roster card's code: eight characters of the class code's alphabet,
	// about 40 bits, printed as two groups of four
	cardCodeLength = 8
	// codeTries bounds the retries on a clash; with a million join codes and
	// a few hundred sessions open at once a clash is already rare.
	codeTries = 20
)

// errNoFreeCode means every try clashed with a code in use.
var errNoFreeCode = errors.New("no free code found")

// randomCode returns length characters drawn uniformly from alphabet.
func randomCode(alphabet string, length int) string {
	code := make([]byte, length)
	limit := big.NewInt(int64(len(alphabet)))
	for i := range code {
		n, err := rand.Int(rand.Reader, limit)
		if err != nil {
			panic(err) // crypto/rand does not fail on supported systems
		}
		code[i] = alphabet[n.Int64()]
	}
	return string(code)
}

// uniqueCode draws codes with next until taken says one is free.
func uniqueCode(next func() string, taken func(code string) (bool, error)) (string, error) {
	for range codeTries {
		code := next()
		used, err := taken(code)
		if err != nil {
			return "", err
		}
		if !used {
			return code, nil
		}
	}
	return "", errNoFreeCode
}
