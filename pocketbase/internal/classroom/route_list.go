package classroom

import (
	"net/http"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// sessionListSize is how many of a teacher's sessions the dashboard lists.
const sessionListSize = 100

// SessionSummary is one of a teacher's sessions on their dashboard.
type SessionSummary struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	ClassID string `json:"classId,omitempty"`
	Phase   string `json:"phase"`
	// Code is the join code while the session runs; "" once it has ended.
	Code    string `json:"code,omitempty"`
	Created string `json:"created"`
	Players int    `json:"players"`
}

// handleList lists the signed-in teacher's sessions, newest first, with how
// many players each has (removed players not counted).
func (s *service) handleList(e *core.RequestEvent) error {
	records, err := e.App.FindRecordsByFilter("live_sessions", "teacher = {:t}", "-created", sessionListSize, 0,
		dbx.Params{"t": e.Auth.Id})
	if err != nil {
		return err
	}
	list := make([]SessionSummary, 0, len(records))
	for _, record := range records {
		players, err := e.App.CountRecords("live_players", dbx.HashExp{"session": record.Id, "removed": false})
		if err != nil {
			return err
		}
		summary := SessionSummary{ID: record.Id, Title: record.GetString("title"), ClassID: record.GetString("class"),
			Phase: record.GetString("phase"), Created: record.GetDateTime("created").String(), Players: int(players)}
		if summary.Phase != phaseEnded {
			summary.Code = record.GetString("code")
		}
		list = append(list, summary)
	}
	return e.JSON(http.StatusOK, map[string]any{"sessions": list})
}
