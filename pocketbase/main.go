// Command jindu is the Jindu (禁毒) server: PocketBase plus the static site built by Astro.
package main

import (
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
	"github.com/pocketbase/pocketbase/tools/osutils"

	_ "jindu/migrations"

	"jindu/internal/classroom"
	"jindu/internal/config"
	"jindu/internal/devlog"
	"jindu/internal/kiosk"
	"jindu/internal/organiser"
	"jindu/internal/participant"
	"jindu/internal/pledge"
	"jindu/internal/proxy"
	"jindu/internal/quiz"
	"jindu/internal/site"
)

func main() {
	cfg := config.FromEnv()
	// Dev mode only when asked (JINDU_DEV=1 or --dev): PocketBase would also
	// switch it on for any binary run from the temp folder, and dev mode
	// prints every SQL statement (redacted by devlog, but still not for production).
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDev: cfg.Dev})

	var publicDir string
	app.RootCmd.PersistentFlags().StringVar(
		&publicDir,
		"publicDir",
		defaultPublicDir(),
		"the directory with the static site built by Astro",
	)

	// Parse early so publicDir is known before the feature packages register;
	// unknown flags are left for the subcommands.
	_ = app.RootCmd.ParseFlags(os.Args[1:])

	// Migrations are Go files in migrations/, written by hand and reviewed,
	// so automigrate (which snapshots dashboard edits) stays off.
	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{Automigrate: false})

	devlog.Register(app)
	proxy.Register(app, cfg.TrustedProxyHeader)
	participant.Register(app)
	quiz.Register(app, classroom.AssignmentGate)
	booths := pledge.Register(app, cfg.PowMaxNumber)
	kiosk.Register(app, booths)
	classroom.Register(app, cfg.JoinsPerMinute)
	organiser.Register(app, time.Duration(cfg.RollupSeconds)*time.Second)
	app.RootCmd.AddCommand(quiz.Commands(app)...)
	app.RootCmd.AddCommand(organiser.Commands(app)...)
	app.RootCmd.AddCommand(pledge.Commands(app)...)
	site.Register(app, publicDir, append([]string{cfg.SiteOrigin}, cfg.CORSOrigins...))

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

// defaultPublicDir returns the repo's dist/ folder: ../dist from pocketbase/
// under `go run`, otherwise ../../dist from the binary in pocketbase/bin/.
func defaultPublicDir() string {
	if osutils.IsProbablyGoRun() {
		return "../dist"
	}

	return filepath.Join(filepath.Dir(os.Args[0]), "../../dist")
}
