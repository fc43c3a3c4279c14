package neo4j

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// statementFiles holds every Cypher statement the store runs, one per
// file, so each can be read and linted on its own (tools/cypherlint).
//
//go:embed cypher/*.cypher
var statementFiles embed.FS

// statements maps a statement's name (its file name without .cypher) to
// its text.
var statements = loadStatements(statementFiles)

func loadStatements(fsys fs.FS) map[string]string {
	names, err := fs.Glob(fsys, "cypher/*.cypher")
	if err != nil {
		panic(fmt.Sprintf("neo4j statements: %v", err))
	}
	m := make(map[string]string, len(names))
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			panic(fmt.Sprintf("neo4j statements: %v", err))
		}
		m[strings.TrimSuffix(path.Base(name), ".cypher")] = string(b)
	}
	return m
}

// cypher returns the statement called name. Names are literals in this
// package, so a missing one is a programming error, and a test checks
// every literal against the files.
func cypher(name string) string {
	s, ok := statements[name]
	if !ok {
		panic("neo4j: no statement " + name)
	}
	return s
}

// Statement returns the text of the statement called name and whether
// there is one, for tools and tests that inspect the plans (PROFILE).
func Statement(name string) (string, bool) {
	s, ok := statements[name]
	return s, ok
}
