package quiz

import "github.com/pocketbase/pocketbase/core"

// Assignee is who an attempt at a class assignment is for: the assignment's
// id and the student's nickname as the class roster spells it.
type Assignee struct {
	Assignment string
	Nickname   string
}

// AssignmentGate admits a start for a class assignment: it checks that the
// assignment exists and is for the quiz slug, and that the nickname may do
// it, and returns the assignee or a *problem.Problem. The classroom owns
// assignments and rosters, so it provides the gate (see main.go); without
// one, every start for an assignment is refused.
type AssignmentGate func(app core.App, slug, assignment, nickname string) (Assignee, error)
