package auth_test

import (
	"context"
	"testing"

	"github.com/peyvand/peyvand/auth"
)

func TestRoleAllows(t *testing.T) {
	tests := []struct {
		have, want auth.Role
		allowed    bool
	}{
		{auth.RoleReader, auth.RoleReader, true},
		{auth.RoleEditor, auth.RoleReader, true},
		{auth.RoleEditor, auth.RoleEditor, true},
		{auth.RoleReader, auth.RoleEditor, false},
		{"", auth.RoleReader, false},
		{"ADMIN", auth.RoleEditor, false},
		{auth.RoleEditor, "ADMIN", false},
	}
	for _, tc := range tests {
		if got := tc.have.Allows(tc.want); got != tc.allowed {
			t.Errorf("%q.Allows(%q) = %v, want %v", tc.have, tc.want, got, tc.allowed)
		}
	}
}

func TestRoleIsValid(t *testing.T) {
	for r, want := range map[auth.Role]bool{auth.RoleReader: true, auth.RoleEditor: true, "reader": false, "": false, "ADMIN": false} {
		if got := r.IsValid(); got != want {
			t.Errorf("%q.IsValid() = %v, want %v", r, got, want)
		}
	}
}

func TestCallerRoundTrip(t *testing.T) {
	ctx := context.Background()
	if c, ok := auth.CallerFrom(ctx); ok {
		t.Fatalf("a bare context has caller %+v", c)
	}
	want := auth.Caller{Name: "curator", Role: auth.RoleEditor}
	got, ok := auth.CallerFrom(auth.WithCaller(ctx, want))
	if !ok || got != want {
		t.Errorf("CallerFrom(WithCaller(%+v)) = %+v, %v", want, got, ok)
	}
}
