package kiosk

import (
	"encoding/json"
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"jindu/internal/quiz"
)

// Config is everything a paired kiosk needs to run offline: its settings,
// the operator PIN's check and the kiosk quiz's pool with keys.
type Config struct {
	ID          string          `json:"id"`
	Name        string          `json:"name"`
	Venue       string          `json:"venue"`
	Campaign    string          `json:"campaign"`
	Stations    []string        `json:"stations"`
	Language    string          `json:"language"`
	IdleSeconds int             `json:"idleSeconds"`
	Province    string          `json:"province"`
	City        string          `json:"city"`
	Pin         PinCheck        `json:"pin"`
	Quiz        *quiz.KioskPool `json:"quiz"`
}

// handleConfig returns the paired kiosk's configuration and question pool.
func (s *service) handleConfig(e *core.RequestEvent) error {
	config, err := s.configOf(e.App, pairedKiosk(e))
	if err != nil {
		return err
	}
	e.Response.Header().Set("Cache-Control", "no-store")
	return e.JSON(http.StatusOK, config)
}

func (s *service) configOf(app core.App, record *core.Record) (*Config, error) {
	pool, err := s.library.KioskPool(app, record.GetString("quiz"))
	if err != nil {
		return nil, err
	}
	var stations []string
	_ = json.Unmarshal([]byte(record.GetString("stations")), &stations)
	return &Config{
		ID: record.Id, Name: record.GetString("name"), Venue: record.GetString("venue"),
		Campaign: record.GetString("campaign"), Stations: stations,
		Language: record.GetString("language"), IdleSeconds: record.GetInt("idle_seconds"),
		Province: record.GetString("province"), City: record.GetString("city"),
		Pin: pinCheckOf(record.GetString("pin_hash")), Quiz: pool,
	}, nil
}
