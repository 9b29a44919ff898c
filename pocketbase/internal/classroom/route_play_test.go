package classroom

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"jindu/internal/quiz"
	"jindu/internal/testkit"
)

// TestJoinScenarios covers POST /join: {code} is a lobby's join code (of a
// class with the roster Amy and Bo), {card} Amy's card code, {other} a card
// of another class.
func TestJoinScenarios(t *testing.T) {
	scenarios := []tests.ApiScenario{
		{Name: "malformed JSON", Body: strings.NewReader(`{"code":`),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"invalid_body"`}},
		{Name: "a field nobody reads", Body: strings.NewReader(`{"code":"{code}","card":"{card}","admin":true}`),
			ExpectedStatus: 400, ExpectedContent: []string{`"code":"invalid_body"`}},
		{Name: "no such session", Body: strings.NewReader(`{"code":"000000","nickname":"Amy"}`),
			ExpectedStatus: 404, ExpectedContent: []string{`"code":"session_not_found"`}},
		{Name: "a roster name without its card", Body: strings.NewReader(`{"code":"{code}","nickname":"Amy"}`),
			ExpectedStatus: 403, ExpectedContent: []string{`"code":"card_required"`}},
		{Name: "another class's card", Body: strings.NewReader(`{"code":"{code}","card":"{other}"}`),
			ExpectedStatus: 404, ExpectedContent: []string{`"code":"card_not_found"`}},
		{Name: "a card: the roster's nickname, whatever name is sent", Body: strings.NewReader(`{"code":"{code}","card":"{card}","nickname":"Bo"}`),
			ExpectedStatus: 201, ExpectedContent: []string{`"nickname":"Amy"`, `"token":"`}},
	}
	testkit.RunFilled(t, http.MethodPost, "/api/jindu/classroom/join", scenarios, func(t testing.TB) (*tests.TestApp, *strings.Replacer) {
		app, err := tests.NewTestApp()
		if err != nil {
			t.Fatal(err)
		}
		register(app, 300)
		code, card, other := lobbyWithRoster(t, app)
		return app, strings.NewReplacer("{code}", code, "{card}", card, "{other}", other)
	})
}

// lobbyWithRoster makes a teacher, a class with the roster Amy and Bo, a
// second class, and a session of the first in its lobby; it returns the
// join code, Amy's card code and a card code of the other class.
func lobbyWithRoster(t testing.TB, app core.App) (code, amy, other string) {
	t.Helper()
	if _, err := quiz.SyncBank(app, quiz.Bank{Questions: []quiz.BankQuestion{{
		ID: "q0", Type: quiz.TypeSingle, Topics: []string{"law"}, Grades: []string{"junior"}, Difficulty: 1,
		Answer: json.RawMessage(`[1]`), Sources: json.RawMessage(`[]`),
		Text: json.RawMessage(`{"zh-cn":{"stem":"题","options":["甲","乙"],"explanation":"解析"},"en":{"stem":"Q","options":["A","B"],"explanation":"Because"}}`),
	}}}); err != nil {
		t.Fatal(err)
	}
	teachers, _ := app.FindCollectionByNameOrId("teachers")
	teacher := core.NewRecord(teachers)
	teacher.Load(map[string]any{"email": "t@school.test", "name": "Ms T", "role": "teacher"})
	teacher.SetPassword("password-123")
	classes, _ := app.FindCollectionByNameOrId("classes")
	first, second := core.NewRecord(classes), core.NewRecord(classes)
	for _, record := range []*core.Record{teacher, first, second} {
		if record != teacher {
			record.Load(map[string]any{"teacher": teacher.Id, "name": "Class", "grade": "junior", "roster": []string{"Amy", "Bo"}})
		}
		if err := app.Save(record); err != nil {
			t.Fatal(err)
		}
	}
	cardOf := func(class *core.Record) string {
		card, err := app.FindFirstRecordByFilter("roster_cards", "class = {:c} && nickname = 'Amy'", map[string]any{"c": class.Id})
		if err != nil {
			t.Fatal(err)
		}
		return card.GetString("code")
	}
	var library quiz.Library
	plan, err := library.PlanQuestions(app, []string{"q0"})
	if err != nil {
		t.Fatal(err)
	}
	id, err := createSession(app, teacher.Id, first.Id, "", "Class quiz", "en", plan, defaultSettings())
	if err != nil {
		t.Fatal(err)
	}
	session, _ := app.FindRecordById("live_sessions", id)
	return session.GetString("code"), cardOf(first), cardOf(second)
}
