package organiser

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
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
			started := time.Now()
			if err := s.attempts(attempts); err != nil {
				return err
			}
			cmd.Printf("seeded %d attempts with %d answers in %s\n", attempts, attempts*answersPerAttempt, time.Since(started).Round(time.Millisecond))
			started = time.Now()
			if err := s.pledges(pledges); err != nil {
				return err
			}
			cmd.Printf("seeded %d pledges in %s\n", pledges, time.Since(started).Round(time.Millisecond))
			return nil
		},
	}
	command.Flags().IntVar(&attempts, "attempts", 1_000_000, "quiz attempts to make (each with its answers)")
	command.Flags().IntVar(&pledges, "pledges", 400_000, "pledges to make")
	command.Flags().IntVar(&days, "days", 60, "days back from today to spread them over")
	return command
}

const (
	answersPerAttempt = 10
	rowsPerStatement  = 200
	rowsPerCommit     = 50_000
)

type seeder struct {
	app       core.App
	rng       *rand.Rand
	days      []string
	quizzes   []string
	questions []string
	provinces []string
	cities    map[string][]string
}

func newSeeder(app core.App, days int) (*seeder, error) {
	s := &seeder{app: app, rng: rand.New(rand.NewPCG(1, 2)), cities: pledge.RegionCodes()}
	now := time.Now()
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

func (s *seeder) id() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 15)
	for i := range b {
		b[i] = letters[s.rng.IntN(len(letters))]
	}
	return string(b)
}

// writer is one transaction at a time on the single write connection,
// committed every rowsPerCommit rows (of any table).
type writer struct {
	db   *sql.DB
	tx   *sql.Tx
	rows int
}

func (s *seeder) newWriter() (*writer, error) {
	w := &writer{db: s.app.NonconcurrentDB().(*dbx.DB).DB()}
	var err error
	w.tx, err = w.db.Begin()
	return w, err
}

func (w *writer) counted() error {
	w.rows++
	if w.rows%rowsPerCommit != 0 {
		return nil
	}
	if err := w.tx.Commit(); err != nil {
		return err
	}
	var err error
	w.tx, err = w.db.Begin()
	return err
}

// bulk writes one table's rows with multi-row INSERTs.
type bulk struct {
	w       *writer
	head    string
	width   int
	pending []any
}

func newBulk(w *writer, table string, columns []string) *bulk {
	return &bulk{w: w, width: len(columns),
		head: "INSERT INTO " + table + " (" + strings.Join(columns, ", ") + ") VALUES "}
}

func (b *bulk) add(values ...any) error {
	b.pending = append(b.pending, values...)
	if len(b.pending) == b.width*rowsPerStatement {
		if err := b.flush(); err != nil {
			return err
		}
	}
	return b.w.counted()
}

func (b *bulk) flush() error {
	if len(b.pending) == 0 {
		return nil
	}
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", b.width), ",") + ")"
	n := len(b.pending) / b.width
	_, err := b.w.tx.Exec(b.head+strings.TrimSuffix(strings.Repeat(row+",", n), ","), b.pending...)
	b.pending = b.pending[:0]
	return err
}

// finish flushes the bulks and commits.
func (w *writer) finish(bulks ...*bulk) error {
	for _, b := range bulks {
		if err := b.flush(); err != nil {
			_ = w.tx.Rollback()
			return err
		}
	}
	return w.tx.Commit()
}

// attempts makes n finished attempts by n/4 participants, with their answers.
func (s *seeder) attempts(n int) error {
	w, err := s.newWriter()
	if err != nil {
		return err
	}
	attempts := newBulk(w, "attempts", []string{"id", "quiz", "participant", "mode", "day", "status",
		"plan", "rules", "started_ms", "finished_ms", "time_used_ms", "score", "correct",
		"province", "city", "school", "grade_band"})
	answers := newBulk(w, "attempt_answers", []string{"id", "attempt", "quiz", "question", "position",
		"choice", "correct", "partial", "points", "elapsed_ms", "answered_ms"})
	plan := "[" + strings.TrimSuffix(strings.Repeat(`{"seeded":true},`, answersPerAttempt), ",") + "]"
	participants := max(1, n/4)
	bands := []string{"primary", "junior", "senior", "university", "adult", ""}
	for range n {
		who := fmt.Sprintf("seed%011d", s.rng.IntN(participants))
		province, city := s.region()
		band := bands[s.rng.IntN(len(bands))]
		school := ""
		if city != "" && (band == "senior" || band == "university") {
			school = fmt.Sprintf("%s第%d中学", city, 1+s.rng.IntN(30))
		}
		day := s.days[s.rng.IntN(len(s.days))]
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
			choice := "[1]"
			if !right {
				choice = fmt.Sprintf("[%d]", []int{0, 2, 3}[s.rng.IntN(3)])
			} else {
				correct++
			}
			if err := answers.add(s.id(), attemptID, quiz, s.questions[first+q], q, choice, right, false,
				map[bool]int{true: 1000, false: 0}[right], took, startedMs+elapsed); err != nil {
				return err
			}
		}
		if err := attempts.add(attemptID, quiz, who, "test", day, "finished", plan, "{}", startedMs,
			startedMs+elapsed, elapsed, correct*1000, correct, province, city, school, band); err != nil {
			return err
		}
	}
	return w.finish(answers, attempts)
}

// pledges makes n pledges, numbered far above any real one.
func (s *seeder) pledges(n int) error {
	w, err := s.newWriter()
	if err != nil {
		return err
	}
	rows := newBulk(w, "pledges", []string{"id", "number", "code", "age_band", "masked", "province",
		"city", "school", "day", "device_hash", "request_key"})
	bands := []string{"under14", "14to17", "18plus", "18plus"}
	for i := range n {
		band := bands[s.rng.IntN(len(bands))]
		province, city, masked := "", "", ""
		if band != "under14" {
			province, city = s.region()
			masked = "张**"
		}
		if err := rows.add(s.id(), 100_000_000+i, fmt.Sprintf("S%015d", i), band, masked, province, city, "",
			s.days[s.rng.IntN(len(s.days))], s.id(), fmt.Sprintf("seed-%d", i)); err != nil {
			return err
		}
	}
	return w.finish(rows)
}
