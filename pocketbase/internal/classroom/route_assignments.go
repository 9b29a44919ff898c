package classroom

import (
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/campaign"
	"jindu/internal/problem"
	"jindu/internal/quiz"
)

// assignmentListSize is how many of a teacher's assignments the dashboard lists.
const assignmentListSize = 200

// AssignmentSummary is an assignment with its class and how its students stand.
type AssignmentSummary struct {
	ID        string `json:"id"`
	ClassID   string `json:"classId"`
	ClassName string `json:"className"`
	Quiz      string `json:"quiz"`
	QuizTitle string `json:"quizTitle"`
	// Due is Unix milliseconds.
	Due     int64        `json:"due"`
	Created string       `json:"created"`
	Roster  int          `json:"roster"`
	Counts  StatusCounts `json:"counts"`
}

// AssignmentStatus is an assignment's status page: each student's line and
// the headline rates over the counted attempts.
type AssignmentStatus struct {
	AssignmentSummary
	ServerNow int64           `json:"serverNow"`
	Students  []StudentStatus `json:"students"`
	Rates     Rates           `json:"rates"`
}

// OpenAssignment is an assignment as a student sees it in the class's list.
type OpenAssignment struct {
	ID    string `json:"id"`
	Quiz  string `json:"quiz"`
	Title string `json:"title"`
	Due   int64  `json:"due"`
	// Past means the due time has passed: it can still be done, as late.
	Past bool `json:"past"`
}

// ClassAssignments is what a class code opens for a student: the class's
// name, whether its students use roster cards (then starting needs one; the
// roster itself is never sent), and its assignments (open ones first, soonest
// due first; then past ones, most recent first).
type ClassAssignments struct {
	ClassName   string           `json:"className"`
	Cards       bool             `json:"cards"`
	ServerNow   int64            `json:"serverNow"`
	Assignments []OpenAssignment `json:"assignments"`
}

// errTooManyRequests refuses an address over the join limit.
var errTooManyRequests = problem.New(http.StatusTooManyRequests, "too_many_requests", "Too many requests; please wait a few seconds.")

// handleOpenAssignments lists a class's assignments for the class code in
// ?code=; limited per address like joining.
func (s *service) handleOpenAssignments(e *core.RequestEvent) error {
	now := time.Now()
	if !s.joins.Allow(e.RealIP(), now) {
		return errTooManyRequests
	}
	code := strings.ToUpper(strings.TrimSpace(e.Request.URL.Query().Get("code")))
	class, err := e.App.FindFirstRecordByData("classes", "code", code)
	if err != nil || len(code) != codeLength {
		return problem.NotFound("class_code_not_found", "No class has that code.")
	}
	out, err := classAssignments(e.App, class, pickLocale(e.Request.URL.Query().Get("locale")), now)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, out)
}

// classAssignments lists a class's assignments as its students see them.
func classAssignments(app core.App, class *core.Record, locale string, now time.Time) (ClassAssignments, error) {
	records, err := app.FindRecordsByFilter("assignments", "class = {:c}", "due", assignmentListSize, 0, dbx.Params{"c": class.Id})
	if err != nil {
		return ClassAssignments{}, err
	}
	out := ClassAssignments{ClassName: class.GetString("name"), Cards: len(rosterOf(class)) > 0,
		ServerNow: now.UnixMilli(), Assignments: []OpenAssignment{}}
	for _, record := range records {
		def, err := quiz.LoadDefinition(app, record.GetString("quiz"))
		if err != nil {
			continue // retired since: it cannot be started
		}
		due := dueOf(record)
		out.Assignments = append(out.Assignments, OpenAssignment{ID: record.Id, Quiz: def.Slug, Title: def.TitleIn(locale),
			Due: due, Past: due < now.UnixMilli()})
	}
	sort.SliceStable(out.Assignments, func(i, j int) bool {
		a, b := out.Assignments[i], out.Assignments[j]
		if a.Past != b.Past {
			return !a.Past
		}
		if a.Past {
			return a.Due > b.Due
		}
		return a.Due < b.Due
	})
	return out, nil
}

