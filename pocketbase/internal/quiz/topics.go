package quiz

// MainTopic is the topic a question counts under in a topic breakdown: the
// first it lists. A question with two topics is counted once, so the
// breakdown's questions add up to the quiz's (a pool still draws a question
// for any of its topics).
func MainTopic(topics []string) string {
	if len(topics) == 0 {
		return ""
	}
	return topics[0]
}

// topicTally sums answers by main topic, in the order topics first appear.
type topicTally struct {
	scores map[string]*TopicScore
	order  []string
}

// add counts one answered question under its main topic.
func (t *topicTally) add(topics []string, correct bool) {
	topic := MainTopic(topics)
	if topic == "" {
		return
	}
	if t.scores == nil {
		t.scores = map[string]*TopicScore{}
	}
	if t.scores[topic] == nil {
		t.scores[topic] = &TopicScore{Topic: topic}
		t.order = append(t.order, topic)
	}
	t.scores[topic].Total++
	if correct {
		t.scores[topic].Correct++
	}
}

// list returns the sums in order.
func (t *topicTally) list() []TopicScore {
	out := []TopicScore{}
	for _, topic := range t.order {
		out = append(out, *t.scores[topic])
	}
	return out
}
