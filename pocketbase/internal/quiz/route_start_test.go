package quiz

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"jindu/internal/participant"
)

func TestStartScenarios(t *testing.T) {
	factory := func(t testing.TB) *tests.TestApp { return newQuizApp(t) }
	token := func(app *tests.TestApp) string {
		_, token, _ := participant.New(app, "tester")
		return token
	}
	scenarios := []struct {
		tests.ApiScenario
		withToken bool
	}{
		{ApiScenario: tests.ApiScenario{
			Name: "a guest must become a participant first", Method: http.MethodPost,
			URL: "/api/jindu/quizzes/test/attempts", Body: strings.NewReader(`{}`),
			ExpectedStatus: 401, ExpectedContent: []string{`"code":"participant_required"`},
		}},
		{ApiScenario: tests.ApiScenario{
			Name: "a forged token is refused", Method: http.MethodPost,
			URL: "/api/jindu/quizzes/test/attempts", Body: strings.NewReader(`{}`),
			Headers:        map[string]string{participant.Header: "abc.forged"},
			ExpectedStatus: 401, ExpectedContent: []string{`"code":"participant_required"`},
		}},
		{withToken: true, ApiScenario: tests.ApiScenario{
			Name: "an unknown quiz", Method: http.MethodPost,
			URL: "/api/jindu/quizzes/nope/attempts", Body: strings.NewReader(`{}`),
			ExpectedStatus: 404, ExpectedContent: []string{`"code":"quiz_not_found"`},
		}},
		{withToken: true, ApiScenario: tests.ApiScenario{
			Name: "a quiz not open yet", Method: http.MethodPost,
			URL: "/api/jindu/quizzes/future/attempts", Body: strings.NewReader(`{}`),
			ExpectedStatus: 403, ExpectedContent: []string{`"code":"quiz_not_open"`},
		}},
		{withToken: true, ApiScenario: tests.ApiScenario{
			Name: "a contest needs a group", Method: http.MethodPost,
			URL: "/api/jindu/quizzes/contest/attempts", Body: strings.NewReader(`{"group":"nursery"}`),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"group_required"`},
		}},
		{withToken: true, ApiScenario: tests.ApiScenario{
			Name: "bad JSON", Method: http.MethodPost,
			URL: "/api/jindu/quizzes/test/attempts", Body: strings.NewReader(`{`),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"invalid_body"`},
		}},
		{withToken: true, ApiScenario: tests.ApiScenario{
			Name: "a start shows the first question and nothing of the key", Method: http.MethodPost,
			URL: "/api/jindu/quizzes/test/attempts", Body: strings.NewReader(`{"locale":"en"}`),
			ExpectedStatus:     201,
			ExpectedContent:    []string{`"status":"open"`, `"count":3`, `"options":[`, `"deadline":`},
			NotExpectedContent: []string{`"k":`, `"kb":`, `"answer":`, `correctChoice`, `explanation`, `Because`, `"plan"`, `"rules"`},
		}},
	}
	for _, s := range scenarios {
		scenario := s.ApiScenario
		scenario.TestAppFactory = factory
		if s.withToken {
			scenario.BeforeTestFunc = nil
			scenario.TestAppFactory = func(t testing.TB) *tests.TestApp {
				app := newQuizApp(t)
				scenario.Headers = map[string]string{participant.Header: token(app)}
				return app
			}
		}
		scenario.Test(t)
	}
}