// handleAssignments lists the signed-in teacher's assignments, latest due
// first, with their status counts.
func (s *service) handleAssignments(e *core.RequestEvent) error {
	records, err := e.App.FindRecordsByFilter("assignments", "teacher = {:t}", "-due", assignmentListSize, 0,
		dbx.Params{"t": e.Auth.Id})
	if err != nil {
		return err
	}
	ids := make([]string, len(records))
	for i, record := range records {
		ids[i] = record.Id
	}
	finished, err := finishedAttempts(e.App, ids)
	if err != nil {
		return err
	}
	locale := pickLocale(e.Request.URL.Query().Get("locale"))
	list := make([]AssignmentSummary, 0, len(records))
	for _, record := range records {
		summary, _, err := summarise(e.App, record, finished[record.Id], locale)
		if err != nil {
			return err
		}
		list = append(list, summary)
	}
	return e.JSON(http.StatusOK, map[string]any{"assignments": list})
}

// handleAssignmentStatus is the teacher's status page for one of their
// assignments; another teacher's is "not found".
func (s *service) handleAssignmentStatus(e *core.RequestEvent) error {
	status, err := ownAssignmentStatus(e)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, status)
}

// ownAssignmentStatus is the requesting teacher's assignment with each
// student's status; another teacher's is "not found".
func ownAssignmentStatus(e *core.RequestEvent) (AssignmentStatus, error) {
	record, err := e.App.FindRecordById("assignments", e.Request.PathValue("id"))
	if err != nil || record.GetString("teacher") != e.Auth.Id {
		return AssignmentStatus{}, errNoAssignment
	}
	finished, err := finishedAttempts(e.App, []string{record.Id})
	if err != nil {
		return AssignmentStatus{}, err
	}
	summary, students, err := summarise(e.App, record, finished[record.Id], pickLocale(e.Request.URL.Query().Get("locale")))
	if err != nil {
		return AssignmentStatus{}, err
	}
	return AssignmentStatus{AssignmentSummary: summary, ServerNow: time.Now().UnixMilli(),
		Students: students, Rates: assignmentRates(students, summary.Roster)}, nil
}

// statusCSVHeadings and statusWords are the assignment CSV's words per locale.
var (
	statusCSVHeadings = map[string][]string{
		"zh-cn": {"昵称", "状态", "得分", "答对", "题数", "完成时间（北京时间）", "完成次数", "在名单上"},
		"en":    {"Nickname", "Status", "Score", "Correct", "Questions", "Finished (Beijing time)", "Attempts", "On the roster"},
	}
	statusWords = map[string]map[string]string{
		"zh-cn": {statusOnTime: "按时完成", statusLate: "逾期完成", statusMissing: "未完成", "yes": "是", "no": "否"},
		"en":    {statusOnTime: "on time", statusLate: "late", statusMissing: "missing", "yes": "yes", "no": "no"},
	}
)

// handleAssignmentCSV sends each student's status as CSV, in the asked
// language, for the school's own records.
func (s *service) handleAssignmentCSV(e *core.RequestEvent) error {
	status, err := ownAssignmentStatus(e)
	if err != nil {
		return err
	}
	locale := pickLocale(e.Request.URL.Query().Get("locale"))
	words := statusWords[locale]
	rows := [][]string{statusCSVHeadings[locale]}
	for _, student := range status.Students {
		score, correct, questions, finished := "", "", "", ""
		if student.Score != nil {
			score = strconv.Itoa(*student.Score)
		}
		if student.Correct != nil {
			correct = strconv.Itoa(*student.Correct)
			questions = strconv.Itoa(student.Questions)
		}
		if student.FinishedAt > 0 {
			finished = time.UnixMilli(student.FinishedAt).In(campaign.Zone).Format("2006-01-02 15:04")
		}
		onRoster := words["no"]
		if student.OnRoster {
			onRoster = words["yes"]
		}
		rows = append(rows, []string{safeCell(student.Nickname), words[student.Status], score, correct, questions,
			finished, strconv.Itoa(student.Attempts), onRoster})
	}
	return sendCSV(e, "assignment-"+status.ID+".csv", rows)
}

