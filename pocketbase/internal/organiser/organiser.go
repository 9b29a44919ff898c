// Package organiser is the campaign office's dashboard: figures by day,
// quiz, grade band, region and school, scoped to the organiser's region,
// with small groups suppressed; school coverage against an uploaded list;
// verifiable prize draws; and question health. Organisers are accounts in
// the organisers collection, made by a superuser (there is no sign-up).
package organiser

import (
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
	"golang.org/x/text/unicode/norm"

	"jindu/internal/pledge"
	"jindu/internal/problem"
)

// Register adds the organiser routes, the organisers' region check and the
// background roll-up, refreshed every rollupEvery.
func Register(app core.App, rollupEvery time.Duration) {
	app.OnRecordCreateRequest("organisers").BindFunc(checkRegion)
	app.OnRecordUpdateRequest("organisers").BindFunc(checkRegion)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		group := se.Router.Group("/api/jindu/organiser")
		group.Bind(problem.Middleware())
		group.GET("/figures", handleFigures)
		group.GET("/export", handleExport)
		group.GET("/schools", handleSchools)
		group.POST("/schools", handleSchoolsUpload)
		group.POST("/draws", handleDrawCommit)
		group.POST("/draws/{id}/reveal", handleDrawReveal)
		group.GET("/questions", handleQuestionHealth)
		// anyone may read a draw to check it
		se.Router.GET("/api/jindu/draws/{id}", handleDrawPublic).Bind(problem.Middleware())
		startRollups(se.App, rollupEvery)
		return se.Next()
	})
}

// checkRegion refuses an organiser whose region is not on the region list.
func checkRegion(e *core.RecordRequestEvent) error {
	if region := e.Record.GetString("region"); region != "" && !pledge.KnownRegion(region) {
		return router.NewBadRequestError("The region must be a province or city code from the region list.", nil)
	}
	return e.Next()
}

// Scope is the part of the country an organiser sees: a province, a city,
// or everything (both empty).
type Scope struct{ Province, City string }

// errNotOrganiser refuses anyone but an organiser or a superuser.
var errNotOrganiser = problem.New(401, "organiser_required", "Sign in as an organiser.")

// scopeOf returns the signed-in organiser's scope (a superuser sees all).
func scopeOf(e *core.RequestEvent) (Scope, *core.Record, error) {
	if e.Auth == nil {
		return Scope{}, nil, errNotOrganiser
	}
	if e.Auth.IsSuperuser() {
		return Scope{}, nil, nil
	}
	if e.Auth.Collection().Name != "organisers" {
		return Scope{}, nil, errNotOrganiser
	}
	province, city := splitRegion(e.Auth.GetString("region"))
	return Scope{Province: province, City: city}, e.Auth, nil
}

// where returns the SQL condition limiting rows to the scope, on a table
// (named by prefix, e.g. "r.", or "") with province and city columns.
func (s Scope) where(prefix string) (string, map[string]any) {
	switch {
	case s.City != "":
		return prefix + "city = {:scopeCity}", map[string]any{"scopeCity": s.City}
	case s.Province != "":
		return prefix + "province = {:scopeProvince}", map[string]any{"scopeProvince": s.Province}
	}
	return "1 = 1", map[string]any{}
}

// key is the scope as the roll-ups name it: the city, the province or "".
func (s Scope) key() string {
	if s.City != "" {
		return s.City
	}
	return s.Province
}

// splitRegion returns the province and city of a region code ("" for both
// when the code is empty or unknown).
func splitRegion(code string) (string, string) {
	province, city, _ := pledge.SplitRegion(code)
	return province, city
}

// SchoolKey folds a school's name for matching: full-width forms and case
// folded, spaces removed, so "第一中学 " and "第一中学" are the same school.
func SchoolKey(name string) string {
	folded := strings.ToLower(norm.NFKC.String(name))
	return strings.Join(strings.Fields(folded), "")
}
