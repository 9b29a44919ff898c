// Package problem is Jindu's one error shape for its own routes:
// {"status": 409, "code": "attempt_closed", "message": "…"}. The code is
// stable and names a translation (errors.<code> in src/i18n/*.json); the
// message is a plain English fallback for logs and curl. Internal detail is
// logged, never sent.
package problem

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"unicode/utf8"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
)

// Problem is an error a client may see. Route handlers return it; the Middleware
// writes it.
type Problem struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Error makes Problem an error.
func (p *Problem) Error() string { return p.Code + ": " + p.Message }

// New returns a Problem with the given status, code and English message.
func New(status int, code, message string) *Problem {
	return &Problem{Status: status, Code: code, Message: message}
}

// BadInput returns a 400 Problem.
func BadInput(code, message string) *Problem { return New(http.StatusBadRequest, code, message) }

// NotFound returns a 404 Problem.
func NotFound(code, message string) *Problem { return New(http.StatusNotFound, code, message) }

// Conflict returns a 409 Problem.
func Conflict(code, message string) *Problem { return New(http.StatusConflict, code, message) }

// Middleware writes a returned *Problem as JSON and turns any other error into a
// 500 with code "internal", logging the detail.
func Middleware() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "jinduProblem",
		// just inside the security headers and before the rate and body
		// limiters, so their refusals come out in this shape too
		Priority: apis.DefaultRateLimitMiddlewarePriority - 1,
		Func: func(e *core.RequestEvent) error {
			err := e.Next()
			if err == nil {
				return nil
			}
			var p *Problem
			if errors.As(err, &p) {
				return e.JSON(p.Status, p)
			}
			var apiErr *router.ApiError
			if errors.As(err, &apiErr) {
				if apiErr.Status == http.StatusRequestEntityTooLarge {
					// the unread rest of the body must not be taken for the next request
					e.Response.Header().Set("Connection", "close")
				}
				// PocketBase's own refusals (body too large, rate limit…) in our shape
				return e.JSON(apiErr.Status, New(apiErr.Status, codeForStatus(apiErr.Status), apiErr.Message))
			}
			e.App.Logger().Error("jindu route failed", "path", e.Request.URL.Path, "error", err)
			return e.JSON(http.StatusInternalServerError, New(http.StatusInternalServerError, "internal", "Something went wrong on our side. Please try again."))
		},
	}
}

// codeForStatus names PocketBase's own refusals with our error codes.
func codeForStatus(status int) string {
	switch status {
	case http.StatusRequestEntityTooLarge:
		return "body_too_large"
	case http.StatusTooManyRequests:
		return "too_many_requests"
	case http.StatusUnauthorized:
		return "auth_required"
	case http.StatusForbidden:
		return "forbidden"
	case http.StatusNotFound:
		return "not_found"
	}
	if status >= http.StatusInternalServerError {
		return "internal"
	}
	return "invalid_body"
}

// ErrInvalidBody refuses a body that is not the JSON object a route reads.
var ErrInvalidBody = BadInput("invalid_body", "The request body is not valid JSON.")

// Bind reads a route's JSON body into input strictly: one JSON object with
// only input's fields, of their types (an empty body reads as {}). Anything
// else is refused with invalid_body, so a malformed or padded request never
// half-succeeds with the parts that happened to fit.
func Bind(e *core.RequestEvent, input any) error {
	raw, err := io.ReadAll(e.Request.Body)
	var tooLarge *router.ApiError
	if errors.As(err, &tooLarge) {
		return err // the body limit's refusal, written in our shape by Middleware
	}
	if err != nil {
		return ErrInvalidBody
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil
	}
	if !utf8.Valid(raw) {
		return ErrInvalidBody
	}
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(input); err != nil || decoder.More() {
		return ErrInvalidBody
	}
	if _, err := decoder.Token(); err != io.EOF {
		return ErrInvalidBody // something after the object
	}
	return nil
}

// NoBody refuses a body on routes that take none (commands like next or
// finish): an empty body or {} is fine; anything else is a malformed request.
func NoBody() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "jinduNoBody",
		Func: func(e *core.RequestEvent) error {
			var none struct{}
			if err := Bind(e, &none); err != nil {
				return err
			}
			return e.Next()
		},
	}
}
