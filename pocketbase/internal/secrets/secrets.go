// Package secrets keeps the server's own random keys (token signing, keyed
// hashes, challenge signing) in the rules-locked "secrets" collection, made
// on first use and never sent to anyone.
package secrets

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"sync"

	"github.com/pocketbase/pocketbase/core"
)

// secretCache keeps each named secret once loaded; secrets never change. It is
// keyed by data folder, which a transaction's app shares with its parent.
var secretCache sync.Map // map[secretKey][]byte

type secretKey struct {
	dataDir string
	name    string
}

// Get returns the named 32-byte server secret, creating and storing it in the
// rules-locked "secrets" collection the first time. It signs participant tokens
// and salts the hashes kept for fraud review, so it must survive restarts.
func Get(app core.App, name string) ([]byte, error) {
	key := secretKey{dataDir: app.DataDir(), name: name}
	if cached, ok := secretCache.Load(key); ok {
		return cached.([]byte), nil
	}

	var secret []byte
	err := app.RunInTransaction(func(tx core.App) error {
		record, err := tx.FindFirstRecordByData("secrets", "name", name)
		if err == nil {
			secret, err = base64.RawStdEncoding.DecodeString(record.GetString("value"))
			return err
		}
		collection, err := tx.FindCollectionByNameOrId("secrets")
		if err != nil {
			return err
		}
		secret = make([]byte, 32)
		if _, err := rand.Read(secret); err != nil {
			return err
		}
		record = core.NewRecord(collection)
		record.Set("name", name)
		record.Set("value", base64.RawStdEncoding.EncodeToString(secret))
		return tx.Save(record)
	})
	if err != nil {
		return nil, err
	}
	if len(secret) != 32 {
		return nil, errors.New("secret " + name + " is malformed")
	}
	secretCache.Store(key, secret)
	return secret, nil
}
