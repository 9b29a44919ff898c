package classroom

import (
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/problem"
	"jindu/internal/quiz"
	"jindu/internal/ratelimit"
	"jindu/internal/writes"
)

// bodyLimit is far above any classroom request (a list of 50 question ids).
const bodyLimit = 16 << 10

// joinWindow is the window of the per-address join limit (the number is
// config.Config.JoinsPerMinute): a whole school behind one address joining in
// the same minute fits by default; a script creating players by the thousand
// does not. A district assembly behind one address may need it raised.
const joinWindow = time.Minute

// service holds what the classroom routes share: the bank, the sessions
// being played, and the write batcher for answers.
type service struct {
	library quiz.Library
	writes  writes.Batcher
	joins   *ratelimit.Limiter

	mu       sync.Mutex
	sessions map[string]*liveSession
}

// Register adds the classroom routes under /api/jindu/classroom and the
// hooks on the teachers, classes and assignments collections; joinsPerMinute
// bounds joins (and class-code look-ups) per address.
func Register(app core.App, joinsPerMinute int) { register(app, joinsPerMinute) }

// register adds the routes and hooks and returns the service behind them.
func register(app core.App, joinsPerMinute int) *service {
	s := &service{joins: ratelimit.New(joinsPerMinute, joinWindow), sessions: map[string]*liveSession{}}
	registerTeacherHooks(app)
	registerClassHooks(app)
	registerAssignmentHooks(app)
	registerCardHooks(app)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		api := se.Router.Group("/api/jindu/classroom")
		api.Bind(problem.Middleware(), apis.BodyLimit(bodyLimit), apis.SkipSuccessActivityLog())

		teacher := apis.RequireAuth("teachers")
		api.GET("/bank", s.handleBank).Bind(teacher)
		api.GET("/sessions", s.handleList).Bind(teacher)
		api.POST("/sessions", s.handleCreate).Bind(teacher)
		api.GET("/sessions/{id}/host", s.handleHost).Bind(teacher)
		api.POST("/sessions/{id}/{command}", s.handleCommand).Bind(teacher, problem.NoBody())
		api.POST("/sessions/{id}/players/{player}/remove", s.handleRemove).Bind(teacher, problem.NoBody())
		api.GET("/sessions/{id}/report", s.handleReport).Bind(teacher)
		api.GET("/sessions/{id}/report.csv", s.handleReportCSV).Bind(teacher)
		api.GET("/classes/{id}/trend", s.handleTrend).Bind(teacher)
		api.GET("/assignments", s.handleAssignments).Bind(teacher)
		api.GET("/assignments/{id}/status", s.handleAssignmentStatus).Bind(teacher)
		api.GET("/assignments/{id}/status.csv", s.handleAssignmentCSV).Bind(teacher)
		api.POST("/assignments/{id}/attempts/{attempt}/void", s.handleVoidAttempt).Bind(teacher, problem.NoBody())
		api.POST("/cards/{id}/reissue", s.handleReissueCard).Bind(teacher, problem.NoBody())
		api.GET("/assignments/open", s.handleOpenAssignments)
		api.GET("/cards/{code}", s.handleCard)

		api.POST("/join", s.handleJoin)
		api.GET("/play/{id}", s.handlePlay)
		api.POST("/play/{id}/answer", s.handleAnswer)
		return se.Next()
	})
	return s
}

// session returns the live session with the given id, read from the
// database on first use; sessions still running stay in memory.
func (s *service) session(app core.App, id string) (*liveSession, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l := s.sessions[id]; l != nil {
		return l, nil
	}
	l, err := loadSession(app, &s.library, id)
	if err != nil {
		return nil, err
	}
	l.writer = &s.writes
	if l.line.Phase != phaseEnded {
		s.sessions[id] = l
		go l.broadcast()
		l.mu.Lock()
		l.arm()
		l.mu.Unlock()
	}
	return l, nil
}

// forget drops an ended session from memory; it reads back from the database.
func (s *service) forget(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.sessions, id)
}

// ownSession returns the session in the path if the signed-in teacher runs
// it; another teacher's session is "not found", like a missing one.
func (s *service) ownSession(e *core.RequestEvent) (*liveSession, error) {
	l, err := s.session(e.App, e.Request.PathValue("id"))
	if err != nil {
		return nil, err
	}
	if l.teacher != e.Auth.Id {
		return nil, errNoSession
	}
	return l, nil
}
