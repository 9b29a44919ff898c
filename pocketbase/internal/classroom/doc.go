// Package classroom is the teacher's side of Jindu: teacher accounts
// (the "teachers" auth collection; sign-up, sign-in and password reset are
// PocketBase's own), classes with a roster of nicknames (the "classes"
// collection, each teacher sees only their own), live class quiz sessions
// played on a projector and the students' phones, session reports, and
// self-paced assignments (the "assignments" collection).
//
// Timing and scoring are decided here on the server's clock with the quiz
// engine's formulas (quiz.Judge, quiz.BasePoints, quiz.StreakBonus); the
// answer key never leaves the server before a question closes. A session is
// kept in memory while it runs and written through to live_sessions,
// live_players and live_answers, which the records API cannot reach.
//
// Routes under /api/jindu/classroom (JSON; errors are {status, code, message}):
//
// Teacher (a "teachers" auth token; another teacher's session or class is 404):
//
//	GET  /bank?topic=&grade=&locale=          {questions: [{id, type, topics, grades, difficulty, stem, options}]}
//	GET  /sessions                            {sessions: [...]} the teacher's own, newest first
//	POST /sessions                            {quiz | questions: [ids], classId?, title?, settings?, locale} → 201 HostView
//	GET  /sessions/{id}/host                  HostView
//	POST /sessions/{id}/{command}             next | pause | resume | skip | end | lock | unlock → HostView
//	POST /sessions/{id}/players/{pid}/remove  → HostView; the player's token stops working
//	GET  /sessions/{id}/report                Report
//	GET  /sessions/{id}/report.csv?locale=    the players' lines, UTF-8 with a byte order mark
//	GET  /classes/{id}/trend                  {classId, sessions: [TrendPoint]} oldest first
//	GET  /assignments?locale=                 {assignments: [AssignmentSummary]} latest due first
//	GET  /assignments/{id}/status?locale=     AssignmentStatus: each student on time, late or missing, and the rates
//
// Player (no account; the token from /join in the X-Player-Token header):
//
//	POST /join                   {code, nickname?, locale, token?} → 201 {sessionId, playerId, token, nickname}
//	                             (200 and the same player when token is one of this session's players)
//	GET  /play/{sessionId}       PlayerView (the same token after a reload: the same player and score)
//	POST /play/{sessionId}/answer {index, choice: [positions] | true | false, requestKey} → PlayerView
//
// Student, for assignments (no account; see assignments.go for what counts):
//
//	GET  /assignments/open?code=&locale=  ClassAssignments: the class name, roster and assignments
//	then POST /api/jindu/quizzes/{slug}/attempts {assignment, nickname, locale} (the quiz engine,
//	through AssignmentGate)
//
// Settings: scoring speed|accuracy, points 0–2000, streak, leaderboard
// each|end, winners 1–10, seconds 5–240 (defaults: speed, 1000, false, each, 3, 20).
// Phases: lobby → question → closed → … → ended. "next" during a question
// closes it (scored); "skip" closes it with nobody scored; "end" closes an
// open question (scored) and ends. A question also closes at its deadline
// plus a second's grace, and once every active player has answered.
//
// Realtime: subscribe to "classroom/{sessionId}" through /api/realtime; each
// message is a PublicView (the question with its deadline and the server's
// clock, the answer count; the key, explanation and distribution once
// closed). Phase changes are pushed at once; answer and join counts at most
// ten times a second. The version field grows with every change.
package classroom
