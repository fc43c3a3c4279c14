package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph/model"
)

// Caller is who sends a request: the name of the API key it carries and
// what the key may do.
type Caller struct {
	Name string
	Role model.Role
}

type callerKey struct{}

// WithCaller returns a context for a request made by c.
func WithCaller(ctx context.Context, c Caller) context.Context {
	return context.WithValue(ctx, callerKey{}, c)
}

// CallerFrom returns the caller of the request ctx belongs to, and false
// when the request carried no key.
func CallerFrom(ctx context.Context) (Caller, bool) {
	c, ok := ctx.Value(callerKey{}).(Caller)
	return c, ok
}

// can reports whether a caller with role have may do what role want allows.
func can(have, want model.Role) bool {
	switch want {
	case model.RoleReader:
		return have == model.RoleReader || have == model.RoleEditor
	case model.RoleEditor:
		return have == model.RoleEditor
	}
	return false
}

// hasRole implements the @hasRole directive: the field runs only for a
// caller whose key has the role.
func hasRole(ctx context.Context, _ any, next graphql.Resolver, role model.Role) (any, error) {
	c, ok := CallerFrom(ctx)
	if !ok {
		return nil, peyvand.Errorf(peyvand.EUNAUTHORIZED, "this field needs an API key with the %s role", role)
	}
	if !can(c.Role, role) {
		return nil, peyvand.Errorf(peyvand.EFORBIDDEN, "the key %q has the %s role; this field needs %s", c.Name, c.Role, role)
	}
	return next(ctx)
}
