package quiz

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestReservedQuestionsStayWithTheirContest(t *testing.T) {
	app := newQuizApp(t)
	defer app.Cleanup()
	asked := func(quiz string, body map[string]any) []string {
		c := newClient(t, app)
		id, _ := c.start(quiz, body)
		a, err := loadAttempt(app, id)
		if err != nil {
			t.Fatal(err)
		}
		var slugs []string
		for _, item := range a.plan {
			slugs = append(slugs, item.Question)
		}
		return slugs
	}
	for range 20 {
		for _, slug := range asked("practice", nil) {
			if strings.HasPrefix(slug, "contest-") {
				t.Fatalf("practice drew %s, reserved for the open contest", slug)
			}
		}
	}
	for _, slug := range asked("contest", map[string]any{"group": "primary"}) {
		if !strings.HasPrefix(slug, "contest-") {
			t.Fatalf("the contest drew %s, which is not in its reserved pool", slug)
		}
	}

	var library Library
	list, err := library.Browse(app, "", "", "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range list {
		if strings.HasPrefix(q.ID, "contest-") {
			t.Fatalf("the bank list shows %s while its contest is open", q.ID)
		}
	}
	if _, err := library.PlanQuestions(app, []string{"contest-12"}); !errors.Is(err, ErrUnknownQuestion) {
		t.Fatalf("planning a reserved question: %v, want ErrUnknownQuestion", err)
	}
	if _, _, err := library.DrawQuiz(app, "contest"); !errors.Is(err, ErrContestOpen) {
		t.Fatalf("drawing the open contest for a class: %v, want ErrContestOpen", err)
	}
}

func TestReservedQuestionsArePublicOnceTheContestCloses(t *testing.T) {
	snapshot := &bankSnapshot{
		candidates: []candidate{{Slug: "a"}, {Slug: "b", Reserved: "winter"}, {Slug: "c", Reserved: "gone"}},
		closes:     map[string]time.Time{"winter": time.Date(2027, 1, 16, 0, 0, 0, 0, time.UTC)},
	}
	during := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	after := time.Date(2027, 1, 16, 0, 0, 1, 0, time.UTC)
	names := func(list []candidate) string {
		var out []string
		for _, c := range list {
			out = append(out, c.Slug)
		}
		return strings.Join(out, ",")
	}
	if got := names(snapshot.public(during)); got != "a" {
		t.Errorf("public while the contest is open: %q, want a", got)
	}
	if got := names(snapshot.public(after)); got != "a,b" {
		t.Errorf("public once it closed: %q, want a,b (c's contest is unknown, so c stays held)", got)
	}
	contest := &Definition{Slug: "winter", Mode: ModeContest}
	if got := names(snapshot.drawable(contest, during)); got != "b" {
		t.Errorf("the contest draws %q, want only its reserved b", got)
	}
}

func TestQuestionsAreNamedByHandlesOnly(t *testing.T) {
	app := newQuizApp(t)
	defer app.Cleanup()
	c := newClient(t, app)
	id, shown := c.start("test", nil)
	a, err := loadAttempt(app, id)
	if err != nil {
		t.Fatal(err)
	}
	if shown != a.plan[0].Handle || shown == a.plan[0].Question {
		t.Fatalf("the first question is shown as %q; want its handle %q, never its bank id", shown, a.plan[0].Handle)
	}
	answerTo := func(question string) (int, map[string]any) {
		return c.do(http.MethodPost, "/api/jindu/attempts/"+id+"/answers",
			map[string]any{"question": question, "choice": []int{0}, "key": "key-" + question})
	}
	if status, reply := answerTo(a.plan[0].Question); status != http.StatusBadRequest || reply["code"] != "unknown_question" {
		t.Errorf("answering by bank id: %d %v; want 400 unknown_question", status, reply)
	}
	if status, reply := answerTo(a.plan[2].Handle); status != http.StatusConflict || reply["code"] != "not_current_question" {
		t.Errorf("answering a later question: %d %v; want 409 not_current_question", status, reply)
	}
	other, _ := newClient(t, app).start("test", nil)
	if b, _ := loadAttempt(app, other); b.plan[0].Handle == a.plan[0].Handle {
		t.Error("two attempts share a handle")
	}
}
