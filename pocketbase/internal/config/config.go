// Package config reads the server's settings from its JINDU_* environment
// variables, all of them here, once, so the README's table and the code
// cannot drift apart. Every setting is optional.
package config

import (
	"net/url"
	"os"
	"strconv"
	"strings"
)

// Config is the server's settings.
type Config struct {
	// Dev turns on PocketBase's dev mode (SQL and debug logs on the console,
	// values redacted): JINDU_DEV=1, or the --dev flag. Never on by itself.
	Dev bool
	// TrustedProxyHeader is the header carrying the client's address behind a
	// reverse proxy (X-Forwarded-For or X-Real-IP): JINDU_TRUSTED_PROXY_HEADER.
	TrustedProxyHeader string
	// PowMaxNumber sets the pledge's proof-of-work difficulty: JINDU_POW_MAX_NUMBER.
	PowMaxNumber int
	// SiteOrigin is the public origin (scheme://host[:port]) of JINDU_SITE_URL.
	SiteOrigin string
	// CORSOrigins are other origins allowed to call the API from a browser:
	// JINDU_CORS_ORIGINS, comma-separated.
	CORSOrigins []string
	// JoinsPerMinute bounds live-session joins per address: JINDU_JOINS_PER_MINUTE.
	JoinsPerMinute int
	// RollupSeconds is how often the dashboard's roll-ups are refreshed:
	// JINDU_ROLLUP_SECONDS.
	RollupSeconds int
}

// Defaults for the numeric settings.
const (
	DefaultPowMaxNumber   = 100_000
	DefaultJoinsPerMinute = 300
	DefaultRollupSeconds  = 60
)

// FromEnv reads the settings from the environment; malformed values fall
// back to their defaults.
func FromEnv() Config {
	return Config{
		Dev:                os.Getenv("JINDU_DEV") == "1",
		TrustedProxyHeader: strings.TrimSpace(os.Getenv("JINDU_TRUSTED_PROXY_HEADER")),
		PowMaxNumber:       atLeast(os.Getenv("JINDU_POW_MAX_NUMBER"), 1000, DefaultPowMaxNumber),
		SiteOrigin:         origin(os.Getenv("JINDU_SITE_URL")),
		CORSOrigins:        origins(os.Getenv("JINDU_CORS_ORIGINS")),
		JoinsPerMinute:     atLeast(os.Getenv("JINDU_JOINS_PER_MINUTE"), 1, DefaultJoinsPerMinute),
		RollupSeconds:      atLeast(os.Getenv("JINDU_ROLLUP_SECONDS"), 1, DefaultRollupSeconds),
	}
}

// atLeast parses a whole number no smaller than low, else returns fallback.
func atLeast(raw string, low, fallback int) int {
	if n, err := strconv.Atoi(strings.TrimSpace(raw)); err == nil && n >= low {
		return n
	}
	return fallback
}

// origin returns scheme://host of a URL, or "" if it has none.
func origin(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Scheme == "" || u.Host == "" {
		return ""
	}
	return strings.ToLower(u.Scheme + "://" + u.Host)
}

// origins parses a comma-separated list of origins, dropping malformed ones.
func origins(raw string) []string {
	var out []string
	for _, part := range strings.Split(raw, ",") {
		if o := origin(part); o != "" {
			out = append(out, o)
		}
	}
	return out
}
