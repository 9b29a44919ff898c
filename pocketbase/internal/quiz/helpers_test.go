package quiz

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"jindu/internal/participant"
	"jindu/internal/testkit"
	_ "jindu/migrations"
)

// testBank is a small bank: 12 single-choice law questions (key: option 1)
// and 15 reserved for the contest, and quizzes in each mode that matter to
// the routes.
func testBank() Bank {
	var bank Bank
	for i := range 27 {
		id, reserved := fmt.Sprintf("law-%02d", i), ""
		if i >= 12 {
			id, reserved = fmt.Sprintf("contest-%02d", i), "contest"
		}
		bank.Questions = append(bank.Questions, BankQuestion{
			ID: id, Type: "single", Topics: []string{"law"},
			Grades: []string{"primary", "junior"}, Difficulty: 1 + i%3,
			Answer:   json.RawMessage(`[1]`),
			Reserved: reserved,
			Sources:  json.RawMessage(`[]`),
			Text:     json.RawMessage(fmt.Sprintf(`{"zh-cn":{"stem":"题%d","options":["甲","乙","丙","丁"],"explanation":"解析%d"},"en":{"stem":"Q%d","options":["A","B","C","D"],"explanation":"Because %d"}}`, i, i, i, i)),
		})
	}
	quiz := func(slug, mode, extra string) json.RawMessage {
		return json.RawMessage(fmt.Sprintf(`{"slug":%q,"mode":%q,"count":3,"pool":{"topics":[],"grades":[],"difficulty":{}},"groups":[],
			"time":{"perQuestion":20,"total":0},"attemptsPerDay":0,"window":null,"shuffle":{"questions":true,"options":true},
			"scoring":{"method":"speed","points":1000,"streakBonus":true},"feedback":"end","reviewDays":0%s}`, slug, mode, extra))
	}
	bank.Quizzes = []json.RawMessage{
		quiz("test", ModeTest, ""),
		quiz("practice", ModePractice, `,"feedback":"each"`),
		quiz("once", ModeDaily, `,"attemptsPerDay":1,"feedback":"each"`),
		quiz("contest", ModeContest, `,"attemptsPerDay":1,"groups":[{"id":"primary","grades":["primary"]}],
			"window":{"opens":"2020-01-01T00:00:00+08:00","closes":"2099-01-01T00:00:00+08:00"}`),
		quiz("future", ModeTest, `,"window":{"opens":"2098-01-01T00:00:00+08:00","closes":"2099-01-01T00:00:00+08:00"}`),
		quiz("one-second", ModeTest, `,"time":{"perQuestion":0,"total":1}`),
	}
	return bank
}

// newQuizApp is a test app with the quiz routes and the test bank.
func newQuizApp(t testing.TB) *tests.TestApp {
	t.Helper()
	app, err := tests.NewTestApp()
	if err != nil {
		t.Fatal(err)
	}
	participant.Register(app)
	Register(app, nil)
	if _, err := SyncBank(app, testBank()); err != nil {
		t.Fatal(err)
	}
	return app
}

// client drives the routes of one app as one participant.
type client struct {
	t       testing.TB
	handler http.Handler
	token   string
}

// handlers caches each test app's routes: OnServe may only run once per app.
var handlers = map[*tests.TestApp]http.Handler{}

func newClient(t testing.TB, app *tests.TestApp) *client {
	t.Helper()
	_, token, err := participant.New(app, "tester")
	if err != nil {
		t.Fatal(err)
	}
	return &client{t: t, handler: appHandler(t, app), token: token}
}

// newParticipantApp is a quiz app, cleaned up when the test ends, with one
// participant signed in to use it.
func newParticipantApp(t testing.TB) (*tests.TestApp, *client) {
	t.Helper()
	app := newQuizApp(t)
	t.Cleanup(app.Cleanup)
	return app, newClient(t, app)
}

func appHandler(t testing.TB, app *tests.TestApp) http.Handler {
	if handler, ok := handlers[app]; ok {
		return handler
	}
	handlers[app] = testkit.Routes(t, app)
	return handlers[app]
}

// do sends a JSON request as the client's participant and decodes the JSON reply.
func (c *client) do(method, url string, body any) (int, map[string]any) {
	c.t.Helper()
	return testkit.Do(c.t, c.handler, method, url, map[string]string{participant.Header: c.token}, body)
}

// start starts an attempt and returns its id and current question id.
func (c *client) start(quiz string, body map[string]any) (string, string) {
	c.t.Helper()
	status, state := c.do(http.MethodPost, "/api/jindu/quizzes/"+quiz+"/attempts", body)
	if status != http.StatusCreated && status != http.StatusOK {
		c.t.Fatalf("start %s: %d %v", quiz, status, state)
	}
	current, _ := state["current"].(map[string]any)
	return state["id"].(string), current["id"].(string)
}
