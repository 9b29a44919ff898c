package classroom

import (
	"errors"
	"slices"
	"testing"
)

func TestTimelineRunsThrough(t *testing.T) {
	line := newTimeline(2)
	if err := line.close(false); !errors.Is(err, errWrongPhase) {
		t.Fatalf("closing in the lobby: %v", err)
	}
	must(t, line.next(20, 1000))
	if line.Phase != phaseQuestion || line.Current != 0 || line.Opened != 1000 || line.Deadline != 21000 {
		t.Fatalf("after next: %+v", line)
	}
	if err := line.next(20, 2000); !errors.Is(err, errWrongPhase) {
		t.Fatalf("next while a question is open must go through close: %v", err)
	}
	must(t, line.close(false))
	must(t, line.next(20, 30000))
	must(t, line.close(true))
	if !slices.Equal(line.Skipped, []int{1}) || !slices.Equal(line.played(), []int{0}) {
		t.Fatalf("skipped %v, played %v", line.Skipped, line.played())
	}
	must(t, line.next(20, 40000)) // past the last question: the end
	if line.Phase != phaseEnded || line.Ended != 40000 {
		t.Fatalf("after the last question: %+v", line)
	}
	if err := line.next(20, 50000); !errors.Is(err, errWrongPhase) {
		t.Fatalf("next after the end: %v", err)
	}
}

func TestPauseFreezesTheClock(t *testing.T) {
	line := newTimeline(1)
	must(t, line.next(20, 0))
	must(t, line.pause(5000))
	if line.timeLeft(60000) != 15000 || line.due(60000) {
		t.Fatalf("paused: left %d, due %v", line.timeLeft(60000), line.due(60000))
	}
	if err := line.accepting(0, 6000); err == nil {
		t.Fatal("an answer was accepted while paused")
	}
	must(t, line.resume(65000))
	if line.Deadline != 80000 || line.Opened != 60000 || line.timeLeft(65000) != 15000 {
		t.Fatalf("resumed: %+v", line)
	}
	if err := line.resume(66000); !errors.Is(err, errWrongPhase) {
		t.Fatalf("resuming twice: %v", err)
	}
}

func TestDeadlineAndGrace(t *testing.T) {
	line := newTimeline(3)
	must(t, line.next(10, 0))
	for _, c := range []struct {
		now    int64
		accept bool
	}{{0, true}, {10000, true}, {10000 + graceMs, true}, {10000 + graceMs + 1, false}} {
		if err := line.accepting(0, c.now); (err == nil) != c.accept {
			t.Errorf("at %d ms: accepting = %v, want %v", c.now, err, c.accept)
		}
		if line.due(c.now) == c.accept {
			t.Errorf("at %d ms: due = %v", c.now, line.due(c.now))
		}
	}
	if err := line.accepting(1, 100); err == nil {
		t.Error("an answer to a question not yet open was accepted")
	}
	must(t, line.close(false))
	if err := line.accepting(0, 100); err == nil {
		t.Error("an answer to a closed question was accepted")
	}
}

func TestStreakCarriesOverSkips(t *testing.T) {
	line := newTimeline(4)
	line.Skipped = []int{1, 2}
	p := &livePlayer{Streak: 2, streakTo: 1} // right at question 0
	if got := p.streakAt(&line, 3); got != 2 {
		t.Errorf("streak at 3 after skipping 1 and 2 = %d, want 2", got)
	}
	line.Skipped = []int{1}
	if got := p.streakAt(&line, 3); got != 0 {
		t.Errorf("streak at 3 after missing 2 = %d, want 0", got)
	}
}

func TestReadSettings(t *testing.T) {
	s, err := readSettings(nil)
	if err != nil || s != defaultSettings() {
		t.Fatalf("no settings: %+v %v", s, err)
	}
	s, err = readSettings([]byte(`{"scoring":"accuracy","winners":5}`))
	if err != nil || s.Scoring != "accuracy" || s.Winners != 5 || s.Points != 1000 || s.Seconds != 20 {
		t.Fatalf("partial settings: %+v %v", s, err)
	}
	for _, bad := range []string{`{"seconds":4}`, `{"seconds":241}`, `{"winners":0}`, `{"winners":11}`,
		`{"scoring":"luck"}`, `{"leaderboard":"never"}`, `{"points":-1}`, `{"colour":"red"}`, `[]`} {
		if _, err := readSettings([]byte(bad)); err == nil {
			t.Errorf("%s was accepted", bad)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
