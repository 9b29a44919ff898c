package organiser

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"jindu/internal/campaign"
	"jindu/internal/pledge"
)

// seedCommand fills a data folder with a campaign's worth of attempts, their
// answers and pledges, written straight into SQLite in large transactions
// (the HTTP routes would take hours at this scale). For the benchmark only:
// the attempts' plans are placeholders the engine cannot resume.
func seedCommand(app core.App) *cobra.Command {
	var attempts, pledges, days int
	command := &cobra.Command{
		Use:   "seed",
		Short: "Fill the data folder with benchmark data (attempts with answers, pledges)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := app.RunAllMigrations(); err != nil {
				return err
			}
			s, err := newSeeder(app, days)
			if err != nil {
				return err
			}
			w, err := newWriter(app)
			if err != nil {
				return err
			}
			started := time.Now()
			err = s.attempts(w, attempts)
			if err == nil {
				cmd.Printf("seeded %d attempts with %d answers in %s\n", attempts, attempts*answersPerAttempt, time.Since(started).Round(time.Millisecond))
				started = time.Now()
				err = s.pledges(w, pledges)
			}
			if err == nil {
				cmd.Printf("seeded %d pledges in %s\n", pledges, time.Since(started).Round(time.Millisecond))
				started = time.Now()
			}
			if err := w.finish(err); err != nil {
				return err
			}
			cmd.Printf("committed and rebuilt %d indexes in %s\n", len(scatteredIndexes), time.Since(started).Round(time.Millisecond))
			return nil
		},
	}
	command.Flags().IntVar(&attempts, "attempts", 1_000_000, "quiz attempts to make (each with its answers)")
	command.Flags().IntVar(&pledges, "pledges", 400_000, "pledges to make")
	command.Flags().IntVar(&days, "days", 60, "days back from today to spread them over")
	return command
}

const answersPerAttempt = 10

type seeder struct {
	app       core.App
	rng       *rand.Rand
	days      []string
	quizzes   []string
	questions []string
	provinces []string
	cities    map[string][]string
	run       string // this seed's prefix to its ids
	made      int64  // ids handed out so far
}

func newSeeder(app core.App, days int) (*seeder, error) {
	now := time.Now()
	run := strconv.FormatInt(now.Unix()%(36*36*36*36), 36)
	s := &seeder{app: app, rng: rand.New(rand.NewPCG(1, 2)), cities: pledge.RegionCodes(),
		run: "s" + strings.Repeat("0", 4-len(run)) + run}
	for d := days - 1; d >= 0; d-- {
		s.days = append(s.days, campaign.Day(now.AddDate(0, 0, -d)))
	}
	for province := range s.cities {
		s.provinces = append(s.provinces, province)
	}
	slices.Sort(s.provinces)
	if err := app.DB().NewQuery("SELECT slug FROM quizzes WHERE mode IN ('test', 'practice') ORDER BY slug").Column(&s.quizzes); err != nil {
		return nil, err
	}
	if err := app.DB().NewQuery("SELECT slug FROM questions ORDER BY slug LIMIT 400").Column(&s.questions); err != nil {
		return nil, err
	}
	if len(s.quizzes) == 0 || len(s.questions) < answersPerAttempt {
		return nil, fmt.Errorf("sync the quizzes first (npm run quizzes:sync)")
	}
	return s, nil
}

// region picks a province weighted towards the first ones (campaigns are
// uneven) and a city in it; one participant in ten gives none.
func (s *seeder) region() (string, string) {
	if s.rng.IntN(10) == 0 {
		return "", ""
	}
	province := s.provinces[int(float64(len(s.provinces))*s.rng.Float64()*s.rng.Float64())]
	cities := s.cities[province]
	if len(cities) == 0 {
		return province, ""
	}
	return province, cities[s.rng.IntN(len(cities))]
}

