package problem

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

func TestRefusalsComeOutInOneShape(t *testing.T) {
	factory := func(t testing.TB) *tests.TestApp {
		app, err := tests.NewTestApp()
		if err != nil {
			t.Fatal(err)
		}
		app.OnServe().BindFunc(func(se *core.ServeEvent) error {
			group := se.Router.Group("/api/probe")
			group.Bind(Middleware(), apis.BodyLimit(10))
			group.POST("/conflict", func(e *core.RequestEvent) error { return Conflict("taken", "Already taken.") })
			group.POST("/broken", func(e *core.RequestEvent) error { return http.ErrAbortHandler })
			group.POST("/admin", func(e *core.RequestEvent) error { return nil }).Bind(apis.RequireSuperuserAuth())
			return se.Next()
		})
		return app
	}
	scenarios := []tests.ApiScenario{
		{Name: "our own problem", Method: http.MethodPost, URL: "/api/probe/conflict",
			ExpectedStatus: 409, ExpectedContent: []string{`"code":"taken"`, `"message":"Already taken."`}},
		{Name: "an internal error hides its detail", Method: http.MethodPost, URL: "/api/probe/broken",
			ExpectedStatus: 500, ExpectedContent: []string{`"code":"internal"`}, NotExpectedContent: []string{"abort"}},
		{Name: "a body over the limit", Method: http.MethodPost, URL: "/api/probe/conflict", Body: strings.NewReader(strings.Repeat("x", 100)),
			ExpectedStatus: 413, ExpectedContent: []string{`"code":"body_too_large"`}},
		{Name: "a guest on an organisers' route", Method: http.MethodPost, URL: "/api/probe/admin",
			ExpectedStatus: 401, ExpectedContent: []string{`"code":"auth_required"`}},
	}
	for _, scenario := range scenarios {
		scenario.TestAppFactory = factory
		scenario.Test(t)
	}
}
