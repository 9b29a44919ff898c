package classroom

// The rates schools report upward, defined here and nowhere else. A
// participant is a player who answered at least one question. Credit is
// right answers plus half of each partly right one; it is counted in halves
// so the thresholds are compared exactly, with no floating point.

// Thresholds, as a share of the session's played questions (those closed
// without a skip).
const (
	// basicsPercent: a participant "knows the basics" (知晓) at 60 %.
	basicsPercent = 60
	// excellentPercent: a participant is excellent (优秀) at 85 %.
	excellentPercent = 85
)

// Participation is one participant's result in a session.
type Participation struct {
	Correct int
	Partial int
	Score   int
}

// halfCredits is the participant's credit counted in halves.
func (p Participation) halfCredits() int { return 2*p.Correct + p.Partial }

// reaches reports whether the participant's credit is at least percent of questions.
func (p Participation) reaches(percent, questions int) bool {
	return questions > 0 && p.halfCredits()*100 >= 2*percent*questions
}

// KnowsBasics reports whether a participant got at least 60 % of the
// questions right (a partly right answer counting half).
func KnowsBasics(p Participation, questions int) bool { return p.reaches(basicsPercent, questions) }

// Excellent reports whether a participant got at least 85 % right.
func Excellent(p Participation, questions int) bool { return p.reaches(excellentPercent, questions) }

// AwarenessRate (知晓率) is the share of participants who know the basics;
// nil when nobody took part or no question was played.
func AwarenessRate(participants []Participation, questions int) *float64 {
	return shareOf(participants, questions, KnowsBasics)
}

// ExcellenceRate (优秀率) is the share of participants who are excellent;
// nil when nobody took part or no question was played.
func ExcellenceRate(participants []Participation, questions int) *float64 {
	return shareOf(participants, questions, Excellent)
}

// AverageScore is the participants' mean score; nil when nobody took part.
func AverageScore(participants []Participation) *float64 {
	if len(participants) == 0 {
		return nil
	}
	total := 0
	for _, p := range participants {
		total += p.Score
	}
	average := float64(total) / float64(len(participants))
	return &average
}

// ParticipationRate (参与率) is participants ÷ the class roster's size, at
// most 1: players who are not on the roster (a guest, a nickname typed
// differently) still count as taking part, but a class cannot take part more
// than fully. Nil without a roster.
func ParticipationRate(participants, roster int) *float64 {
	if roster <= 0 {
		return nil
	}
	rate := min(float64(participants)/float64(roster), 1)
	return &rate
}

func shareOf(participants []Participation, questions int, counts func(Participation, int) bool) *float64 {
	if len(participants) == 0 || questions <= 0 {
		return nil
	}
	n := 0
	for _, p := range participants {
		if counts(p, questions) {
			n++
		}
	}
	rate := float64(n) / float64(len(participants))
	return &rate
}
