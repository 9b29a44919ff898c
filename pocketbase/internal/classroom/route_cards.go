package classroom

import (
	"net/http"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"jindu/internal/problem"
)

// Roster cards make a roster nickname something only its student can use.
// A class code is shared with the whole class (it is on the board), and a
// roster lists every nickname, so neither can show who is who: each nickname
// on a roster gets a card with a personal code, which the teacher prints
// (with a QR code) and hands out. Doing homework or joining a class session
// as a roster nickname needs that code. A lost card is reissued with a new
// code, and the old one stops working.

// errNoCard answers for an unknown card code, and for another class's card.
var errNoCard = problem.NotFound("card_not_found", "That is not the code of a card of this class; check your student card.")

// errCardRequired asks a student of a class with a roster for their card.
var errCardRequired = problem.New(http.StatusForbidden, "card_required",
	"This class uses student cards: type the code on your card, or scan its QR code.")

// registerCardHooks keeps each class's cards in step with its roster, in the
// same transaction as the class's save.
func registerCardHooks(app core.App) {
	for _, save := range []*hook.TaggedHook[*core.RecordEvent]{app.OnRecordCreate("classes"), app.OnRecordUpdate("classes")} {
		save.BindFunc(func(e *core.RecordEvent) error {
			return e.App.RunInTransaction(func(tx core.App) error {
				e.App = tx
				if err := e.Next(); err != nil {
					return err
				}
				return syncCards(tx, e.Record)
			})
		})
	}
}

// syncCards gives each roster nickname a card and drops the cards of
// nicknames no longer on the roster; a nickname that stays keeps its code.
func syncCards(tx core.App, class *core.Record) error {
	cards, err := tx.FindAllRecords("roster_cards", dbx.HashExp{"class": class.Id})
	if err != nil {
		return err
	}
	roster := map[string]string{}
	for _, name := range rosterOf(class) {
		roster[nicknameKey(name)] = name
	}
	for _, card := range cards {
		key := nicknameKey(card.GetString("nickname"))
		name, stays := roster[key]
		switch {
		case !stays:
			if err := tx.Delete(card); err != nil {
				return err
			}
		case name != card.GetString("nickname"): // the same student, spelt anew
			card.Set("nickname", name)
			if err := tx.Save(card); err != nil {
				return err
			}
		}
		delete(roster, key)
	}
	collection, err := tx.FindCachedCollectionByNameOrId("roster_cards")
	if err != nil {
		return err
	}
	for _, name := range roster {
		code, err := newCardCode(tx)
		if err != nil {
			return err
		}
		card := core.NewRecord(collection)
		card.Load(map[string]any{"class": class.Id, "nickname": name, "code": code})
		if err := tx.Save(card); err != nil {
			return err
		}
	}
	return nil
}

// newCardCode returns a card code no card uses.
func newCardCode(app core.App) (string, error) {
	return uniqueCode(func() string { return randomCode(classCodeAlphabet, cardCodeLength) }, func(code string) (bool, error) {
		n, err := app.CountRecords("roster_cards", dbx.HashExp{"code": code})
		return n > 0, err
	})
}

// normalCardCode upper-cases a typed card code and drops spaces and dashes
// (cards print it as ABCD-EFGH).
func normalCardCode(code string) string {
	return strings.NewReplacer(" ", "", "-", "").Replace(strings.ToUpper(strings.TrimSpace(code)))
}

// findCard returns the card with the code, if it belongs to the class ("":
// any class); otherwise errNoCard.
func findCard(app core.App, code, class string) (*core.Record, error) {
	code = normalCardCode(code)
	if len(code) != cardCodeLength {
		return nil, errNoCard
	}
	card, err := app.FindFirstRecordByData("roster_cards", "code", code)
	if err != nil || (class != "" && card.GetString("class") != class) {
		return nil, errNoCard
	}
	return card, nil
}

// StudentCard is what a card's code (or QR code) opens: who the student is
// in which class, and the class's homework.
type StudentCard struct {
	Nickname string `json:"nickname"`
	ClassAssignments
}

// handleCard answers a card's code with its student and the class's
// assignments; limited per address like joining.
func (s *service) handleCard(e *core.RequestEvent) error {
	now := time.Now()
	if !s.joins.Allow(e.RealIP(), now) {
		return errTooManyRequests
	}
	card, err := findCard(e.App, e.Request.PathValue("code"), "")
	if err != nil {
		return err
	}
	class, err := e.App.FindRecordById("classes", card.GetString("class"))
	if err != nil {
		return errNoCard
	}
	assignments, err := classAssignments(e.App, class, pickLocale(e.Request.URL.Query().Get("locale")), now)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, StudentCard{Nickname: card.GetString("nickname"), ClassAssignments: assignments})
}

// handleReissueCard gives one of the teacher's cards a new code; the old one
// stops working at once.
func (s *service) handleReissueCard(e *core.RequestEvent) error {
	card, err := e.App.FindRecordById("roster_cards", e.Request.PathValue("id"))
	if err != nil {
		return errNoCard
	}
	class, err := e.App.FindRecordById("classes", card.GetString("class"))
	if err != nil || class.GetString("teacher") != e.Auth.Id {
		return errNoCard
	}
	code, err := newCardCode(e.App)
	if err != nil {
		return err
	}
	card.Set("code", code)
	if err := e.App.Save(card); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]string{"id": card.Id, "nickname": card.GetString("nickname"), "code": code})
}
