package classroom

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/quiz"
)

// sessionReport builds the report of the teacher's session in the path.
func (s *service) sessionReport(e *core.RequestEvent) (Report, error) {
	l, err := s.ownSession(e)
	if err != nil {
		return Report{}, err
	}
	return s.reportOf(e.App, l)
}

// reportOf builds a session's report, with its class roster.
func (s *service) reportOf(app core.App, l *liveSession) (Report, error) {
	record, err := app.FindRecordById("live_sessions", l.id)
	if err != nil {
		return Report{}, errNoSession
	}
	var roster []string
	if class, err := app.FindRecordById("classes", record.GetString("class")); err == nil {
		if names, ok := decodeJSON(class.Get("roster")).([]any); ok {
			for _, name := range names {
				if name, ok := name.(string); ok {
					roster = append(roster, name)
				}
			}
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.report(roster, record.GetDateTime("created").String()), nil
}

// handleReport returns the session's report as JSON.
func (s *service) handleReport(e *core.RequestEvent) error {
	report, err := s.sessionReport(e)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, report)
}

// csvHeadings, csvQuestion and csvWords are the report CSV's words per
// locale: every cell is in the teacher's language, outcomes included.
var (
	csvHeadings = map[string][]string{
		"zh-cn": {"排名", "昵称", "得分", "答对", "部分答对", "作答题数", "知晓", "优秀"},
		"en":    {"Rank", "Nickname", "Score", "Correct", "Partly correct", "Answered", "Knows the basics", "Excellent"},
	}
	csvQuestion = map[string]string{"zh-cn": "第 %d 题", "en": "Q%d"}
	csvWords    = map[string]map[string]string{
		"zh-cn": {"yes": "是", "no": "否", string(quiz.Correct): "对", string(quiz.Partial): "部分对",
			string(quiz.Wrong): "错", string(quiz.Skipped): "未作答", string(quiz.TimedOut): "超时", "": "未作答", "absent": "缺席"},
		"en": {"yes": "yes", "no": "no", string(quiz.Correct): "right", string(quiz.Partial): "partly right",
			string(quiz.Wrong): "wrong", string(quiz.Skipped): "no answer", string(quiz.TimedOut): "timed out", "": "no answer", "absent": "absent"},
	}
)

// handleReportCSV sends the players' lines as CSV, with a UTF-8 byte order
// mark so Excel reads the Chinese right, in the session's language.
func (s *service) handleReportCSV(e *core.RequestEvent) error {
	report, err := s.sessionReport(e)
	if err != nil {
		return err
	}
	locale := pickLocale(e.Request.URL.Query().Get("locale"))
	words := csvWords[locale]
	flag := func(b bool) string {
		if b {
			return words["yes"]
		}
		return words["no"]
	}
	headings := append([]string{}, csvHeadings[locale]...)
	for i := range report.Played {
		headings = append(headings, fmt.Sprintf(csvQuestion[locale], i+1))
	}
	rows := [][]string{headings}
	rank := 0
	for i, p := range report.Players {
		if i == 0 || p.Score != report.Players[i-1].Score {
			rank = i + 1
		}
		row := []string{strconv.Itoa(rank), safeCell(p.Nickname), strconv.Itoa(p.Score), strconv.Itoa(p.Correct),
			strconv.Itoa(p.Partial), strconv.Itoa(p.Answered), flag(p.KnowsBasics), flag(p.Excellent)}
		for _, outcome := range p.Outcomes {
			row = append(row, words[string(outcome)])
		}
		rows = append(rows, row)
	}
	// the roster's absent students close the list: "absent" where a rank would be
	for _, name := range report.Absent {
		row := make([]string, len(headings))
		row[0], row[1] = words["absent"], safeCell(name)
		rows = append(rows, row)
	}
	return sendCSV(e, "session-"+report.SessionID+".csv", rows)
}

// sendCSV sends rows as a CSV download, with a UTF-8 byte order mark so Excel
// reads the Chinese right.
func sendCSV(e *core.RequestEvent, filename string, rows [][]string) error {
	e.Response.Header().Set("Content-Type", "text/csv; charset=utf-8")
	e.Response.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	e.Response.WriteHeader(http.StatusOK)
	_, _ = e.Response.Write([]byte("\uFEFF"))
	out := csv.NewWriter(e.Response)
	_ = out.WriteAll(rows)
	return out.Error()
}

// safeCell keeps a spreadsheet from reading a nickname as a formula.
func safeCell(value string) string {
	if value != "" && strings.ContainsRune("=+-@\t\r", rune(value[0])) {
		return "'" + value
	}
	return value
}

// TrendPoint is one session of a class in a trend.
type TrendPoint struct {
	SessionID     string   `json:"sessionId"`
	Title         string   `json:"title"`
	Created       string   `json:"created"`
	Phase         string   `json:"phase"`
	Participants  int      `json:"participants"`
	AverageScore  *float64 `json:"averageScore"`
	AwarenessRate *float64 `json:"awarenessRate"`
}

// handleTrend lists the teacher's class's sessions that someone took part
// in, oldest first, with their awareness rate and average score.
func (s *service) handleTrend(e *core.RequestEvent) error {
	class, err := e.App.FindRecordById("classes", e.Request.PathValue("id"))
	if err != nil || class.GetString("teacher") != e.Auth.Id {
		return problem.NotFound("class_not_found", "There is no such class.")
	}
	records, err := e.App.FindRecordsByFilter("live_sessions", "class = {:c}", "created", 200, 0, dbx.Params{"c": class.Id})
	if err != nil {
		return err
	}
	points := []TrendPoint{}
	for _, record := range records {
		l, err := s.session(e.App, record.Id)
		if err != nil {
			return err
		}
		report, err := s.reportOf(e.App, l)
		if err != nil {
			return err
		}
		if report.Rates.Participants == 0 {
			continue // abandoned (nobody answered): no point on a trend
		}
		points = append(points, TrendPoint{SessionID: record.Id, Title: report.Title, Created: report.Created, Phase: report.Phase,
			Participants: report.Rates.Participants, AverageScore: report.Rates.AverageScore, AwarenessRate: report.Rates.AwarenessRate})
	}
	return e.JSON(http.StatusOK, map[string]any{"classId": class.Id, "sessions": points})
}
