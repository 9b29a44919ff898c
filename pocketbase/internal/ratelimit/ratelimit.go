// Package ratelimit counts requests per key (a participant, a device, an
// address) in fixed windows, for limits PocketBase's per-IP limiter cannot
// express: a whole school shares one IP address.
package ratelimit

import (
	"sync"
	"time"
)

// Limiter counts requests per key in fixed windows.
type Limiter struct {
	limit  int
	window time.Duration

	mu        sync.Mutex
	counts    map[string]*windowCount
	lastSweep time.Time
}

type windowCount struct {
	start time.Time
	n     int
}

// New allows limit requests per key in each window.
func New(limit int, window time.Duration) *Limiter {
	return &Limiter{limit: limit, window: window, counts: map[string]*windowCount{}}
}

// Allow records one request for key at now and reports whether it is within the limit.
func (l *Limiter) Allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()

	if now.Sub(l.lastSweep) > l.window {
		for k, c := range l.counts {
			if now.Sub(c.start) >= l.window {
				delete(l.counts, k)
			}
		}
		l.lastSweep = now
	}

	c := l.counts[key]
	if c == nil || now.Sub(c.start) >= l.window {
		l.counts[key] = &windowCount{start: now, n: 1}
		return true
	}
	c.n++
	return c.n <= l.limit
}
