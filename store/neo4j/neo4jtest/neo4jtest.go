// Package neo4jtest gives tests a Neo4j store on the test server that
// tools/neo4j/run.sh starts (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
// NEO4J_DATABASE), and starts servers of their own for fault tests
// (NEO4J_TEST_JAVA). Tests skip, saying so, when NEO4J_URI is not set;
// `make test` fails on such a skip.
package neo4jtest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand/store/neo4j"
)

// Config returns the test server's configuration from the environment,
// or skips t when NEO4J_URI is not set.
func Config(t testing.TB) neo4j.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		t.Skip("SKIP: NEO4J_URI is not set; run under tools/neo4j/run.sh (make test-neo4j) to test on Neo4j")
	}
	return neo4j.Config{
		URI:          uri,
		User:         os.Getenv("NEO4J_USER"),
		Password:     os.Getenv("NEO4J_PASSWORD"),
		Database:     os.Getenv("NEO4J_DATABASE"),
		QueryTimeout: QueryTimeout,
	}
}

// QueryTimeout is the deadline of the tests' store calls: far above the
// default, since the test machine is shared and Neo4j compiles each
// statement on its first use. The fault tests set their own.
const QueryTimeout = 60 * time.Second

// Open opens the test database empty: it migrates the schema and deletes
// every node. Tests that use it must not run in parallel with each other.
func Open(t testing.TB, log *slog.Logger) *neo4j.Store {
	t.Helper()
	cfg := Config(t)
	cfg.Logger = log
	ctx := context.Background()
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open neo4j: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	Wipe(t, cfg)
	return s
}

// Wipe deletes every node and relationship of the database of cfg.
func Wipe(t testing.TB, cfg neo4j.Config) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// CALL ... IN TRANSACTIONS needs an auto-commit transaction.
	sess := session(t, ctx, cfg)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("empty the test database: %v", err)
	}
}

// session opens a session on the database of cfg through a driver of its
// own; closing the session closes the driver too.
func session(t testing.TB, ctx context.Context, cfg neo4j.Config) *ownSession {
	t.Helper()
	d, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	db := cfg.Database
	if db == "" {
		db = neo4j.DefaultDatabase
	}
	return &ownSession{SessionWithContext: d.NewSession(ctx, driver.SessionConfig{DatabaseName: db}), driver: d}
}

// ownSession is a session that owns its driver.
type ownSession struct {
	driver.SessionWithContext
	driver driver.DriverWithContext
}

// Close closes the session, then its driver.
func (s *ownSession) Close(ctx context.Context) error {
	err := s.SessionWithContext.Close(ctx)
	if derr := s.driver.Close(ctx); err == nil {
		err = derr
	}
	return err
}

// Server is a Neo4j test server of a test's own, in a directory that
// outlives a kill, so a test can stop it hard and start it again.
type Server struct {
	t        testing.TB
	dir      string
	port     int
	password string
	cmd      *exec.Cmd
	URI      string
}

// StartServer starts a server of the test's own on a free port, with the
// test server's password, or skips t when NEO4J_TEST_JAVA is not set (the
// server's command line, which tools/neo4j/run.sh exports). The test's
// cleanup stops it.
func StartServer(t testing.TB) *Server {
	t.Helper()
	Config(t)
	if os.Getenv("NEO4J_TEST_JAVA") == "" {
		t.Skip("SKIP: NEO4J_TEST_JAVA is not set; run under tools/neo4j/run.sh")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	s := &Server{t: t, dir: t.TempDir(), port: port, password: os.Getenv("NEO4J_PASSWORD")}
	t.Cleanup(s.Stop)
	s.Start()
	return s
}

// Config returns a configuration for this server.
func (s *Server) Config() neo4j.Config {
	return neo4j.Config{URI: s.URI, User: "neo4j", Password: s.password}
}

// Start starts the server (again) and waits until Bolt answers.
func (s *Server) Start() {
	s.t.Helper()
	args := strings.Fields(os.Getenv("NEO4J_TEST_JAVA"))
	args = append(args, "--dir", s.dir, "--port", fmt.Sprint(s.port))
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "NEO4J_TEST_PASSWORD="+s.password)
	cmd.Stderr = io.Discard
	out, err := cmd.StdoutPipe()
	if err != nil {
		s.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	s.cmd = cmd
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if uri, ok := strings.CutPrefix(sc.Text(), "NEO4J READY "); ok {
				ready <- uri
			}
		}
		close(ready)
	}()
	select {
	case uri, ok := <-ready:
		if !ok {
			s.t.Fatal("the Neo4j test server exited before it was ready")
		}
		s.URI = uri
	case <-time.After(6 * time.Minute):
		s.t.Fatal("the Neo4j test server was not ready in 6 minutes")
	}
}

// Kill stops the server at once (SIGKILL), as a crash would.
func (s *Server) Kill() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Kill()
	s.cmd.Wait()
	s.cmd = nil
}

// Stop shuts the server down cleanly (SIGTERM).
func (s *Server) Stop() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		s.cmd.Process.Kill()
		<-done
	}
	s.cmd = nil
}

// DropSchema drops every constraint and index of the database of cfg but
// the built-in token lookups, so a test can see the schema created anew.
func DropSchema(t testing.TB, cfg neo4j.Config) {
	t.Helper()
	for _, kind := range []string{"CONSTRAINT", "INDEX"} {
		show := "SHOW CONSTRAINTS YIELD name RETURN name"
		if kind == "INDEX" {
			show = "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
		}
		for _, name := range query(t, cfg, show) {
			query(t, cfg, "DROP "+kind+" `"+name+"` IF EXISTS")
		}
	}
}

// SchemaNames returns the names of the constraints and indexes of the
// database of cfg, sorted and joined by spaces.
func SchemaNames(t testing.TB, cfg neo4j.Config) string {
	t.Helper()
	names := append(query(t, cfg, "SHOW CONSTRAINTS YIELD name RETURN name"),
		query(t, cfg, "SHOW INDEXES YIELD name RETURN name")...)
	slices.Sort(names)
	return strings.Join(names, " ")
}

// query runs one statement in an auto-commit transaction and returns the
// first column of its rows as strings.
func query(t testing.TB, cfg neo4j.Config, stmt string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sess := session(t, ctx, cfg)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, stmt, nil)
	if err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
	var out []string
	for _, r := range recs {
		if len(r.Values) > 0 {
			out = append(out, fmt.Sprint(r.Values[0]))
		}
	}
	return out
}
