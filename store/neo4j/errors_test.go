package neo4j

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
)

func TestMapError(t *testing.T) {
	const uri = "bolt://db.example:7687"
	cases := []struct {
		name   string
		err    error
		code   string
		reason string
	}{
		{"wrong password", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "The client is unauthorized"},
			peyvand.EUNAVAILABLE, `wrong user name or password for user "app"`},
		{"rate limit", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit"},
			peyvand.EUNAVAILABLE, "too many failed logins"},
		{"forbidden", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Forbidden", Msg: "write denied"},
			peyvand.EUNAVAILABLE, "not allowed to do this: write denied"},
		{"missing database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound", Msg: "graph not found"},
			peyvand.EUNAVAILABLE, `database "graph" does not exist`},
		{"transient", &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"},
			peyvand.EUNAVAILABLE, "unavailable for now"},
		{"constraint", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed", Msg: "already exists"},
			peyvand.ECONFLICT, "uniqueness constraint"},
		{"syntax", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"},
			peyvand.EINTERNAL, "bad (Neo.ClientError.Statement.SyntaxError)"},
		{"lost connection", &neo4j.ConnectivityError{Inner: io.EOF},
			peyvand.EUNAVAILABLE, "cannot reach the server: EOF"},
		{"http port", &neo4j.UsageError{Message: "server responded HTTP. Make sure you are not trying to connect to the http endpoint"},
			peyvand.EUNAVAILABLE, "HTTP port"},
		{"no common bolt version", errors.New("server did not accept any of the requested Bolt versions ([]...)"),
			peyvand.EUNAVAILABLE, "server is too old"},
		{"old agent", &errTooOld{agent: "Neo4j/4.4.30"},
			peyvand.EUNAVAILABLE, "server is Neo4j/4.4.30; Peyvand needs Neo4j 5 or later"},
		{"retries exhausted", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{&neo4j.ConnectivityError{Inner: io.ErrUnexpectedEOF}}},
			peyvand.EUNAVAILABLE, "gave up retrying: cannot reach the server"},
		{"deadline", fmt.Errorf("read: %w", context.DeadlineExceeded),
			peyvand.EUNAVAILABLE, "no answer in time"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := mapError("apply", uri, "app", "graph", fmt.Errorf("apply_write_nodes: %w", c.err))
			if got := peyvand.ErrorCode(err); got != c.code {
				t.Errorf("code = %s, want %s (%v)", got, c.code, err)
			}
			msg := err.Error()
			if !strings.Contains(msg, c.reason) || !strings.HasPrefix(msg, "neo4j apply "+uri+": ") {
				t.Errorf("message %q does not name the URI and %q", msg, c.reason)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("message spans lines: %q", msg)
			}
			if !errors.Is(err, c.err) {
				t.Errorf("the driver's error is not wrapped")
			}
		})
	}
}

func TestMapErrorPassesThrough(t *testing.T) {
	if mapError("x", "bolt://h", "", "neo4j", nil) != nil {
		t.Errorf("nil did not stay nil")
	}
	domain := peyvand.Errorf(peyvand.ENOTFOUND, "no entity per_1")
	if err := mapError("x", "bolt://h", "", "neo4j", fmt.Errorf("work: %w", domain)); peyvand.ErrorCode(err) != peyvand.ENOTFOUND {
		t.Errorf("a domain error raised in a transaction lost its code: %v", err)
	}
	if err := mapError("x", "bolt://h", "", "neo4j", context.Canceled); !errors.Is(err, context.Canceled) {
		t.Errorf("cancellation is not recognisable: %v", err)
	}
	if peyvand.ErrorMessage(mapError("x", "bolt://secret-host", "", "neo4j", &neo4j.ConnectivityError{Inner: io.EOF})) != "the graph database is unavailable" {
		t.Errorf("the client-safe message leaks details")
	}
}
