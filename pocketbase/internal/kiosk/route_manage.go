package kiosk

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/pledge"
	"jindu/internal/problem"
	"jindu/internal/safetext"
)

// kioskInput is a kiosk as an organiser describes it.
type kioskInput struct {
	Name        string   `json:"name"`
	Venue       string   `json:"venue"`
	Campaign    string   `json:"campaign"`
	Stations    []string `json:"stations"`
	Quiz        string   `json:"quiz"`
	Pin         string   `json:"pin"`
	Language    string   `json:"language"`
	IdleSeconds int      `json:"idleSeconds"`
	Province    string   `json:"province"`
	City        string   `json:"city"`
}

// Managed is a kiosk as its organiser sees it; with a pairing code right
// after it was issued (the only time the code is ever shown).
type Managed struct {
	ID             string   `json:"id"`
	Name           string   `json:"name"`
	Venue          string   `json:"venue"`
	Campaign       string   `json:"campaign"`
	Stations       []string `json:"stations"`
	Paired         bool     `json:"paired"`
	Revoked        bool     `json:"revoked"`
	PairingCode    string   `json:"pairingCode,omitempty"`
	PairingExpires int64    `json:"pairingExpires,omitempty"`
}

var pinPattern = regexp.MustCompile(`^[0-9]{4,8}$`)

// handleCreate registers a kiosk and returns it with its pairing code.
func (s *service) handleCreate(e *core.RequestEvent) error {
	var in kioskInput
	if err := problem.Bind(e, &in); err != nil {
		return err
	}
	if err := checkInput(&in); err != nil {
		return err
	}
	collection, err := e.App.FindCollectionByNameOrId("kiosks")
	if err != nil {
		return err
	}
	record := core.NewRecord(collection)
	record.Load(map[string]any{
		"name": in.Name, "venue": in.Venue, "campaign": in.Campaign, "stations": in.Stations,
		"quiz": in.Quiz, "pin_hash": hashPin(in.Pin), "language": in.Language,
		"idle_seconds": in.IdleSeconds, "province": in.Province, "city": in.City,
	})
	code := issuePairing(record)
	if err := e.App.Save(record); err != nil {
		return err
	}
	return e.JSON(http.StatusCreated, managedView(record, code))
}

// checkInput validates and fills in a kiosk's description.
func checkInput(in *kioskInput) error {
	var bad string
	fields := []struct {
		value    *string
		max      int
		required bool
	}{{&in.Name, 60, true}, {&in.Venue, 100, false}, {&in.Campaign, 100, false}}
	for _, f := range fields {
		clean, problemOf := safetext.Clean(*f.value, f.max)
		if problemOf == safetext.Empty && !f.required {
			*f.value = ""
			continue
		}
		if problemOf != "" {
			bad = string(problemOf)
			break
		}
		*f.value = clean
	}
	if bad != "" {
		return problem.BadInput("kiosk_text_invalid", "Name, venue and campaign are short plain text; a name is required.")
	}
	if !pinPattern.MatchString(in.Pin) {
		return problem.BadInput("kiosk_pin_invalid", "The PIN is 4 to 8 digits.")
	}
	if len(in.Stations) == 0 {
		in.Stations = Stations
	}
	for _, station := range in.Stations {
		if !slices.Contains(Stations, station) {
			return problem.BadInput("kiosk_station_invalid", "Stations are spot, quiz, pledge and vr.")
		}
	}
	if in.Quiz == "" {
		in.Quiz = defaultQuiz
	}
	if in.Language == "" {
		in.Language = "zh-cn"
	}
	if in.Language != "zh-cn" && in.Language != "en" {
		return problem.BadInput("kiosk_language_invalid", "The language is zh-cn or en.")
	}
	if in.IdleSeconds == 0 {
		in.IdleSeconds = defaultIdleSeconds
	}
	if in.IdleSeconds < minIdleSeconds || in.IdleSeconds > maxIdleSeconds {
		return problem.BadInput("kiosk_idle_invalid", "The idle timeout is 20 to 600 seconds.")
	}
	if !pledge.ValidRegion(in.Province, in.City) {
		return problem.BadInput("pledge_region_invalid", "Choose your province and city from the list.")
	}
	return nil
}

// issuePairing gives the record a fresh one-time pairing code and returns it.
func issuePairing(record *core.Record) string {
	code := newPairingCode()
	record.Set("pairing_hash", digest(code))
	record.Set("pairing_expires_ms", time.Now().Add(pairingLifetime).UnixMilli())
	return code
}

func managedView(record *core.Record, code string) Managed {
	var stations []string
	_ = json.Unmarshal([]byte(record.GetString("stations")), &stations)
	m := Managed{
		ID: record.Id, Name: record.GetString("name"), Venue: record.GetString("venue"),
		Campaign: record.GetString("campaign"), Stations: stations,
		Paired: record.GetString("token_hash") != "", Revoked: record.GetBool("revoked"),
	}
	if code != "" {
		m.PairingCode, m.PairingExpires = code, int64(record.GetInt("pairing_expires_ms"))
	}
	return m
}

// handleList lists the kiosks, newest first.
func (s *service) handleList(e *core.RequestEvent) error {
	records, err := e.App.FindRecordsByFilter("kiosks", "", "-created", 500, 0)
	if err != nil {
		return err
	}
	list := make([]Managed, len(records))
	for i, r := range records {
		list[i] = managedView(r, "")
	}
	return e.JSON(http.StatusOK, list)
}

var errNoKiosk = problem.NotFound("kiosk_not_found", "There is no such kiosk.")

// handleNewPairing issues a new pairing code (to pair a replacement screen);
// the kiosk paired now keeps working until the new code is used.
func (s *service) handleNewPairing(e *core.RequestEvent) error {
	record, err := e.App.FindRecordById("kiosks", e.Request.PathValue("id"))
	if err != nil {
		return errNoKiosk
	}
	code := issuePairing(record)
	record.Set("revoked", false)
	if err := e.App.Save(record); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, managedView(record, code))
}

// handleRevoke unpairs a kiosk at once: its token and any unused pairing
// code stop working. Items it stored stay.
func (s *service) handleRevoke(e *core.RequestEvent) error {
	record, err := e.App.FindRecordById("kiosks", e.Request.PathValue("id"))
	if err != nil {
		return errNoKiosk
	}
	record.Set("revoked", true)
	record.Set("token_hash", "")
	record.Set("pairing_hash", "")
	if err := e.App.Save(record); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, managedView(record, ""))
}
