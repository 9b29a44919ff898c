package problem

import (
	"errors"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

func TestBindReadsOneStrictObject(t *testing.T) {
	type input struct {
		Name  string `json:"name"`
		Count int    `json:"count"`
	}
	cases := []struct {
		name, body string
		ok         bool
	}{
		{"an empty body reads as {}", "", true},
		{"the fields, of their types", `{"name":"a","count":2}`, true},
		{"malformed JSON", `{"name":`, false},
		{"a field nobody reads", `{"name":"a","extra":1}`, false},
		{"a wrong type", `{"count":"two"}`, false},
		{"trailing data", `{"name":"a"} {}`, false},
		{"an array", `[{"name":"a"}]`, false},
		{"deep nesting", strings.Repeat("[", 20000) + strings.Repeat("]", 20000), false},
		{"invalid UTF-8", "{\"name\":\"a\xffb\"}", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := &core.RequestEvent{}
			e.Request = httptest.NewRequest("POST", "/", strings.NewReader(c.body))
			var got input
			err := Bind(e, &got)
			if c.ok && err != nil {
				t.Fatalf("refused: %v", err)
			}
			if !c.ok && !errors.Is(err, ErrInvalidBody) {
				t.Fatalf("got %v, want ErrInvalidBody", err)
			}
		})
	}
}
