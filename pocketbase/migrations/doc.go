// Package migrations holds Jindu's Go migrations. Each file registers one
// up/down pair with m.Register; main.go imports the package for that side effect,
// and `serve` applies pending migrations on start.
package migrations