// summarise classifies an assignment's students and sums them up.
func summarise(app core.App, record *core.Record, attempts []finishedAttempt, locale string) (AssignmentSummary, []StudentStatus, error) {
	class, err := app.FindRecordById("classes", record.GetString("class"))
	if err != nil {
		return AssignmentSummary{}, nil, errNoAssignment
	}
	roster := rosterOf(class)
	title := record.GetString("quiz")
	if def, err := quiz.LoadDefinition(app, title); err == nil {
		title = def.TitleIn(locale)
	}
	students := classify(roster, dueOf(record), attempts)
	return AssignmentSummary{
		ID: record.Id, ClassID: class.Id, ClassName: class.GetString("name"), Quiz: record.GetString("quiz"),
		QuizTitle: title, Due: dueOf(record), Created: record.GetDateTime("created").String(),
		Roster: len(roster), Counts: countStatuses(students),
	}, students, nil
}

// dueOf is an assignment's due time in Unix milliseconds.
func dueOf(record *core.Record) int64 { return record.GetDateTime("due").Time().UnixMilli() }

// handleVoidAttempt voids a finished attempt at one of the teacher's
// assignments (a student did it under someone else's name, or had to stop):
// it no longer counts, and the student's next finished attempt does.
func (s *service) handleVoidAttempt(e *core.RequestEvent) error {
	record, err := e.App.FindRecordById("assignments", e.Request.PathValue("id"))
	if err != nil || record.GetString("teacher") != e.Auth.Id {
		return errNoAssignment
	}
	result, err := e.App.DB().Update("attempts", dbx.Params{"voided": true},
		dbx.HashExp{"id": e.Request.PathValue("attempt"), "assignment": record.Id, "status": "finished"}).Execute()
	if err != nil {
		return err
	}
	if n, _ := result.RowsAffected(); n == 0 {
		return problem.NotFound("attempt_not_found", "There is no such finished attempt at this assignment.")
	}
	return s.handleAssignmentStatus(e)
}

// finishedAttempts reads the finished attempts at the given assignments that
// count (not voided), by assignment, with how many answers were partly right
// (for the rates).
func finishedAttempts(app core.App, assignments []string) (map[string][]finishedAttempt, error) {
	out := map[string][]finishedAttempt{}
	if len(assignments) == 0 {
		return out, nil
	}
	ids := make([]any, len(assignments))
	for i, id := range assignments {
		ids[i] = id
	}
	var rows []struct {
		ID         string `db:"id"`
		Assignment string `db:"assignment"`
		Nickname   string `db:"nickname"`
		FinishedMs int64  `db:"finished_ms"`
		Score      int    `db:"score"`
		Correct    int    `db:"correct"`
		Partial    int    `db:"partial"`
		Questions  int    `db:"questions"`
	}
	err := app.DB().Select("a.id", "a.assignment", "a.nickname", "a.finished_ms", "a.score", "a.correct",
		"json_array_length(a.plan) AS questions",
		"(SELECT COUNT(*) FROM attempt_answers w WHERE w.attempt = a.id AND w.partial = 1) AS partial").
		From("attempts a").
		Where(dbx.In("a.assignment", ids...)).
		AndWhere(dbx.HashExp{"a.status": "finished", "a.voided": false}).
		All(&rows)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.Assignment] = append(out[r.Assignment], finishedAttempt{ID: r.ID, Nickname: r.Nickname, FinishedMs: r.FinishedMs,
			Score: r.Score, Correct: r.Correct, Partial: r.Partial, Questions: r.Questions})
	}
	return out, nil
}
