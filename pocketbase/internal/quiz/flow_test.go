package quiz

import (
	"fmt"
	"net/http"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

func answer(question string, choice any, key string) map[string]any {
	return map[string]any{"question": question, "choice": choice, "key": key}
}

func TestAnswerFlow(t *testing.T) {
	app, student := newParticipantApp(t)
	attempt, question := student.start("practice", map[string]any{"locale": "en"})
	url := "/api/jindu/attempts/" + attempt + "/answers"

	status, first := student.do(http.MethodPost, url, answer(question, []int{0}, "key-00000001"))
	if status != http.StatusOK || first["accepted"] != true {
		t.Fatalf("first answer: %d %v", status, first)
	}
	feedback := first["answer"].(map[string]any)["feedback"].(map[string]any)
	if feedback["explanation"] == "" || feedback["correctChoice"] == nil {
		t.Errorf("practice gives feedback at once: %v", feedback)
	}
	if first["next"] != nil {
		t.Fatalf("a paced quiz waits to show the next question: %v", first["next"])
	}
	status, state := student.do(http.MethodPost, "/api/jindu/attempts/"+attempt+"/next", nil)
	if status != http.StatusOK || state["current"] == nil {
		t.Fatalf("next: %d %v", status, state)
	}
	next := state["current"].(map[string]any)["id"].(string)

	t.Run("a retry with the same key replays the reply and counts once", func(t *testing.T) {
		status, again := student.do(http.MethodPost, url, answer(question, []int{0}, "key-00000001"))
		if status != http.StatusOK || again["score"] != first["score"] {
			t.Fatalf("retry: %d %v", status, again)
		}
		count, _ := app.CountRecords("attempt_answers")
		if count != 1 {
			t.Errorf("answers stored: %d, want 1", count)
		}
	})

	t.Run("a second answer to the same question is refused", func(t *testing.T) {
		status, reply := student.do(http.MethodPost, url, answer(question, []int{1}, "key-00000002"))
		if status != http.StatusConflict || reply["code"] != "already_answered" {
			t.Fatalf("got %d %v", status, reply)
		}
	})

	t.Run("another participant cannot see or answer the attempt", func(t *testing.T) {
		stranger := newClient(t, app)
		status, reply := stranger.do(http.MethodPost, url, answer(next, []int{1}, "key-00000003"))
		if status != http.StatusNotFound || reply["code"] != "attempt_not_found" {
			t.Fatalf("answer: %d %v", status, reply)
		}
		if status, _ := stranger.do(http.MethodGet, "/api/jindu/attempts/"+attempt, nil); status != http.StatusNotFound {
			t.Fatalf("view: %d", status)
		}
	})

	t.Run("choices that do not fit are refused", func(t *testing.T) {
		for _, choice := range []any{[]int{7}, []int{0, 1}, true, []int{}} {
			status, reply := student.do(http.MethodPost, url, answer(next, choice, "key-bad-choice"))
			if status != http.StatusBadRequest || reply["code"] != "invalid_choice" {
				t.Errorf("choice %v: %d %v", choice, status, reply)
			}
		}
	})
}

func TestLateAnswerIsRecordedAsTimedOut(t *testing.T) {
	app, student := newParticipantApp(t)
	attempt, question := student.start("test", nil)

	// the question was shown 23 s ago: past its 20 s and the 2 s grace
	record, err := app.FindRecordById("attempts", attempt)
	if err != nil {
		t.Fatal(err)
	}
	shown := record.GetInt("question_started_ms") - 23_000
	record.Set("question_started_ms", shown)
	record.Set("started_ms", shown)
	if err := app.Save(record); err != nil {
		t.Fatal(err)
	}

	status, reply := student.do(http.MethodPost, "/api/jindu/attempts/"+attempt+"/answers", answer(question, []int{1}, "late-answer-1"))
	if status != http.StatusOK || reply["accepted"] != false {
		t.Fatalf("late answer: %d %v", status, reply)
	}
	if reply["answer"].(map[string]any)["status"] != "timed_out" {
		t.Errorf("status: %v", reply["answer"])
	}
	next := reply["next"].(map[string]any)
	if next["startedAt"].(float64) != float64(shown+20_000) {
		t.Errorf("the next question starts when the last one closed: %v", next["startedAt"])
	}
}

func TestDailyLimit(t *testing.T) {
	_, student := newParticipantApp(t)
	for _, quiz := range []string{"once", "contest"} {
		attempt, _ := student.start(quiz, map[string]any{"group": "primary"})
		if status, state := student.do(http.MethodPost, "/api/jindu/attempts/"+attempt+"/finish", nil); status != http.StatusOK || state["status"] != "finished" {
			t.Fatalf("%s finish: %d %v", quiz, status, state)
		}
		status, reply := student.do(http.MethodPost, "/api/jindu/quizzes/"+quiz+"/attempts", map[string]any{"group": "primary"})
		if status != http.StatusConflict || reply["code"] != "daily_limit_reached" {
			t.Errorf("%s second attempt today: %d %v", quiz, status, reply)
		}
	}
}

func TestStartResumesTheOpenAttempt(t *testing.T) {
	_, student := newParticipantApp(t)
	first, _ := student.start("test", nil)
	status, state := student.do(http.MethodPost, "/api/jindu/quizzes/test/attempts", nil)
	if status != http.StatusOK || state["id"] != first {
		t.Fatalf("got %d %v, want the open attempt %s", status, state["id"], first)
	}
}

func TestPacedQuizStartsTheNextClockWhenAsked(t *testing.T) {
	_, student := newParticipantApp(t)
	attempt, question := student.start("once", nil) // the daily challenge explains each answer
	_, reply := student.do(http.MethodPost, "/api/jindu/attempts/"+attempt+"/answers", answer(question, []int{1}, "paced-key-1"))
	if reply["next"] != nil {
		t.Fatalf("the next question must wait: %v", reply["next"])
	}
	_, waiting := student.do(http.MethodGet, "/api/jindu/attempts/"+attempt, nil)
	if waiting["awaitingNext"] != true || waiting["current"] != nil {
		t.Fatalf("while reading the feedback: %v", waiting)
	}
	_, shown := student.do(http.MethodPost, "/api/jindu/attempts/"+attempt+"/next", nil)
	current := shown["current"].(map[string]any)
	if started := current["startedAt"].(float64); started < shown["serverNow"].(float64)-1000 {
		t.Errorf("the clock starts when the question is shown: started %v, now %v", started, shown["serverNow"])
	}
	_, again := student.do(http.MethodPost, "/api/jindu/attempts/"+attempt+"/next", nil)
	if again["current"].(map[string]any)["startedAt"] != current["startedAt"] {
		t.Error("asking again restarted the clock")
	}
}

func TestTimeUpFromTheBrowserIsATimeOut(t *testing.T) {
	app, student := newParticipantApp(t)
	attempt, question := student.start("test", nil)
	record, _ := app.FindRecordById("attempts", attempt)
	record.Set("question_started_ms", record.GetInt("question_started_ms")-20_100) // 20 s limit: just over
	if err := app.Save(record); err != nil {
		t.Fatal(err)
	}
	_, reply := student.do(http.MethodPost, "/api/jindu/attempts/"+attempt+"/answers", answer(question, nil, "time-is-up-1"))
	if reply["answer"].(map[string]any)["status"] != "timed_out" {
		t.Errorf("no answer at the deadline is a time-out: %v", reply["answer"])
	}
}

func TestFinishingReplyMatchesTheStoredResults(t *testing.T) {
	_, student := newParticipantApp(t)
	attempt, question := student.start("test", map[string]any{"locale": "en"})
	url := "/api/jindu/attempts/" + attempt + "/answers"
	var reply map[string]any
	for i, choice := range []any{[]int{1}, nil, []int{0}} { // one skipped
		body := answer(question, choice, fmt.Sprintf("finish-key-%d", i))
		body["locale"] = "en"
		var status int
		status, reply = student.do(http.MethodPost, url, body)
		if status != http.StatusOK {
			t.Fatalf("answer %d: %d %v", i, status, reply)
		}
		if next, ok := reply["next"].(map[string]any); ok {
			question = next["id"].(string)
		}
	}
	finished, ok := reply["state"].(map[string]any)
	if !ok || finished["status"] != "finished" {
		t.Fatalf("the last answer finishes the attempt: %v", reply)
	}
	// the reply was built from the answers kept in memory, the view from the database
	_, stored := student.do(http.MethodGet, "/api/jindu/attempts/"+attempt+"?locale=en", nil)
	delete(finished, "serverNow")
	delete(stored, "serverNow")
	if !reflect.DeepEqual(finished, stored) {
		t.Errorf("finishing reply %v\ndiffers from the stored attempt %v", finished, stored)
	}
	if len(stored["answered"].([]any)) != 3 || len(stored["result"].(map[string]any)["questions"].([]any)) != 3 {
		t.Errorf("results: %v", stored)
	}
}

// TestFinishRacingAnAnswerEndsTheAttemptOnce: a pupil hands in while an answer
// is still on its way (or presses twice). Whichever is written first, the
// attempt ends finished with each question settled exactly once, every finish
// replies with the results, and the answer is either counted or refused as
// already settled.
func TestFinishRacingAnAnswerEndsTheAttemptOnce(t *testing.T) {
	app, _ := newParticipantApp(t)
	for round := range 12 {
		student := newClient(t, app)
		attempt, question := student.start("test", nil)
		base := "/api/jindu/attempts/" + attempt
		replies := race(student,
			request{http.MethodPost, base + "/answers", answer(question, []int{0}, fmt.Sprintf("race-key-%04d", round))},
			request{http.MethodPost, base + "/finish", nil},
			request{http.MethodPost, base + "/finish", nil},
		)
		if status := replies[0].status; status != http.StatusOK && status != http.StatusConflict {
			t.Errorf("round %d: the racing answer got %d", round, status)
		}
		for _, finish := range replies[1:] {
			if finish.status != http.StatusOK || finish.body["status"] != "finished" || finish.body["result"] == nil {
				t.Errorf("round %d: finish got %d %v", round, finish.status, finish.body)
			}
		}
		if count, ok := replies[1].body["count"].(float64); ok {
			expectSettledOnce(t, app, attempt, int(count))
		}
	}
}

// TestTimeRunningOutIsRecordedOnceUnderRacingRequests: a test's time runs
// out while the pupil's browser reloads (two views) and sends its time-up
// answer. Every question is recorded once, as timed out or skipped, and every
// view shows the attempt finished.
func TestTimeRunningOutIsRecordedOnceUnderRacingRequests(t *testing.T) {
	app, _ := newParticipantApp(t)
	type started struct {
		student           *client
		attempt, question string
	}
	var attempts []started
	for range 8 {
		student := newClient(t, app)
		attempt, question := student.start("one-second", nil)
		attempts = append(attempts, started{student, attempt, question})
	}
	time.Sleep(time.Second + graceMs*time.Millisecond + 200*time.Millisecond)
	for round, s := range attempts {
		base := "/api/jindu/attempts/" + s.attempt
		replies := race(s.student,
			request{http.MethodGet, base, nil},
			request{http.MethodGet, base, nil},
			request{http.MethodPost, base + "/answers", answer(s.question, nil, fmt.Sprintf("time-up-%04d", round))},
		)
		for i, reply := range replies[:2] {
			if reply.status != http.StatusOK || reply.body["status"] != "finished" {
				t.Errorf("round %d: view %d got %d %v", round, i, reply.status, reply.body)
			}
		}
		if status := replies[2].status; status != http.StatusOK && status != http.StatusConflict {
			t.Errorf("round %d: the time-up answer got %d %v", round, status, replies[2].body)
		}
		count, ok := replies[0].body["count"].(float64)
		if !ok {
			continue
		}
		expectSettledOnce(t, app, s.attempt, int(count))
		for _, answered := range replies[0].body["answered"].([]any) {
			if status := answered.(map[string]any)["status"]; status != "timed_out" && status != "skipped" {
				t.Errorf("round %d: a question the time ran out on is %v", round, status)
			}
		}
	}
}

type request struct {
	method, url string
	body        any
}

type reply struct {
	status int
	body   map[string]any
}

// race sends the requests at once as the client's participant.
func race(c *client, requests ...request) []reply {
	replies := make([]reply, len(requests))
	var wg sync.WaitGroup
	for i, r := range requests {
		wg.Go(func() { replies[i].status, replies[i].body = c.do(r.method, r.url, r.body) })
	}
	wg.Wait()
	return replies
}

// expectSettledOnce checks the attempt has one answer row for each of its
// count questions, at distinct positions.
func expectSettledOnce(t *testing.T, app core.App, attempt string, count int) {
	t.Helper()
	rows, err := app.FindAllRecords("attempt_answers", dbx.HashExp{"attempt": attempt})
	if err != nil {
		t.Fatal(err)
	}
	positions := map[int]bool{}
	for _, row := range rows {
		positions[row.GetInt("position")] = true
	}
	if len(rows) != count || len(positions) != count {
		t.Errorf("%d answer rows at %d positions, want one for each of the %d questions", len(rows), len(positions), count)
	}
}
