package quiz

import (
	"reflect"
	"testing"
)

// TestTopicTallyCountsEachQuestionOnce checks that a question with two topics
// counts once, under its first, so the breakdown adds up to the quiz.
func TestTopicTallyCountsEachQuestionOnce(t *testing.T) {
	var tally topicTally
	tally.add([]string{"refusal", "identification"}, true)
	tally.add([]string{"identification"}, false)
	tally.add([]string{"law", "harms"}, false)
	tally.add([]string{"identification", "refusal"}, false)
	tally.add(nil, false)
	got := tally.list()
	want := []TopicScore{
		{Topic: "refusal", Correct: 1, Total: 1},
		{Topic: "identification", Correct: 0, Total: 2},
		{Topic: "law", Correct: 0, Total: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tally = %+v, want %+v", got, want)
	}
	if MainTopic(nil) != "" || MainTopic([]string{"law", "harms"}) != "law" {
		t.Fatal("MainTopic is the first topic, or none")
	}
}
