package ratelimit

import (
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	limiter := New(3, time.Second)
	now := time.Now()
	for i := range 3 {
		if !limiter.Allow("a", now) {
			t.Fatalf("request %d refused", i+1)
		}
	}
	if limiter.Allow("a", now) {
		t.Error("the 4th request in the window was allowed")
	}
	if !limiter.Allow("b", now) {
		t.Error("another participant was limited too")
	}
	if !limiter.Allow("a", now.Add(time.Second)) {
		t.Error("the next window did not reset the count")
	}
}
