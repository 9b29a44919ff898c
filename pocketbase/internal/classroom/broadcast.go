package classroom

import (
	"encoding/json"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// countsEvery is the most often answer and join counts are pushed: 200
// answers in a second make about ten messages, not 200. Phase changes go at once.
const countsEvery = 100 * time.Millisecond

// sendChunk is how many clients one goroutine sends a message to.
const sendChunk = 50

// Topic is the realtime topic of a session's public state.
func Topic(sessionID string) string { return "classroom/" + sessionID }

// announce wakes the session's broadcaster: urgent for a phase change,
// otherwise coalesced. The caller holds l.mu.
func (l *liveSession) announce(urgent bool) {
	wake := l.counts
	if urgent {
		wake = l.urgent
	}
	select {
	case wake <- struct{}{}:
	default: // already woken; the message it sends will be built from the latest state
	}
}

// broadcast pushes the public view to every subscriber of the session's
// topic whenever announce wakes it, building the message when it sends so
// each message carries the latest state. It returns after pushing the end.
func (l *liveSession) broadcast() {
	var last time.Time
	for {
		select {
		case <-l.urgent:
		case <-l.counts:
			if wait := time.Until(last.Add(countsEvery)); wait > 0 {
				select {
				case <-time.After(wait):
				case <-l.urgent:
				}
			}
		}
		l.mu.Lock()
		view := l.publicView(time.Now())
		l.mu.Unlock()
		data, err := json.Marshal(view)
		if err != nil {
			continue
		}
		last = time.Now()
		l.send(subscriptions.Message{Name: Topic(l.id), Data: data})
		if view.Phase == phaseEnded {
			return
		}
	}
}

// send delivers a message to the topic's subscribers, a chunk of clients per
// goroutine, and waits for all so messages reach each client in order.
func (l *liveSession) send(message subscriptions.Message) {
	var wg sync.WaitGroup
	for _, chunk := range l.app.SubscriptionsBroker().ChunkedClients(sendChunk) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, client := range chunk {
				if client.HasSubscription(message.Name) {
					client.Send(message)
				}
			}
		}()
	}
	wg.Wait()
}
