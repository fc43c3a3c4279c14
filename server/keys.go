package server

import (
	"bufio"
	"crypto/subtle"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/peyvand/peyvand/graph"
	"github.com/peyvand/peyvand/graph/model"
)

// Key is an API key: a name that audit records show, the secret clients
// send, and what the key may do.
type Key struct {
	Name   string
	Secret string
	Role   model.Role
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
		role := model.Role(strings.ToUpper(parts[2]))
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
func (kr keyring) lookup(secret string) (graph.Caller, bool) {
	var found *Key
	for i := range kr {
		if subtle.ConstantTimeCompare([]byte(kr[i].Secret), []byte(secret)) == 1 {
			found = &kr[i]
		}
	}
	if found == nil {
		return graph.Caller{}, false
	}
	return graph.Caller{Name: found.Name, Role: found.Role}, true
}
