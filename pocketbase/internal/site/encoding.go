package site

import (
	"strconv"
	"strings"
)

// Content codings the site has files in, best first: brotli is smaller than
// gzip for the same text, so it wins when a client accepts both equally.
const (
	codingBrotli   = "br"
	codingGzip     = "gzip"
	codingIdentity = ""
)

var codingsByPreference = []string{codingBrotli, codingGzip}

// chooseCoding picks the content coding for a response from the request's
// Accept-Encoding (RFC 9110 §12.5.3): the highest q-value among the codings
// available, brotli before gzip on a tie; a coding the header does not name is
// acceptable only through "*"; q=0 refuses it. No acceptable coding means the
// file as it is (identity).
func chooseCoding(acceptEncoding string, available func(coding string) bool) string {
	if acceptEncoding == "" {
		return codingIdentity
	}
	weights := acceptWeights(acceptEncoding)
	best, bestWeight := codingIdentity, 0.0
	for _, coding := range codingsByPreference {
		weight, named := weights[coding]
		if !named {
			weight = weights["*"] // absent "*" gives 0: not acceptable
		}
		if weight > bestWeight && available(coding) {
			best, bestWeight = coding, weight
		}
	}
	return best
}

// acceptWeights parses an Accept-Encoding value into coding → q-value
// (lower-case codings; a missing or unparseable q counts as 1, as browsers
// never send one that is malformed and treating it as 1 is the lenient reading).
func acceptWeights(header string) map[string]float64 {
	weights := map[string]float64{}
	for _, item := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(item, ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding == "" {
			continue
		}
		weight := 1.0
		for _, param := range strings.Split(params, ";") {
			key, value, ok := strings.Cut(strings.TrimSpace(param), "=")
			if !ok || !strings.EqualFold(strings.TrimSpace(key), "q") {
				continue
			}
			if q, err := strconv.ParseFloat(strings.TrimSpace(value), 64); err == nil && q >= 0 && q <= 1 {
				weight = q
			}
		}
		if coding == "x-gzip" {
			coding = codingGzip // RFC 9110 §8.4.1.3: recipients treat x-gzip as gzip
		}
		weights[coding] = weight
	}
	return weights
}
