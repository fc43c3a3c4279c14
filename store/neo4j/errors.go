package neo4j

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
)

// Error is a failure of the Neo4j store: the operation, the server's URI,
// a one-line reason an operator can act on, and the driver's error. It
// unwraps to a peyvand.Error with the code clients see (UNAVAILABLE when
// the server cannot be used, CONFLICT for a constraint violation) and to
// the driver's error.
type Error struct {
	Op     string
	URI    string
	Reason string
	Err    error
	domain *peyvand.Error
}

func (e *Error) Error() string {
	return fmt.Sprintf("neo4j %s %s: %s", e.Op, e.URI, e.Reason)
}

// Unwrap returns the domain error, when there is one, and the cause.
func (e *Error) Unwrap() []error {
	if e.domain == nil {
		return []error{e.Err}
	}
	return []error{e.domain, e.Err}
}

// errTooOld reports a server older than Neo4j 5.
type errTooOld struct{ agent string }

func (e *errTooOld) Error() string {
	return fmt.Sprintf("server is %s; Peyvand needs Neo4j 5 or later", e.agent)
}

// unavailable is what clients see when the graph database cannot serve.
func unavailable() *peyvand.Error {
	return peyvand.Errorf(peyvand.EUNAVAILABLE, "the graph database is unavailable")
}

// mapError turns a driver error from operation op into an *Error with a
// one-line reason and a domain code. Domain errors the store raised itself
// and cancellations by the caller pass through.
func mapError(op, uri, user, database string, err error) error {
	if err == nil {
		return nil
	}
	var de *peyvand.Error
	if errors.As(err, &de) {
		return err
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("neo4j %s: %w", op, err)
	}
	reason, domain := classify(err, user, database)
	return &Error{Op: op, URI: uri, Reason: reason, Err: err, domain: domain}
}

// classify returns the reason and domain error for a driver error.
func classify(err error, user, database string) (string, *peyvand.Error) {
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		reason, d := classify(limit.Errors[len(limit.Errors)-1], user, database)
		return "gave up retrying: " + reason, d
	}
	var old *errTooOld
	if errors.As(err, &old) {
		return old.Error(), unavailable()
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return classifyCode(ne.Code, ne.Msg, user, database)
	}
	var te *neo4j.TokenExpiredError
	if errors.As(err, &te) {
		return fmt.Sprintf("the credentials of user %q have expired (%s)", user, te.Code), unavailable()
	}
	var ia *neo4j.InvalidAuthenticationError
	if errors.As(err, &ia) {
		return fmt.Sprintf("the credentials of user %q are not valid: %v", user, ia.Unwrap()), unavailable()
	}
	var ue *neo4j.UsageError
	if errors.As(err, &ue) {
		if strings.Contains(ue.Message, "server responded HTTP") {
			return "this is Neo4j's HTTP port; use the Bolt port (7687 by default)", unavailable()
		}
		return "driver refused the request: " + ue.Message, nil
	}
	if strings.Contains(err.Error(), "did not accept any of the requested Bolt versions") {
		return "server is too old: it speaks none of the Bolt versions of this driver; Peyvand needs Neo4j 5 or later", unavailable()
	}
	var ce *neo4j.ConnectivityError
	var netErr net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "no answer in time: " + err.Error(), unavailable()
	case errors.As(err, &ce) && ce.Inner != nil && (errors.Is(ce.Inner, context.DeadlineExceeded) || strings.Contains(ce.Inner.Error(), "deadline exceeded")):
		return "cannot reach the server: no answer in time (" + ce.Inner.Error() + ")", unavailable()
	case errors.As(err, &ce):
		return "cannot reach the server: " + ce.Inner.Error(), unavailable()
	case errors.As(err, &netErr), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "cannot reach the server: " + err.Error(), unavailable()
	}
	return err.Error(), nil
}

// classifyCode maps a Neo4j status code to a reason and domain error.
func classifyCode(code, msg, user, database string) (string, *peyvand.Error) {
	switch {
	case code == "Neo.ClientError.Security.Unauthorized":
		return fmt.Sprintf("wrong user name or password for user %q (%s)", user, code), unavailable()
	case code == "Neo.ClientError.Security.AuthenticationRateLimit":
		return fmt.Sprintf("too many failed logins for user %q; the server refuses it for a while (%s)", user, code), unavailable()
	case code == "Neo.ClientError.Security.CredentialsExpired":
		return fmt.Sprintf("the password of user %q has expired; set a new one (%s)", user, code), unavailable()
	case strings.HasPrefix(code, "Neo.ClientError.Security."):
		return fmt.Sprintf("user %q is not allowed to do this: %s (%s)", user, msg, code), unavailable()
	case code == "Neo.ClientError.Database.DatabaseNotFound":
		return fmt.Sprintf("database %q does not exist; create it or set NEO4J_DATABASE (%s)", database, code), unavailable()
	case code == "Neo.ClientError.Schema.ConstraintValidationFailed":
		return fmt.Sprintf("a uniqueness constraint refused the write: %s (%s)", msg, code),
			peyvand.Errorf(peyvand.ECONFLICT, "a concurrent write conflicted; try again")
	case strings.HasPrefix(code, "Neo.TransientError."), code == "Neo.ClientError.Cluster.NotALeader",
		code == "Neo.ClientError.Database.DatabaseUnavailable":
		return fmt.Sprintf("database %q is unavailable for now: %s (%s)", database, msg, code), unavailable()
	}
	return fmt.Sprintf("%s (%s)", msg, code), nil
}