// dayOf is the day of the i-th of n rows: rows go in day by day, as a real
// campaign's do, so a day's rows sit together in the table as they would.
func (s *seeder) dayOf(i, n int) string { return s.days[i*len(s.days)/n] }

// id hands out record ids in increasing order, so every primary key grows
// at its end: "s", four base-36 digits of the seed's start time (two seeds
// of one data folder do not collide) and a ten-digit base-36 count.
func (s *seeder) id() string {
	s.made++
	count := strconv.FormatInt(s.made, 36)
	return s.run + strings.Repeat("0", 10-len(count)) + count
}

// attempts makes n finished attempts by n/4 participants, with their answers.
func (s *seeder) attempts(w *writer, n int) error {
	attempts, err := newBulk(w, "attempts", []string{"id", "quiz", "participant", "mode", "day", "status",
		"plan", "rules", "started_ms", "finished_ms", "time_used_ms", "score", "correct",
		"province", "city", "school", "grade_band"})
	if err != nil {
		return err
	}
	answers, err := newBulk(w, "attempt_answers", []string{"id", "attempt", "quiz", "question", "position",
		"choice", "correct", "partial", "points", "elapsed_ms", "answered_ms"})
	if err != nil {
		return err
	}
	plan := "[" + strings.TrimSuffix(strings.Repeat(`{"seeded":true},`, answersPerAttempt), ",") + "]"
	participants := max(1, n/4)
	bands := []string{"primary", "junior", "senior", "university", "adult", ""}
	for i := range n {
		who := fmt.Sprintf("seed%011d", s.rng.IntN(participants))
		province, city := s.region()
		band := bands[s.rng.IntN(len(bands))]
		school := ""
		if city != "" && (band == "senior" || band == "university") {
			school = fmt.Sprintf("%s第%d中学", city, 1+s.rng.IntN(30))
		}
		day := s.dayOf(i, n)
		start, _ := dayBounds(day)
		startedMs := start.UnixMilli() + s.rng.Int64N(86_400_000)
		skill := 0.5 + 0.45*s.rng.Float64()
		quiz := s.quizzes[s.rng.IntN(len(s.quizzes))]
		attemptID := s.id()
		correct, elapsed := 0, int64(0)
		first := s.rng.IntN(len(s.questions) - answersPerAttempt)
		for q := range answersPerAttempt {
			right := s.rng.Float64() < skill
			took := 2000 + s.rng.Int64N(15_000)
			elapsed += took
			choice, points := "[1]", 0
			if right {
				correct, points = correct+1, 1000
			} else {
				choice = []string{"[0]", "[2]", "[3]"}[s.rng.IntN(3)]
			}
			if err := answers.add(s.id(), attemptID, quiz, s.questions[first+q], q, choice, right, false,
				points, took, startedMs+elapsed); err != nil {
				return err
			}
		}
		if err := attempts.add(attemptID, quiz, who, "test", day, "finished", plan, "{}", startedMs,
			startedMs+elapsed, elapsed, correct*1000, correct, province, city, school, band); err != nil {
			return err
		}
	}
	if err := answers.flush(); err != nil {
		return err
	}
	return attempts.flush()
}

// pledges makes n pledges, numbered far above any real one.
func (s *seeder) pledges(w *writer, n int) error {
	rows, err := newBulk(w, "pledges", []string{"id", "number", "code", "age_band", "masked", "province",
		"city", "school", "day", "device_hash", "request_key"})
	if err != nil {
		return err
	}
	bands := []string{"under14", "14to17", "18plus", "18plus"}
	for i := range n {
		band := bands[s.rng.IntN(len(bands))]
		province, city, masked := "", "", ""
		if band != "under14" {
			province, city = s.region()
			masked = "张**"
		}
		if err := rows.add(s.id(), 100_000_000+i, fmt.Sprintf("S%015d", i), band, masked, province, city, "",
			s.dayOf(i, n), s.id(), fmt.Sprintf("seed-%09d", i)); err != nil {
			return err
		}
	}
	return rows.flush()
}
