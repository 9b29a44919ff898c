package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Assignments: a teacher gives one of their classes a shipped quiz to do by a
// due time. Teachers reach their own assignments through the records API
// (like classes); students see a class's assignments by its code and start
// them through the quiz engine, whose attempts now say which assignment and
// roster nickname they are for (see internal/classroom/assignments.go).
func init() {
	m.Register(func(app core.App) error {
		if err := saveCollections(app, []*core.Collection{assignmentsCollection(app)}); err != nil {
			return err
		}
		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err != nil {
			return err
		}
		attempts.Fields.Add(
			// an assignments id, "" for an attempt outside any assignment
			text("assignment", 15),
			// the roster nickname the attempt is for (assignments only)
			text("nickname", 30),
		)
		// one open attempt per participant, quiz, assignment and nickname: a
		// shared computer-room browser can hold one per student
		attempts.RemoveIndex("idx_attempts_open")
		attempts.AddIndex("idx_attempts_open", true, "participant, quiz, assignment, nickname", "status = 'open'")
		attempts.AddIndex("idx_attempts_assignment", false, "assignment, status, finished_ms", "assignment != ''")
		return app.Save(attempts)
	}, func(app core.App) error {
		attempts, err := app.FindCollectionByNameOrId("attempts")
		if err == nil {
			attempts.RemoveIndex("idx_attempts_assignment")
			attempts.RemoveIndex("idx_attempts_open")
			attempts.Fields.RemoveByName("assignment")
			attempts.Fields.RemoveByName("nickname")
			attempts.AddIndex("idx_attempts_open", true, "participant, quiz", "status = 'open'")
			if err := app.Save(attempts); err != nil {
				return err
			}
		}
		return deleteCollections(app, []*core.Collection{assignmentsCollection(app)})
	})
}

// assignmentsCollection is the assignments collection. The owning teacher
// lists, reads, creates and deletes; a hook sets the teacher to the signed-in
// one and checks the quiz. Nobody updates: a changed assignment is a new one.
func assignmentsCollection(app core.App) *core.Collection {
	assignments := core.NewBaseCollection("assignments")
	own := `@request.auth.collectionName = "teachers" && teacher = @request.auth.id`
	assignments.ListRule = types.Pointer(own)
	assignments.ViewRule = types.Pointer(own)
	assignments.CreateRule = types.Pointer(`@request.auth.collectionName = "teachers" && class.teacher = @request.auth.id`)
	assignments.DeleteRule = types.Pointer(own)
	teachersID, classesID := "", ""
	if teachers, err := app.FindCollectionByNameOrId("teachers"); err == nil {
		teachersID = teachers.Id
	}
	if classes, err := app.FindCollectionByNameOrId("classes"); err == nil {
		classesID = classes.Id
	}
	assignments.Fields.Add(
		&core.RelationField{Name: "teacher", Required: true, CollectionId: teachersID, MaxSelect: 1},
		ownedBy("class", classesID),
		// a quiz definition's slug (practice or test), checked by a hook
		requiredText("quiz", 100),
		&core.DateField{Name: "due", Required: true},
		created(),
	)
	assignments.AddIndex("idx_assignments_teacher", false, "teacher", "")
	assignments.AddIndex("idx_assignments_class", false, "class", "")
	return assignments
}
