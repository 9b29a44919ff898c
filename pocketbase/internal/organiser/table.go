package organiser

import "math"

// Table is one table of figures, as the page draws it and the exports write
// it. Columns are stable keys (the page translates them); a cell is a number,
// a string, nil (nothing to show) or Suppressed.
type Table struct {
	ID      string   `json:"id"`
	Columns []string `json:"columns"`
	Rows    [][]any  `json:"rows"`
}

// Suppressed stands in for a count of fewer than minGroup people, and for a
// rate over fewer than minGroup, so no figure points at a handful of pupils.
const Suppressed = "< 5"

const minGroup = 5

// count returns n, or Suppressed for 1–4.
func count(n int) any {
	if n > 0 && n < minGroup {
		return Suppressed
	}
	return n
}

// rate returns part ÷ whole to four decimals, nil when whole is 0, or
// Suppressed when whole is under minGroup.
func rate(part, whole int) any {
	if whole > 0 && whole < minGroup {
		return Suppressed
	}
	return share(part, whole)
}

// share returns part ÷ whole to four decimals (nil when whole is 0), for
// shares of schools rather than of people, which need no suppression.
func share(part, whole int) any {
	if whole == 0 {
		return nil
	}
	return math.Round(float64(part)/float64(whole)*10000) / 10000
}
