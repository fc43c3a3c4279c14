// Package auth is who sends a request and what they may do: the HTTP layer
// finds the caller from the API key a request carries, and the GraphQL
// layer checks the caller's role, so neither needs the other to know it.
// It imports nothing of the project.
package auth

import "context"

// Role is what an API key may do: readers query, editors also curate. The
// GraphQL enum Role is bound to it.
type Role string

const (
	// RoleReader may query.
	RoleReader Role = "READER"
	// RoleEditor may query and curate.
	RoleEditor Role = "EDITOR"
)

// IsValid reports whether r is one of the roles.
func (r Role) IsValid() bool { return r == RoleReader || r == RoleEditor }

// Allows reports whether a caller with role r may do what role want allows:
// an editor may do all a reader may.
func (r Role) Allows(want Role) bool {
	switch want {
	case RoleReader:
		return r == RoleReader || r == RoleEditor
	case RoleEditor:
		return r == RoleEditor
	}
	return false
}

// Caller is who sends a request: the name of the API key it carries and
// what the key may do.
type Caller struct {
	Name string
	Role Role
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
