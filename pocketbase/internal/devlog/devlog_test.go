package devlog

import (
	"strings"
	"testing"
)

func TestRedactHidesEveryTextValue(t *testing.T) {
	statement := "INSERT INTO `secrets` (`id`, `name`, `value`)\n\tVALUES ('a1b2', 'pledge', 'c2VjcmV0IHdpdGggJydxdW90ZXM=''x'), X'00ff', 42"
	got := Redact(statement)
	for _, leaked := range []string{"a1b2", "pledge", "c2VjcmV0", "00ff", "x'"} {
		if strings.Contains(got, leaked) {
			t.Errorf("redacted statement still shows %q: %s", leaked, got)
		}
	}
	want := "INSERT INTO `secrets` (`id`, `name`, `value`) VALUES ('…', '…', '…'), '…', 42"
	if got != want {
		t.Errorf("Redact = %s\nwant      %s", got, want)
	}
}
