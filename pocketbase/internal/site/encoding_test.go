package site

import "testing"

func TestChooseCoding(t *testing.T) {
	both := func(string) bool { return true }
	gzipOnly := func(coding string) bool { return coding == codingGzip }
	cases := []struct {
		accept    string
		available func(string) bool
		want      string
	}{
		{"", both, codingIdentity},
		{"gzip, deflate, br, zstd", both, codingBrotli},  // Chromium
		{"gzip, deflate, br", gzipOnly, codingGzip},      // no .br beside the file
		{"gzip;q=1.0, br;q=0.5", both, codingGzip},       // the client's preference wins
		{"br;q=0.5, gzip;q=0.5", both, codingBrotli},     // a tie goes to the smaller coding
		{"br;q=0, *", both, codingGzip},                  // refused by name, gzip through *
		{"*", both, codingBrotli},                        // anything goes
		{"*;q=0", both, codingIdentity},                  // nothing compressed
		{"identity", both, codingIdentity},               // only the file itself
		{"deflate", both, codingIdentity},                // a coding the site has no file in
		{"GZIP ; Q=0.8", both, codingGzip},               // case-insensitive
		{"x-gzip", both, codingGzip},                     // the old name
		{"br;q=2, gzip;q=0.1", both, codingBrotli},       // an out-of-range q counts as 1
		{" , br ;q=0.9 , gzip;q=0.95", both, codingGzip}, // stray commas and spaces
	}
	for _, c := range cases {
		if got := chooseCoding(c.accept, c.available); got != c.want {
			t.Errorf("chooseCoding(%q) = %q, want %q", c.accept, got, c.want)
		}
	}
}
