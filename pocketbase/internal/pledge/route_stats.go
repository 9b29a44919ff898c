package pledge

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/subscriptions"

	"jindu/internal/campaign"
)

// Topic is the realtime topic the live count is broadcast on; browsers
// subscribe to it through PocketBase's /api/realtime.
const Topic = "jindu/pledges"

// broadcastEvery is the most often the count is pushed: a thousand people
// signing in a second still make one message a second.
const broadcastEvery = time.Second

// wallSize is how many of the latest signers the wall shows.
const wallSize = 12

// Stats is the public picture of the pledge: counts and masked names only.
type Stats struct {
	Total   int             `json:"total"`
	Today   int             `json:"today"`
	Regions []RegionCount   `json:"regions"`
	Latest  []WallSignature `json:"latest"`
}

// RegionCount is how many signed in a province.
type RegionCount struct {
	Province string `json:"province"`
	Count    int    `json:"count"`
}

// WallSignature is one line of the pledge wall.
type WallSignature struct {
	Masked   string `json:"masked"`
	Province string `json:"province,omitempty"`
	City     string `json:"city,omitempty"`
	Date     string `json:"date"`
}

// statsCache keeps the last computed Stats for up to a second, so that a
// whole assembly opening the page costs a handful of queries.
type statsCache struct {
	mu    sync.Mutex
	at    time.Time
	stats *Stats
}

// handleStats returns the live count, the top regions and the wall.
func (s *service) handleStats(e *core.RequestEvent) error {
	stats, err := s.currentStats(e.App, false)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, stats)
}

// currentStats returns stats at most a second old, or fresh ones if forced.
func (s *service) currentStats(app core.App, force bool) (*Stats, error) {
	s.stats.mu.Lock()
	defer s.stats.mu.Unlock()
	if !force && s.stats.stats != nil && time.Since(s.stats.at) < broadcastEvery {
		return s.stats.stats, nil
	}
	stats, err := computeStats(app, time.Now())
	if err != nil {
		return nil, err
	}
	s.stats.stats, s.stats.at = stats, time.Now()
	return stats, nil
}

// computeStats reads the running counts (never COUNT(*) over the pledges)
// and the newest masked names.
func computeStats(app core.App, now time.Time) (*Stats, error) {
	var counts []struct {
		Key   string `db:"key"`
		Count int    `db:"count"`
	}
	err := app.DB().Select("key", "count").From("pledge_counts").
		Where(dbx.Or(dbx.In("key", "total", "day:"+campaign.Day(now)), dbx.Like("key", "province:").Match(false, true))).
		OrderBy("count DESC").All(&counts)
	if err != nil {
		return nil, err
	}
	stats := &Stats{Regions: []RegionCount{}, Latest: []WallSignature{}}
	for _, c := range counts {
		switch {
		case c.Key == "total":
			stats.Total = c.Count
		case strings.HasPrefix(c.Key, "day:"):
			stats.Today = c.Count
		case c.Count > 0 && len(stats.Regions) < 5:
			stats.Regions = append(stats.Regions, RegionCount{Province: strings.TrimPrefix(c.Key, "province:"), Count: c.Count})
		}
	}
	err = app.DB().Select("masked", "province", "city", "day AS date").From("pledges").
		Where(dbx.NewExp("masked != ''")).OrderBy("number DESC").Limit(wallSize).All(&stats.Latest)
	return stats, err
}

// broadcastCounts pushes the stats to every browser subscribed to Topic,
// once a second at most and only after something changed, until stop closes.
func (s *service) broadcastCounts(app core.App, stop <-chan struct{}, stopped chan<- struct{}) {
	defer close(stopped)
	ticker := time.NewTicker(broadcastEvery)
	defer ticker.Stop()
	for {
		select {
		case <-stop:
			return
		case <-ticker.C:
		}
		if !s.changed.Swap(false) {
			continue
		}
		stats, err := s.currentStats(app, true)
		if err != nil {
			app.Logger().Error("pledge stats failed", "error", err)
			continue
		}
		data, err := json.Marshal(stats)
		if err != nil {
			continue
		}
		message := subscriptions.Message{Name: Topic, Data: data}
		for _, chunk := range app.SubscriptionsBroker().ChunkedClients(300) {
			for _, client := range chunk {
				if client.HasSubscription(Topic) {
					client.Send(message)
				}
			}
		}
	}
}
