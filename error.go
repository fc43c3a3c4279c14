package peyvand

import (
	"errors"
	"fmt"
)

// Error codes, mapped once to the transport (GraphQL extensions.code).
const (
	ENOTFOUND     = "NOT_FOUND"
	EINVALID      = "INVALID_ARGUMENT"
	EUNAUTHORIZED = "UNAUTHENTICATED"
	EFORBIDDEN    = "FORBIDDEN"
	EUNAVAILABLE  = "UNAVAILABLE"
	ECONFLICT     = "CONFLICT"
	EINTERNAL     = "INTERNAL"
)

// Error is a domain error: a code clients can act on and a message safe to
// show them. Internal causes are wrapped in other errors and only logged.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string {
	return fmt.Sprintf("peyvand error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns a domain error with the given code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first domain error in err's chain, or
// EINTERNAL when there is none.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err == nil {
		return ""
	}
	return EINTERNAL
}

// ErrorMessage returns the client-safe message of err: the domain error's
// message, or a generic one that leaks nothing.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
