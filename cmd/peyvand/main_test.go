package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand/store/embedded"
)

// newTestMain returns a Main with the given environment and captured output.
func newTestMain(t *testing.T, env map[string]string) (*Main, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{
		Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return env[k] },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	t.Cleanup(func() {
		if err := m.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return m, &stdout, &stderr
}

func TestServeAnswersOverHTTP(t *testing.T) {
	ctx := context.Background()
	m, _, _ := newTestMain(t, map[string]string{
		"PEYVAND_DATA":     t.TempDir(),
		"PEYVAND_API_KEYS": "ci:s3cret:editor",
	})
	if err := m.ParseFlags(ctx, []string{"serve", "--addr", "127.0.0.1:0"}); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	url := m.server.URL()

	for _, path := range []string{"/healthz", "/readyz", "/graphiql"} {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %d", path, resp.StatusCode)
		}
	}

	// The empty data directory was filled from the bundled corpus.
	var out struct {
		Data struct {
			Persons struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID, Name string } }
			}
		}
	}
	post(t, url, `{ persons(first: 2) { totalCount edges { node { id name } } } }`, "", &out)
	if out.Data.Persons.TotalCount == 0 || len(out.Data.Persons.Edges) != 2 || out.Data.Persons.Edges[0].Node.Name == "" {
		t.Fatalf("persons of the bundled corpus = %+v", out.Data.Persons)
	}

	// The key from the environment makes an editor.
	id := out.Data.Persons.Edges[0].Node.ID
	var alias struct {
		Data   struct{ AddAlias struct{ ID string } }
		Errors []any
	}
	post(t, url, `mutation { addAlias(id: "`+id+`", alias: "test alias") { id } }`, "s3cret", &alias)
	if alias.Data.AddAlias.ID != id || len(alias.Errors) > 0 {
		t.Errorf("addAlias with the editor key = %+v", alias)
	}
}

func post(t *testing.T, url, query, key string, into any) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req, _ := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(into); err != nil {
		t.Fatal(err)
	}
}

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"serve", "import", "ingest", "extract", "migrate", "export", "synth"} {
		t.Run(cmd, func(t *testing.T) {
			m, stdout, stderr := newTestMain(t, nil)
			err := m.ParseFlags(context.Background(), []string{cmd, "--help"})
			if !errors.Is(err, flag.ErrHelp) {
				t.Fatalf("err = %v, want flag.ErrHelp", err)
			}
			if !strings.Contains(stdout.String(), "Usage: peyvand "+cmd) || !strings.Contains(stdout.String(), "PEYVAND_LOG_LEVEL") || stderr.Len() > 0 {
				t.Errorf("help of %s on stdout:\n%s\nstderr:\n%s", cmd, stdout, stderr)
			}
			// Each command lists the flags it uses: migrate and extract
			// open no embedded store.
			if hasData := strings.Contains(stdout.String(), "-data"); hasData == (cmd == "migrate" || cmd == "extract") {
				t.Errorf("help of %s lists --data: %v", cmd, hasData)
			}
		})
	}
	m, stdout, _ := newTestMain(t, nil)
	if err := m.ParseFlags(context.Background(), []string{"--help"}); !errors.Is(err, flag.ErrHelp) || !strings.Contains(stdout.String(), "Commands:") {
		t.Errorf("peyvand --help: err %v, stdout %q", err, stdout)
	}
	m, stdout, stderr := newTestMain(t, nil)
	if err := m.ParseFlags(context.Background(), []string{"serve", "--bogus"}); err == nil || stdout.Len() > 0 || !strings.Contains(stderr.String(), "Usage") {
		t.Errorf("a bad flag: err %v; its usage belongs on stderr, got stdout %q", err, stdout)
	}
	m, stdout, _ = newTestMain(t, map[string]string{"PEYVAND_API_KEYS": "a:topsecret:reader"})
	m.ParseFlags(context.Background(), []string{"serve", "--help"})
	if strings.Contains(stdout.String(), "topsecret") {
		t.Error("help shows the API keys from the environment")
	}
}

func TestParseFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want string // error text; empty for success
		addr string
	}{
		{name: "defaults", args: []string{"serve"}, addr: "127.0.0.1:8080"},
		{name: "environment", env: map[string]string{"PEYVAND_ADDR": "127.0.0.1:9999"}, args: []string{"serve"}, addr: "127.0.0.1:9999"},
		{name: "flag beats environment", env: map[string]string{"PEYVAND_ADDR": "127.0.0.1:9999"}, args: []string{"serve", "--addr", ":1"}, addr: ":1"},
		{name: "bad number", env: map[string]string{"PEYVAND_MAX_DEPTH": "deep"}, args: []string{"serve"}, want: "PEYVAND_MAX_DEPTH"},
		{name: "unknown command", args: []string{"frobnicate"}, want: "unknown command"},
		{name: "import without file", args: []string{"import"}, want: "one FILE.jsonl"},
		{name: "ingest without path", args: []string{"ingest"}, want: "at least one path"},
		{name: "serve with argument", args: []string{"serve", "x"}, want: "no arguments"},
		{name: "bad log level", args: []string{"serve", "--log-level", "loud"}, want: "log-level"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, _ := newTestMain(t, tc.env)
			err := m.ParseFlags(context.Background(), tc.args)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if m.Config.Addr != tc.addr {
					t.Errorf("addr = %q, want %q", m.Config.Addr, tc.addr)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

func TestServeRefusesBadKeys(t *testing.T) {
	m, _, _ := newTestMain(t, map[string]string{"PEYVAND_DATA": t.TempDir(), "PEYVAND_API_KEYS": "ci:s3cret:admin"})
	if err := m.ParseFlags(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--no-bundled"}); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "role") {
		t.Errorf("err = %v, want one about the role", err)
	}
}

// TestIngestWhileServed runs ingest on a data directory another process
// holds: it fails at once and says what to do, and its log keys are not
// doubled when it can run.
func TestIngestWhileServed(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(t.TempDir(), "news.txt")
	if err := os.WriteFile(news, []byte("خبر کوتاه بدون نام.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	held, err := embedded.Open(dir, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, _, _ := newTestMain(t, map[string]string{"PEYVAND_DATA": dir})
	if err := m.ParseFlags(context.Background(), []string{"ingest", news}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = m.Run(context.Background())
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "stop the server") || !strings.Contains(err.Error(), "ingestDocument") || !strings.Contains(err.Error(), "curl") {
		t.Errorf("err = %v, want one saying to stop the server or use ingestDocument, with the command", err)
	}
	if took > 2*time.Second {
		t.Errorf("ingest took %v to give up; it should say so at once", took)
	}
	if err := held.Close(); err != nil {
		t.Fatal(err)
	}

	var logs bytes.Buffer
	m, _, _ = newTestMain(t, map[string]string{"PEYVAND_DATA": dir})
	if err := m.ParseFlags(context.Background(), []string{"ingest", news}); err != nil {
		t.Fatal(err)
	}
	m.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(logs.String(), "ingest.ingest.") || !strings.Contains(logs.String(), "ingest.file=") {
		t.Errorf("log keys:\n%s", logs.String())
	}
}
