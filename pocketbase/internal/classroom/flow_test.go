package classroom

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"jindu/internal/quiz"
	"jindu/internal/testkit"
	_ "jindu/migrations"
)

// classroomApp is a test app with the classroom routes, four single-choice
// questions (key: bank option 1 of 4) and a teacher; it returns the routes
// and the teacher's token.
func classroomApp(t *testing.T) (*service, *tests.TestApp, http.Handler, string) {
	t.Helper()
	app, err := tests.NewTestApp()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Cleanup)
	svc := register(app, 300)
	var bank quiz.Bank
	for i := range 4 {
		bank.Questions = append(bank.Questions, quiz.BankQuestion{
			ID: fmt.Sprintf("q%d", i), Type: "single", Topics: []string{"law"}, Grades: []string{"junior"}, Difficulty: 1,
			Answer: json.RawMessage(`[1]`), Sources: json.RawMessage(`[]`),
			Text: json.RawMessage(fmt.Sprintf(`{"zh-cn":{"stem":"题%d","options":["甲","乙","丙","丁"],"explanation":"解析"},"en":{"stem":"Q%d","options":["A","B","C","D"],"explanation":"Because"}}`, i, i)),
		})
	}
	if _, err := quiz.SyncBank(app, bank); err != nil {
		t.Fatal(err)
	}
	teachers, _ := app.FindCollectionByNameOrId("teachers")
	teacher := core.NewRecord(teachers)
	teacher.Load(map[string]any{"email": "t@school.test", "name": "Ms T", "role": "teacher"})
	teacher.SetPassword("password-123")
	if err := app.Save(teacher); err != nil {
		t.Fatal(err)
	}
	token, err := teacher.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	return svc, app, testkit.Routes(t, app), token
}

// call sends a JSON request with the given headers and decodes the reply.
func call(t *testing.T, h http.Handler, method, url string, headers map[string]string, body any) (int, map[string]any) {
	t.Helper()
	return testkit.Do(t, h, method, url, headers, body)
}

// rightOption is the shown position of bank option 1 in a question view.
func rightOption(t *testing.T, question map[string]any) int {
	t.Helper()
	for i, option := range question["options"].([]any) {
		if option == "乙" {
			return i
		}
	}
	t.Fatal("the right option is not shown")
	return -1
}

func TestLiveSessionScoresWithTheQuizFormulas(t *testing.T) {
	svc, app, h, teacherToken := classroomApp(t)
	teacher := map[string]string{"Authorization": teacherToken}
	status, host := call(t, h, "POST", "/api/jindu/classroom/sessions", teacher, map[string]any{
		"questions": []string{"q0", "q1", "q2"}, "settings": map[string]any{"streak": true, "seconds": 10},
	})
	if status != http.StatusCreated {
		t.Fatalf("create: %d %v", status, host)
	}
	id, code := host["sessionId"], host["code"].(string)
	base := "/api/jindu/classroom/sessions/" + id.(string)

	players := map[string]string{}
	for _, name := range []string{"Amy", "amy"} {
		status, joined := call(t, h, "POST", "/api/jindu/classroom/join", nil, map[string]any{"code": code, "nickname": name})
		if status != http.StatusCreated {
			t.Fatalf("join %s: %d %v", name, status, joined)
		}
		players[joined["nickname"].(string)] = joined["token"].(string)
	}
	if _, ok := players["amy 2"]; !ok {
		t.Fatalf("a case-insensitive duplicate was not given a suffix: %v", players)
	}

	status, host = call(t, h, "POST", base+"/next", teacher, nil)
	if status != http.StatusOK || host["phase"] != phaseQuestion {
		t.Fatalf("next: %d %v", status, host)
	}
	if strings.Contains(fmt.Sprint(host), "correct") {
		t.Fatalf("the open question's host view gives the key away: %v", host)
	}
	right := rightOption(t, host["question"].(map[string]any))
	play := "/api/jindu/classroom/play/" + id.(string)
	answer := func(nickname string, index, choice int, key string) (int, map[string]any) {
		return call(t, h, "POST", play+"/answer", map[string]string{PlayerHeader: players[nickname]},
			map[string]any{"index": index, "choice": []int{choice}, "requestKey": key})
	}
	if status, reply := answer("Amy", 0, right, "a0"); status != http.StatusOK || reply["phase"] != phaseQuestion {
		t.Fatalf("Amy's answer: %d %v", status, reply)
	}
	if status, reply := answer("Amy", 0, (right+1)%4, "a0-again"); status != http.StatusConflict || reply["code"] != "already_answered" {
		t.Fatalf("a second answer: %d %v", status, reply)
	}
	// the last active player answering closes the question
	if status, reply := answer("amy 2", 0, (right+1)%4, "b0"); status != http.StatusOK || reply["phase"] != phaseClosed {
		t.Fatalf("the last answer did not close the question: %d %v", status, reply)
	}

	l, err := svc.session(app, id.(string))
	if err != nil {
		t.Fatal(err)
	}
	l.mu.Lock()
	amy := l.players[0]
	first := l.answers[0][amy.ID]
	want := quiz.BasePoints(quiz.Scoring{Method: quiz.ScoringSpeed, Points: 1000}, 10*time.Second, time.Duration(first.ElapsedMs)*time.Millisecond, quiz.Correct)
	if amy.Score != want || amy.Score < 950 || amy.Streak != 1 {
		t.Errorf("Amy's score %d streak %d; the quiz formula gives %d", amy.Score, amy.Streak, want)
	}
	if l.players[1].Score != 0 {
		t.Errorf("a wrong answer scored %d", l.players[1].Score)
	}
	l.mu.Unlock()

	// second question: Amy right again, with the streak bonus; then a skip scores nothing
	call(t, h, "POST", base+"/next", teacher, nil)
	_, view := call(t, h, "GET", play, map[string]string{PlayerHeader: players["Amy"]}, nil)
	right = rightOption(t, view["question"].(map[string]any))
	answer("Amy", 1, right, "a1")
	answer("amy 2", 1, right, "b1")
	_, view = call(t, h, "GET", play, map[string]string{PlayerHeader: players["Amy"]}, nil)
	me := view["me"].(map[string]any)
	answered := me["answer"].(map[string]any)
	if answered["outcome"] != string(quiz.Correct) || answered["points"].(float64) < 1000+float64(quiz.StreakBonus(2))-60 || me["streak"].(float64) != 2 {
		t.Errorf("Amy's second answer: %v", me)
	}
	before := me["score"].(float64)
	call(t, h, "POST", base+"/next", teacher, nil)
	answer("Amy", 2, 0, "a2")
	if status, host = call(t, h, "POST", base+"/skip", teacher, nil); status != http.StatusOK || host["phase"] != phaseClosed {
		t.Fatalf("skip: %d %v", status, host)
	}
	_, view = call(t, h, "GET", play, map[string]string{PlayerHeader: players["Amy"]}, nil)
	if view["me"].(map[string]any)["score"].(float64) != before {
		t.Errorf("a skipped question changed the score: %v → %v", before, view["me"])
	}

	// the report: two questions played, Amy 2/2, amy 2 1/2
	status, report := call(t, h, "GET", base+"/report", teacher, nil)
	if status != http.StatusOK {
		t.Fatalf("report: %d %v", status, report)
	}
	rates := report["rates"].(map[string]any)
	if report["played"].(float64) != 2 || rates["awarenessRate"] != 0.5 || rates["excellenceRate"] != 0.5 || rates["participationRate"] != nil {
		t.Errorf("report: %v", report)
	}
	if status, host = call(t, h, "POST", base+"/next", teacher, nil); host["phase"] != phaseEnded || len(host["podium"].([]any)) != 2 {
		t.Errorf("next after the last question: %d %v", status, host)
	}
}

