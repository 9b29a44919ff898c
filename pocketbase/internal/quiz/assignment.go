package quiz

import "github.com/pocketbase/pocketbase/core"

// Assignee is who an attempt at a class assignment is for: the assignment's
// id and the student's nickname as the class roster spells it.
type Assignee struct {
	Assignment string
	Nickname   string
	// Origin is the class's school, region and grade, for the campaign figures.
	Origin Origin
}

// AssignmentClaim is what a student sends to start a class assignment: the
// assignment and who they are, as their roster card's code (classes with a
// roster) or a nickname (classes without one).
type AssignmentClaim struct {
	Assignment, Nickname, Card string
}

// AssignmentGate admits a start for a class assignment: it checks that the
// assignment exists and is for the quiz slug, and that the claim shows who
// may do it, and returns the assignee or a *problem.Problem. The classroom
// owns assignments, rosters and their cards, so it provides the gate (see
// main.go); without one, every start for an assignment is refused.
type AssignmentGate func(app core.App, slug string, claim AssignmentClaim) (Assignee, error)
