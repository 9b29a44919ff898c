package quiz

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"jindu/internal/participant"
)

// attemptScenario is an ApiScenario against a fresh attempt at the "test"
// quiz (feedback at the end): the URL's {id} becomes the attempt's id, the
// body's {handle} its first question's handle and {bank} that question's
// bank id; as says whose token is sent ("owner", "stranger" or a guest).
type attemptScenario struct {
	tests.ApiScenario
	as string
}

func runAttemptScenarios(t *testing.T, scenarios []attemptScenario) {
	for _, s := range scenarios {
		scenario := s.ApiScenario
		body := ""
		if scenario.Body != nil {
			raw, _ := io.ReadAll(scenario.Body)
			body = string(raw)
		}
		scenario.TestAppFactory = func(t testing.TB) *tests.TestApp {
			app := newQuizApp(t)
			owner, ownerToken, _ := participant.New(app, "owner")
			_, strangerToken, _ := participant.New(app, "stranger")
			a := startedAttempt(t, app, "test", owner.Id)
			scenario.URL = strings.ReplaceAll(scenario.URL, "{id}", a.id())
			filled := strings.NewReplacer("{handle}", a.plan[0].Handle, "{bank}", a.plan[0].Question).Replace(body)
			scenario.Body = strings.NewReader(filled)
			switch s.as {
			case "owner":
				scenario.Headers = map[string]string{participant.Header: ownerToken}
			case "stranger":
				scenario.Headers = map[string]string{participant.Header: strangerToken}
			}
			return app
		}
		scenario.Test(t)
	}
}

// startedAttempt starts an attempt without the routes (an ApiScenario builds
// them itself, and they may be built once per app).
func startedAttempt(t testing.TB, app *tests.TestApp, slug, who string) *attempt {
	t.Helper()
	def, err := LoadDefinition(app, slug)
	if err != nil {
		t.Fatal(err)
	}
	var bank bankCache
	snapshot, err := bank.get(app)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	a, err := newAttempt(app, def, nil, who, Assignee{}, Origin{}, snapshot.drawable(def, now), now, fraudReview{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAnswerScenarios(t *testing.T) {
	post := func(name, body string, as string, status int, content ...string) attemptScenario {
		return attemptScenario{as: as, ApiScenario: tests.ApiScenario{
			Name: name, Method: http.MethodPost, URL: "/api/jindu/attempts/{id}/answers",
			Body: strings.NewReader(body), ExpectedStatus: status, ExpectedContent: content,
			NotExpectedContent: []string{`correctChoice`, `explanation`, `Because`, `"plan"`},
		}}
	}
	runAttemptScenarios(t, []attemptScenario{
		post("a guest", `{"question":"{handle}","choice":[1],"key":"key-00000001"}`, "", 401, `"code":"participant_required"`),
		post("another participant", `{"question":"{handle}","choice":[1],"key":"key-00000001"}`, "stranger", 404, `"code":"attempt_not_found"`),
		post("malformed JSON", `{"question":`, "owner", 400, `"code":"invalid_answer"`),
		post("a field nobody reads", `{"question":"{handle}","choice":[1],"key":"key-00000001","cheat":true}`, "owner", 400, `"code":"invalid_answer"`),
		post("no key", `{"question":"{handle}","choice":[1]}`, "owner", 400, `"code":"invalid_answer"`),
		post("the bank id instead of the handle", `{"question":"{bank}","choice":[1],"key":"key-00000001"}`, "owner", 400, `"code":"unknown_question"`),
		post("an option out of range", `{"question":"{handle}","choice":[9],"key":"key-00000001"}`, "owner", 400, `"code":"invalid_choice"`),
		post("true/false for a single-choice question", `{"question":"{handle}","choice":true,"key":"key-00000001"}`, "owner", 400, `"code":"invalid_choice"`),
		post("an answer: accepted, and no key shown in a test", `{"question":"{handle}","choice":[1],"key":"key-00000001"}`, "owner", 200, `"accepted":true`, `"next":{`),
	})
}

func TestNextAndFinishScenarios(t *testing.T) {
	post := func(name, url, body, as string, status int, content ...string) attemptScenario {
		return attemptScenario{as: as, ApiScenario: tests.ApiScenario{
			Name: name, Method: http.MethodPost, URL: url, Body: strings.NewReader(body),
			ExpectedStatus: status, ExpectedContent: content,
		}}
	}
	runAttemptScenarios(t, []attemptScenario{
		post("next: a guest", "/api/jindu/attempts/{id}/next", "", "", 401, `"code":"participant_required"`),
		post("next: a body it does not take", "/api/jindu/attempts/{id}/next", `{"skip":true}`, "owner", 400, `"code":"invalid_body"`),
		post("next: an unpaced quiz's question is already showing", "/api/jindu/attempts/{id}/next", "", "owner", 200, `"status":"open"`, `"current":{`),
		post("finish: another participant", "/api/jindu/attempts/{id}/finish", "", "stranger", 404, `"code":"attempt_not_found"`),
		post("finish: a body it does not take", "/api/jindu/attempts/{id}/finish", `[]`, "owner", 400, `"code":"invalid_body"`),
		post("finish: the results, every question explained", "/api/jindu/attempts/{id}/finish", "", "owner", 200, `"status":"finished"`, `"result":{`, `"explanation":"解析`),
	})
}