func TestQuestionClosesAtItsDeadlineWithoutAnyRequest(t *testing.T) {
	svc, app, h, teacherToken := classroomApp(t)
	teacher := map[string]string{"Authorization": teacherToken}
	_, host := call(t, h, "POST", "/api/jindu/classroom/sessions", teacher, map[string]any{"questions": []string{"q0"}, "settings": map[string]any{"seconds": 5}})
	id := host["sessionId"].(string)
	call(t, h, "POST", "/api/jindu/classroom/join", nil, map[string]any{"code": host["code"]})
	call(t, h, "POST", "/api/jindu/classroom/sessions/"+id+"/next", teacher, nil)
	l, err := svc.session(app, id)
	if err != nil {
		t.Fatal(err)
	}
	// move the deadline into the past and let the timer fire
	l.mu.Lock()
	l.line.Opened -= 5000
	l.line.Deadline -= 5000
	l.arm()
	l.mu.Unlock()
	time.Sleep(graceMs*time.Millisecond + 200*time.Millisecond)
	l.mu.Lock()
	phase := l.line.Phase
	l.mu.Unlock()
	if phase != phaseClosed {
		t.Fatalf("phase %s after the deadline passed; the timer did not close the question", phase)
	}
}

func TestJoinWithTheTokenRejoinsAsTheSamePlayer(t *testing.T) {
	_, _, h, teacherToken := classroomApp(t)
	teacher := map[string]string{"Authorization": teacherToken}
	_, host := call(t, h, "POST", "/api/jindu/classroom/sessions", teacher, map[string]any{"questions": []string{"q0"}})
	code, base := host["code"], "/api/jindu/classroom/sessions/"+host["sessionId"].(string)
	_, first := call(t, h, "POST", "/api/jindu/classroom/join", nil, map[string]any{"code": code, "nickname": "Amy"})
	call(t, h, "POST", base+"/lock", teacher, nil)

	// the lobby is locked, yet Amy's token brings her back as herself, nickname and all
	status, again := call(t, h, "POST", "/api/jindu/classroom/join", nil, map[string]any{"code": code, "nickname": "Other", "token": first["token"]})
	if status != http.StatusOK || again["playerId"] != first["playerId"] || again["nickname"] != "Amy" || again["token"] != first["token"] {
		t.Fatalf("rejoin: %d %v, first join %v", status, again, first)
	}
	// a token that is not this session's is a new join, refused here by the lock
	status, stale := call(t, h, "POST", "/api/jindu/classroom/join", nil, map[string]any{"code": code, "token": "stale"})
	if status != http.StatusConflict || stale["code"] != "lobby_locked" {
		t.Fatalf("a stale token: %d %v", status, stale)
	}
	call(t, h, "POST", base+"/players/"+first["playerId"].(string)+"/remove", teacher, nil)
	status, removed := call(t, h, "POST", "/api/jindu/classroom/join", nil, map[string]any{"code": code, "token": first["token"]})
	if status != http.StatusForbidden || removed["code"] != "player_removed" {
		t.Fatalf("a removed player's token: %d %v", status, removed)
	}
}
