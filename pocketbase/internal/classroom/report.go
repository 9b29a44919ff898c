package classroom

import (
	"sort"

	"jindu/internal/quiz"
)

// Report is a session's results for the teacher, with the rates schools
// report upward (see rates.go for their definitions).
type Report struct {
	SessionID string         `json:"sessionId"`
	Title     string         `json:"title"`
	ClassID   string         `json:"classId,omitempty"`
	Phase     string         `json:"phase"`
	Created   string         `json:"created"`
	Played    int            `json:"played"`
	Players   []PlayerResult `json:"players"`
	// Absent are the class roster's names (in roster order) with no player who
	// took part under them, so the report names who was missing.
	Absent    []string         `json:"absent"`
	Questions []QuestionResult `json:"questions"`
	Topics    []TopicMastery   `json:"topics"`
	Rates     Rates            `json:"rates"`
}

// Rates are the session's headline figures; null when they cannot be worked out.
type Rates struct {
	Participants      int      `json:"participants"`
	Roster            int      `json:"roster"`
	ParticipationRate *float64 `json:"participationRate"`
	AverageScore      *float64 `json:"averageScore"`
	ExcellenceRate    *float64 `json:"excellenceRate"`
	AwarenessRate     *float64 `json:"awarenessRate"`
}

// PlayerResult is one player's line, best score first.
type PlayerResult struct {
	PlayerID    string `json:"playerId"`
	Nickname    string `json:"nickname"`
	Score       int    `json:"score"`
	Correct     int    `json:"correct"`
	Partial     int    `json:"partial"`
	Answered    int    `json:"answered"`
	KnowsBasics bool   `json:"knowsBasics"`
	Excellent   bool   `json:"excellent"`
	// Outcomes is the player's outcome per played question, in play order ("" when unanswered).
	Outcomes []quiz.Outcome `json:"outcomes"`
}

// QuestionResult is one played question, hardest first.
type QuestionResult struct {
	Index int    `json:"index"`
	ID    string `json:"id"`
	Stem  string `json:"stem"`
	// Options are the choices in the order the room saw them (empty for true/false).
	Options []string `json:"options,omitempty"`
	Topics  []string `json:"topics"`
	// CorrectRate is credit ÷ participants (partly right counts half); null without participants.
	CorrectRate *float64 `json:"correctRate"`
	Answered    int      `json:"answered"`
	Counts      []int    `json:"counts"`
	Correct     any      `json:"correct"`
}

// TopicMastery is the credit earned on a topic's questions ÷ what was possible.
type TopicMastery struct {
	Topic     string   `json:"topic"`
	Questions int      `json:"questions"`
	Mastery   *float64 `json:"mastery"`
}

// report builds the session's report; roster is the class roster's names
// (none without one). The caller holds l.mu.
func (l *liveSession) report(roster []string, created string) Report {
	played := l.line.played()
	r := Report{SessionID: l.id, Title: l.title, ClassID: l.class, Phase: l.line.Phase, Created: created,
		Played: len(played), Players: []PlayerResult{}, Absent: []string{}, Questions: []QuestionResult{}, Topics: []TopicMastery{}}

	var participations []Participation
	for _, p := range l.players {
		if p.Removed {
			continue
		}
		line := PlayerResult{PlayerID: p.ID, Nickname: p.Nickname, Score: p.Score, Outcomes: []quiz.Outcome{}}
		for _, index := range played {
			a := l.answers[index][p.ID]
			if a == nil {
				line.Outcomes = append(line.Outcomes, "")
				continue
			}
			line.Outcomes = append(line.Outcomes, a.Outcome)
			line.Answered++
			switch a.Outcome {
			case quiz.Correct:
				line.Correct++
			case quiz.Partial:
				line.Partial++
			}
		}
		if line.Answered == 0 {
			continue // joined but never took part
		}
		result := Participation{Correct: line.Correct, Partial: line.Partial, Score: line.Score}
		line.KnowsBasics, line.Excellent = KnowsBasics(result, len(played)), Excellent(result, len(played))
		participations = append(participations, result)
		r.Players = append(r.Players, line)
	}
	sort.SliceStable(r.Players, func(i, j int) bool { return r.Players[i].Score > r.Players[j].Score })
	present := map[string]bool{}
	for _, p := range r.Players {
		present[nicknameKey(p.Nickname)] = true
	}
	for _, name := range roster {
		if !present[nicknameKey(name)] {
			r.Absent = append(r.Absent, name)
		}
	}

	participants := len(participations)
	topicCredit, topicQuestions := map[string]int{}, map[string]int{}
	for _, index := range played {
		halves, answered := 0, 0
		for _, p := range r.Players {
			switch l.answers[index][p.PlayerID].outcome() {
			case quiz.Correct:
				halves += 2
			case quiz.Partial:
				halves++
			}
			if l.answers[index][p.PlayerID] != nil {
				answered++
			}
		}
		item, result := l.plan[index], l.result(index)
		q := QuestionResult{Index: index, ID: item.Question, Stem: l.shown[index].View.Stem,
			Options: l.shown[index].View.Options, Topics: item.Topics,
			CorrectRate: ratio(halves, 2*participants), Answered: answered, Counts: result.Counts, Correct: result.Correct}
		r.Questions = append(r.Questions, q)
		// once, under its main topic, so the topics' questions add up to the session's
		if topic := quiz.MainTopic(item.Topics); topic != "" {
			topicCredit[topic] += halves
			topicQuestions[topic]++
		}
	}
	sort.SliceStable(r.Questions, func(i, j int) bool {
		return rateOrZero(r.Questions[i].CorrectRate) < rateOrZero(r.Questions[j].CorrectRate)
	})
	for topic, n := range topicQuestions {
		r.Topics = append(r.Topics, TopicMastery{Topic: topic, Questions: n, Mastery: ratio(topicCredit[topic], 2*n*participants)})
	}
	sort.Slice(r.Topics, func(i, j int) bool { return r.Topics[i].Topic < r.Topics[j].Topic })

	r.Rates = Rates{
		Participants: participants, Roster: len(roster),
		ParticipationRate: ParticipationRate(participants, len(roster)),
		AverageScore:      AverageScore(participations),
		ExcellenceRate:    ExcellenceRate(participations, len(played)),
		AwarenessRate:     AwarenessRate(participations, len(played)),
	}
	return r
}

// outcome is the answer's outcome, or "" for no answer.
func (a *liveAnswer) outcome() quiz.Outcome {
	if a == nil {
		return ""
	}
	return a.Outcome
}

// ratio is part ÷ whole, or nil when whole is 0.
func ratio(part, whole int) *float64 {
	if whole <= 0 {
		return nil
	}
	r := float64(part) / float64(whole)
	return &r
}

func rateOrZero(rate *float64) float64 {
	if rate == nil {
		return 0
	}
	return *rate
}
