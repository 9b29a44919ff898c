package quiz

import (
	"net/http"
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/campaign"
	"jindu/internal/participant"
	"jindu/internal/problem"
)

// boardSize is how many places a leaderboard lists.
const boardSize = 10

// boardTTL is how long a computed leaderboard is reused: a class refreshing
// the board at once costs one query, and the board is at most this stale.
const boardTTL = 5 * time.Second

// Place is one line of a leaderboard: nicknames only, never who someone is.
type Place struct {
	Rank       int    `json:"rank"`
	Nickname   string `json:"nickname"`
	Score      int    `json:"score"`
	TimeUsedMs int64  `json:"timeUsedMs"`
	// Streak is the daily challenge's run of consecutive days, which ranks
	// first on its board (see rankedPlaces).
	Streak int  `json:"streak,omitempty"`
	Me     bool `json:"me,omitempty"`
	id     string
}

// Board is a leaderboard for one quiz, group and period.
type Board struct {
	Period string `json:"period"`
	Group  string `json:"group,omitempty"`
	// RankedBy is what ranks first: "streak" on the daily challenge's board,
	// "score" elsewhere, so the board can say its rule before anyone is on it.
	RankedBy string  `json:"rankedBy"`
	Places   []Place `json:"places"`
	// Me is the requesting participant's place when they are not in Places.
	Me *Place `json:"me,omitempty"`
}

type boardKey struct {
	quiz, group, period, start string
	// byStreak ranks by the daily streak first
	byStreak bool
}

type cachedBoard struct {
	at     time.Time
	places []Place
}

// boardCache keeps recently computed top lists.
type boardCache struct{ entries sync.Map } // boardKey → cachedBoard

// handleLeaderboard lists the best finished attempt of each participant in
// the period (today or this week, campaign time), highest score first and,
// on equal scores, the faster one first. Open to everyone; a participant also
// learns their own place.
func (h *engine) handleLeaderboard(e *core.RequestEvent) error {
	slug := e.Request.PathValue("slug")
	def, err := LoadDefinition(e.App, slug)
	if err != nil {
		return err
	}
	if def.Mode == ModeKiosk {
		return problem.NotFound("no_leaderboard", "This quiz has no leaderboard.")
	}
	query := e.Request.URL.Query()
	period := query.Get("period")
	if period != "week" {
		period = "today"
	}
	group := ""
	if len(def.Groups) > 0 {
		if group = query.Get("group"); def.group(group) == nil {
			group = def.Groups[0].ID
		}
	}
	start := campaign.PeriodStart(time.Now(), period)
	key := boardKey{slug, group, period, start.Format(time.DateOnly), def.Mode == ModeDaily}

	places, err := h.boards.top(e.App, key, millis(start))
	if err != nil {
		return err
	}
	who := participant.Optional(e)
	board := newBoard(key, places)
	if who != "" {
		board.Me = ownPlace(e.App, board.Places, key, millis(start), who)
	}
	// Someone who has just earned a place sees it at once rather than when the
	// cached list expires; only a new entrant to the top pays for the query.
	if board.Me != nil && board.Me.Rank <= boardSize {
		if places, err = h.boards.refresh(e.App, key, millis(start)); err != nil {
			return err
		}
		board = newBoard(key, places)
		board.Me = ownPlace(e.App, board.Places, key, millis(start), who)
	}
	return e.JSON(http.StatusOK, board)
}

// newBoard is the reply for key's cached places, copied so marking the
// requester's own line does not touch the cache.
func newBoard(key boardKey, places []Place) Board {
	board := Board{Period: key.period, Group: key.group, RankedBy: "score", Places: make([]Place, len(places))}
	if key.byStreak {
		board.RankedBy = "streak"
	}
	copy(board.Places, places)
	return board
}

// top returns the cached or freshly computed top places.
func (c *boardCache) top(app core.App, key boardKey, since int64) ([]Place, error) {
	if cached, ok := c.entries.Load(key); ok && time.Since(cached.(cachedBoard).at) < boardTTL {
		return cached.(cachedBoard).places, nil
	}
	return c.refresh(app, key, since)
}

// refresh computes the top places afresh and caches them.
func (c *boardCache) refresh(app core.App, key boardKey, since int64) ([]Place, error) {
	places, err := rankedPlaces(app, key, since, "", boardSize)
	if err != nil {
		return nil, err
	}
	c.entries.Store(key, cachedBoard{at: time.Now(), places: places})
	return places, nil
}

// ownPlace marks the participant in places, or looks up their rank when they
// are not among them; nil if they have no finished attempt in the period.
func ownPlace(app core.App, places []Place, key boardKey, since int64, who string) *Place {
	for i := range places {
		if places[i].id == who {
			places[i].Me = true
			return nil
		}
	}
	mine, err := rankedPlaces(app, key, since, who, 1)
	if err != nil || len(mine) == 0 {
		return nil
	}
	return &mine[0]
}

// rankedPlaces ranks each participant's best attempt; with only set, it
// returns that participant's place alone.
//
// The daily challenge ranks by streak first (consecutive days played, alive
// if the last one was today or yesterday), then by score: each participant
// gets their own five questions, so what one was shown helps no one else,
// and a participant made today to replay answers starts at a streak of 1,
// below everyone who has come back day after day.
func rankedPlaces(app core.App, key boardKey, since int64, only string, limit int) ([]Place, error) {
	var rows []struct {
		Participant string `db:"participant"`
		Nickname    string `db:"nickname"`
		Score       int    `db:"score"`
		TimeUsedMs  int64  `db:"time_used_ms"`
		Streak      int    `db:"streak"`
		Rank        int    `db:"place"`
	}
	alive := campaign.PreviousDay(campaign.Day(time.Now()))
	err := app.DB().NewQuery(`
		WITH best AS (
			SELECT participant, score, time_used_ms,
				ROW_NUMBER() OVER (PARTITION BY participant ORDER BY score DESC, time_used_ms ASC) AS nth
			FROM attempts
			WHERE quiz = {:quiz} AND [[group]] = {:group} AND status = 'finished' AND finished_ms >= {:since}
		), streaks AS (
			SELECT participant, CASE WHEN {:byStreak} AND last_day >= {:alive} THEN current ELSE 0 END AS streak
			FROM daily_streaks WHERE quiz = {:quiz}
		), ranked AS (
			SELECT b.participant, b.score, b.time_used_ms, COALESCE(s.streak, 0) AS streak,
				RANK() OVER (ORDER BY COALESCE(s.streak, 0) DESC, b.score DESC, b.time_used_ms ASC) AS place
			FROM best b LEFT JOIN streaks s ON s.participant = b.participant
			WHERE b.nth = 1
		)
		SELECT r.participant, p.nickname, r.score, r.time_used_ms, r.streak, r.place
		FROM ranked r JOIN participants p ON p.id = r.participant
		WHERE {:only} = '' OR r.participant = {:only}
		ORDER BY r.place, r.participant
		LIMIT {:limit}`).
		Bind(dbx.Params{"quiz": key.quiz, "group": key.group, "since": since, "only": only, "limit": limit,
			"byStreak": key.byStreak, "alive": alive}).
		All(&rows)
	if err != nil {
		return nil, err
	}
	places := make([]Place, len(rows))
	for i, row := range rows {
		places[i] = Place{Rank: row.Rank, Nickname: row.Nickname, Score: row.Score, TimeUsedMs: row.TimeUsedMs,
			Streak: row.Streak, id: row.Participant, Me: row.Participant == only}
	}
	return places, nil
}
