package classroom

import (
	"encoding/json"
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/quiz"
	"jindu/internal/writes"
)

// liveSession is a session as the server runs it: held in memory so that a
// class answering at once costs one small write each and no reads, and
// written through to the database on every change, so a restart loses
// nothing (it is read back on first use). Every field is guarded by mu.
type liveSession struct {
	mu sync.Mutex

	app                                        core.App
	id, teacher, class, code, title, locale, q string
	plan                                       []quiz.PlanItem
	shown                                      []quiz.ShownQuestion
	settings                                   Settings
	line                                       timeline
	locked                                     bool
	version                                    int

	players []*livePlayer // in joining order
	byID    map[string]*livePlayer
	byToken map[string]*livePlayer // by token hash
	// answers[position][player id]
	answers []map[string]*liveAnswer

	writer *writes.Batcher
	timer  *time.Timer
	// wake the broadcaster: urgent for phase changes, counts for answers
	urgent, counts chan struct{}
}

// livePlayer is a player in a session.
type livePlayer struct {
	ID, Nickname, key, tokenHash string
	Score, Streak                int
	// streakTo is 1 + the index of the last right answer of the streak (0: none)
	streakTo int
	Removed  bool
	joined   int64
	// card is the roster card the player joined with ("": none)
	card string
}

// liveAnswer is one player's answer to one question.
type liveAnswer struct {
	Player     string
	Position   int
	Choice     quiz.Choice
	Outcome    quiz.Outcome
	Points     int
	ElapsedMs  int64
	RequestKey string
}

// streakAt is the player's running streak as seen by question index.
func (p *livePlayer) streakAt(line *timeline, index int) int {
	if p.streakTo > 0 && p.streakTo-1 == line.previousPlayed(index) {
		return p.Streak
	}
	return 0
}

// loadSession reads a session with its players and answers from the database.
func loadSession(app core.App, library *quiz.Library, id string) (*liveSession, error) {
	record, err := app.FindRecordById("live_sessions", id)
	if err != nil {
		return nil, errNoSession
	}
	l := &liveSession{
		app: app, id: record.Id, teacher: record.GetString("teacher"), class: record.GetString("class"),
		code: record.GetString("code"), title: record.GetString("title"), locale: record.GetString("locale"),
		q: record.GetString("quiz"), locked: record.GetBool("locked"),
		byID: map[string]*livePlayer{}, byToken: map[string]*livePlayer{},
		urgent: make(chan struct{}, 1), counts: make(chan struct{}, 1),
	}
	if err := json.Unmarshal([]byte(record.GetString("plan")), &l.plan); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(record.GetString("settings")), &l.settings); err != nil {
		return nil, err
	}
	if l.shown, err = library.Show(app, l.plan, l.locale); err != nil {
		return nil, err
	}
	l.line = timeline{
		Phase: record.GetString("phase"), Current: record.GetInt("current"), Total: len(l.plan),
		Opened: int64(record.GetInt("opened_ms")), Deadline: int64(record.GetInt("deadline_ms")),
		Remaining: int64(record.GetInt("remaining_ms")), Paused: record.GetBool("paused"),
		Ended: int64(record.GetInt("ended_ms")), Skipped: []int{},
	}
	_ = json.Unmarshal([]byte(record.GetString("skipped")), &l.line.Skipped)
	l.answers = make([]map[string]*liveAnswer, len(l.plan))
	for i := range l.answers {
		l.answers[i] = map[string]*liveAnswer{}
	}

	players, err := app.FindRecordsByFilter("live_players", "session = {:s}", "created", 0, 0, dbx.Params{"s": id})
	if err != nil {
		return nil, err
	}
	for _, r := range players {
		p := &livePlayer{
			ID: r.Id, Nickname: r.GetString("nickname"), key: r.GetString("nickname_key"),
			tokenHash: r.GetString("token_hash"), Score: r.GetInt("score"), Streak: r.GetInt("streak"),
			streakTo: r.GetInt("streak_to"), Removed: r.GetBool("removed"), joined: r.GetDateTime("created").Time().UnixMilli(),
			card: r.GetString("card"),
		}
		l.addPlayer(p)
	}
	answers, err := app.FindRecordsByFilter("live_answers", "session = {:s}", "", 0, 0, dbx.Params{"s": id})
	if err != nil {
		return nil, err
	}
	for _, r := range answers {
		a := &liveAnswer{
			Player: r.GetString("player"), Position: r.GetInt("position"), Outcome: quiz.Outcome(r.GetString("outcome")),
			Points: r.GetInt("points"), ElapsedMs: int64(r.GetInt("elapsed_ms")), RequestKey: r.GetString("request_key"),
		}
		_ = json.Unmarshal([]byte(r.GetString("choice")), &a.Choice)
		if a.Position >= 0 && a.Position < len(l.answers) {
			l.answers[a.Position][a.Player] = a
		}
	}
	// every answer may have moved the version on without a write of the session
	l.version = record.GetInt("version") + len(answers) + 1
	return l, nil
}

// addPlayer indexes a player.
func (l *liveSession) addPlayer(p *livePlayer) {
	l.players = append(l.players, p)
	l.byID[p.ID] = p
	l.byToken[p.tokenHash] = p
}

// activePlayers counts the players not removed.
func (l *liveSession) activePlayers() int {
	n := 0
	for _, p := range l.players {
		if !p.Removed {
			n++
		}
	}
	return n
}

// answeredCount counts the active players who answered question index.
func (l *liveSession) answeredCount(index int) int {
	if index < 0 || index >= len(l.answers) {
		return 0
	}
	n := 0
	for player := range l.answers[index] {
		if p := l.byID[player]; p != nil && !p.Removed {
			n++
		}
	}
	return n
}
