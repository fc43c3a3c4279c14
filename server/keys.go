package server

import (
	"bufio"
	"crypto/subtle"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
)

// Key is an API key: a name that audit records show, the secret clients
// send, and what the key may do.
type Key struct {
	Name   string
	Secret string
	Role   auth.Role
}

// ParseKeys reads keys written "name:secret:role", separated by commas or
// newlines; role is reader or editor. Blank entries and lines starting
// with # are skipped.
func ParseKeys(s string) ([]Key, error) {
	var keys []Key
	sc := bufio.NewScanner(strings.NewReader(strings.ReplaceAll(s, ",", "\n")))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ":")
		if len(parts) != 3 || parts[0] == "" || parts[1] == "" {
			return nil, fmt.Errorf("parse keys: %q is not name:key:role", redact(line))
		}
		role := auth.Role(strings.ToUpper(parts[2]))
		if !role.IsValid() {
			return nil, fmt.Errorf("parse keys: key %q: role %q is neither reader nor editor", parts[0], parts[2])
		}
		for _, k := range keys {
			if k.Name == parts[0] {
				return nil, fmt.Errorf("parse keys: two keys are called %q", parts[0])
			}
		}
		keys = append(keys, Key{Name: parts[0], Secret: parts[1], Role: role})
	}
	return keys, sc.Err()
}

// ReadKeysFile reads keys from a file in ParseKeys's format, one a line.
func ReadKeysFile(name string) ([]Key, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("read keys: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("read keys %s: %w", name, err)
	}
	keys, err := ParseKeys(string(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return keys, nil
}

// redact hides the secret of a malformed key entry in error messages.
func redact(entry string) string {
	parts := strings.Split(entry, ":")
	if len(parts) < 2 {
		return "…"
	}
	parts[1] = "…"
	return strings.Join(parts, ":")
}

// keyring finds the key a request carries.
type keyring []Key

// lookup returns the caller whose key is secret. Every key is compared in
// constant time so the answer's timing tells nothing of the secrets.
func (kr keyring) lookup(secret string) (auth.Caller, bool) {
	var found *Key
	for i := range kr {
		if subtle.ConstantTimeCompare([]byte(kr[i].Secret), []byte(secret)) == 1 {
			found = &kr[i]
		}
	}
	if found == nil {
		return auth.Caller{}, false
	}
	return auth.Caller{Name: found.Name, Role: found.Role}, true
}

// authenticate reads the API key of a request (Authorization: Bearer KEY
// or X-API-Key) and makes its caller known to the resolvers. A wrong key
// is refused outright; no key is refused when reads need one, and
// otherwise leaves the request anonymous, which may only query.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		secret := r.Header.Get("X-API-Key")
		if header := r.Header.Get("Authorization"); header != "" {
			scheme, token, ok := strings.Cut(header, " ")
			if !ok || !strings.EqualFold(scheme, "Bearer") {
				s.refuse(w, "the Authorization header must be: Bearer KEY")
				return
			}
			secret = strings.TrimSpace(token)
		}
		if secret == "" {
			if s.cfg.RequireKeyForReads && r.Method != http.MethodOptions {
				s.refuse(w, "an API key is required: send Authorization: Bearer KEY")
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		caller, ok := s.keys.lookup(secret)
		if !ok {
			s.refuse(w, "the API key is not valid")
			return
		}
		next.ServeHTTP(w, r.WithContext(auth.WithCaller(r.Context(), caller)))
	})
}

// refuse answers 401 with a GraphQL error response.
func (s *Server) refuse(w http.ResponseWriter, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="peyvand"`)
	writeJSON(w, http.StatusUnauthorized, map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": map[string]string{"code": peyvand.EUNAUTHORIZED}}},
	})
}
