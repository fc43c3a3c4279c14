package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
)

// hasRole implements the @hasRole directive: the field runs only for a
// caller whose key has the role.
func hasRole(ctx context.Context, _ any, next graphql.Resolver, role auth.Role) (any, error) {
	c, ok := auth.CallerFrom(ctx)
	if !ok {
		return nil, peyvand.Errorf(peyvand.EUNAUTHORIZED, "this field needs an API key with the %s role", role)
	}
	if !c.Role.Allows(role) {
		return nil, peyvand.Errorf(peyvand.EFORBIDDEN, "the key %q has the %s role; this field needs %s", c.Name, c.Role, role)
	}
	return next(ctx)
}
