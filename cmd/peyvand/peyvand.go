package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/export"
	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/graph"
	"github.com/peyvand/peyvand/ingest"
	"github.com/peyvand/peyvand/server"
	"github.com/peyvand/peyvand/store/embedded"
)

// Config is what the flags and environment say.
type Config struct {
	Data     string
	LogLevel string

	Addr               string
	CORSOrigins        string
	APIKeys            string
	KeysFile           string
	RequireKeyForReads bool
	NoBundled          bool
	Limits             graph.Limits
	ShutdownTimeout    time.Duration
	// ExportMaxNodes caps the nodes of an export (serve's /export/ and
	// the export command).
	ExportMaxNodes int
	// QueryCacheMB bounds the parsed-query cache, in MiB.
	QueryCacheMB int
	// RequestTimeout, MaxInFlight, QueueWait and MaxHeaderBytes bound
	// requests (see server.Config).
	RequestTimeout time.Duration
	MaxInFlight    int
	QueueWait      time.Duration
	MaxHeaderBytes int
	// MemoryLimitMB, when positive, is the soft memory limit of the
	// process (debug.SetMemoryLimit), in MiB.
	MemoryLimitMB int

	// Export writes the graph in Format to Out (stdout when empty): the
	// neighbourhood of IDs (comma-separated) within Depth hops, or all.
	Format string
	IDs    string
	Depth  int
	Out    string

	// Neo4jTimeout is the deadline of each Neo4j call.
	Neo4jTimeout time.Duration

	// Synth generates a graph of Persons persons from Seed.
	Persons int
	Seed    int
	// Explain makes extract print, for each file, which rule produced or
	// rejected each fact instead of the JSON.
	Explain bool
	// Name is the file name extract gives the document it reads from
	// standard input ("-").
	Name string
}

// Main is the program: ParseFlags reads the command line, Run does the
// command (for serve: opens the store and starts the server, then
// returns), Close releases what Run opened. Tests drive it the same way.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Logger         *slog.Logger
	// Extractor is the peyvand executable serve extracts ingestDocument's
	// files with, each in a child process of its own ("extract --name NAME
	// -"), so that no file can bring the server down; when empty, serve
	// extracts in its own process.
	Extractor string

	Command string
	Args    []string
	Config  Config

	store  peyvand.Store
	server *server.Server
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	if exe, err := os.Executable(); err == nil {
		m.Extractor = exe
	}
	return m
}

// commands describes the subcommands, for help.
var commands = []struct{ name, short, synopsis, about string }{
	{"serve", "serve the GraphQL API", "serve [flags]", `Serve the GraphQL API at /graphql, GraphiQL at /graphiql, /healthz and /readyz.
With no configuration the graph lives in ./peyvand-data and, when that is
empty, is filled from the bundled corpus of Persian news.
The store is Neo4j when NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) is set.
Each file sent to the ingestDocument mutation is extracted in a child process
("peyvand extract --name NAME -"), so a file that breaks the extractor fails
alone, with an INTERNAL error, and the server goes on.`},
	{"import", "write extracted documents (JSON Lines) to the graph", "import [flags] FILE.jsonl", `Write extracted contract documents, one JSON object a line (as "peyvand extract"
prints them), to the graph. Each document is one transaction; importing the
same file again changes nothing.`},
	{"ingest", "extract news files and write them to the graph", "ingest [flags] PATH...", `Extract Persian news files and write what they report to the graph. A
directory contributes its *.txt files; *.jsonl and *.json files are read as
contract documents.`},
	{"extract", "print what extraction finds, as JSON Lines", "extract [--name NAME] FILE...", `Print what extraction finds in each news file, as JSON Lines of contract
documents, without touching the graph. A FILE of "-" is standard input, named
NAME in its document (stdin.txt when --name is not given). With --explain,
print instead, for each file, every fact found (person, body, affiliation,
appointment, event, the article's and each event's date, each participant)
with the rule that produced it and the sentence it comes from, and the
candidates the rules rejected (appointments, event words, persons taking no
part in an event), with the reason.`},
	{"migrate", "create the Neo4j schema", "migrate", `Create the Neo4j constraints and indexes (NEO4J_URI must be set). The embedded
store needs no migration.`},
	{"export", "write the graph, or a neighbourhood, as GraphML, GEXF, Cytoscape JSON or CSV", "export --format FORMAT [--ids ID,...] [--depth N] [--out FILE]", `Write the graph for graph tools: --format graphml (yEd, Gephi, NetworkX), gexf
(Gephi), cytoscape (Cytoscape.js JSON), nodes-csv or edges-csv. With --ids, only
the neighbourhood of those nodes within --depth hops (default 1), cut to
--export-max-nodes nodes; without, the whole graph, refused when it has more
nodes than --export-max-nodes. Sources are left out; edges quote their evidence.

The embedded store can be open in one process only: while "peyvand serve" runs
on --data, stop it or download the same files from its /export/ endpoints
(/export/graphml, /export/gexf, /export/cytoscape.json, /export/nodes.csv,
/export/edges.csv, each taking ?ids=...&depth=N).`},
	{"synth", "fill an empty embedded store with a synthetic graph, for load runs", "synth --persons N [--seed S] [--data DIR]", `Generate a synthetic graph shaped like the real one (Persian names, bodies in
a hierarchy, succession chains with gaps and overlaps, events, projects,
evidence) and write it to the embedded store in --data, which must be empty.
The same --persons and --seed always give the same graph. Progress is printed
to stderr. NEO4J_URI is ignored: synth never writes to a shared database.`},
}

// ParseFlags reads the subcommand and its flags from args.
func (m *Main) ParseFlags(ctx context.Context, args []string) error {
	if len(args) == 0 || isHelp(args[0]) || args[0] == "help" {
		if len(args) == 0 {
			m.usage(m.Stderr)
			return errors.New("no command given")
		}
		m.usage(m.Stdout)
		return flag.ErrHelp
	}
	m.Command = args[0]
	var about, synopsis string
	for _, c := range commands {
		if c.name == m.Command {
			about, synopsis = c.about, c.synopsis
		}
	}
	if about == "" {
		m.usage(m.Stderr)
		return fmt.Errorf("unknown command %q", m.Command)
	}

	fs := newEnvFlags(m.Command, m.Getenv)
	// Help that was asked for goes to standard output; help shown for a
	// mistake goes with the error to standard error.
	out := m.Stderr
	if slices.ContainsFunc(args[1:], isHelp) {
		out = m.Stdout
	}
	fs.SetOutput(out)
	c := &m.Config
	if m.Command != "extract" && m.Command != "migrate" {
		fs.String(&c.Data, "data", "PEYVAND_DATA", "./peyvand-data", "directory of the embedded store")
	}
	fs.String(&c.LogLevel, "log-level", "PEYVAND_LOG_LEVEL", "info", "debug, info, warn or error")
	if m.Command == "serve" {
		fs.String(&c.Addr, "addr", "PEYVAND_ADDR", "127.0.0.1:8080", "address to listen on")
		fs.String(&c.CORSOrigins, "cors-origins", "PEYVAND_CORS_ORIGINS", "", "comma-separated origins browsers may call the API from")
		fs.String(&c.APIKeys, "api-keys", "PEYVAND_API_KEYS", "", "API keys, name:key:role,... (role reader or editor)")
		fs.secret["api-keys"] = true
		fs.String(&c.KeysFile, "keys-file", "PEYVAND_KEYS_FILE", "", "file of API keys, name:key:role one a line")
		fs.Bool(&c.RequireKeyForReads, "require-key-for-reads", "PEYVAND_REQUIRE_KEY_FOR_READS", false, "queries need an API key too")
		fs.Bool(&c.NoBundled, "no-bundled", "PEYVAND_NO_BUNDLED", false, "do not fill an empty store from the bundled corpus")
		fs.Int(&c.Limits.MaxDepth, "max-depth", "PEYVAND_MAX_DEPTH", graph.DefaultLimits.MaxDepth, "deepest field nesting a query may have")
		fs.Int(&c.Limits.MaxComplexity, "max-complexity", "PEYVAND_MAX_COMPLEXITY", graph.DefaultLimits.MaxComplexity, "largest estimated cost of a query")
		fs.Int(&c.Limits.MaxPageSize, "max-page-size", "PEYVAND_MAX_PAGE_SIZE", graph.DefaultLimits.MaxPageSize, "largest page a list returns (first)")
		fs.Duration(&c.Limits.TraversalBudget, "traversal-budget", "PEYVAND_TRAVERSAL_BUDGET", graph.DefaultLimits.TraversalBudget, "longest a neighbourhood, succession, timeline or co-occurrence query may take")
		d := graph.DefaultLimits
		fs.Int(&c.Limits.MaxQueryBytes, "max-query-bytes", "PEYVAND_MAX_QUERY_BYTES", d.MaxQueryBytes, "longest query text, in bytes")
		fs.Int(&c.Limits.MaxQueryTokens, "max-query-tokens", "PEYVAND_MAX_QUERY_TOKENS", d.MaxQueryTokens, "most tokens (names, values, punctuation) of a query")
		fs.Int(&c.Limits.MaxQueryNesting, "max-query-nesting", "PEYVAND_MAX_QUERY_NESTING", d.MaxQueryNesting, "deepest nesting of braces, brackets and parentheses in a query")
		fs.Int(&c.Limits.MaxSelections, "max-selections", "PEYVAND_MAX_SELECTIONS", d.MaxSelections, "most fields of a query once its fragments are expanded")
		fs.Int(&c.Limits.MaxValidationCost, "max-validation-cost", "PEYVAND_MAX_VALIDATION_COST", d.MaxValidationCost, "largest cost of validating a query (k fields of one name in a selection cost k²)")
		fs.Int(&c.Limits.MaxIntrospection, "max-introspection", "PEYVAND_MAX_INTROSPECTION", d.MaxIntrospection, "most __schema and __type fields of a query")
		fs.Int(&c.Limits.MaxErrors, "max-errors", "PEYVAND_MAX_ERRORS", d.MaxErrors, "most errors of one response")
		fs.Int(&c.QueryCacheMB, "query-cache-mb", "PEYVAND_QUERY_CACHE_MB", int(d.QueryCacheBytes>>20), "memory of the parsed-query cache, in MiB")
		fs.Duration(&c.RequestTimeout, "request-timeout", "PEYVAND_REQUEST_TIMEOUT", server.DefaultRequestTimeout, "time budget of one request; past it, UNAVAILABLE")
		fs.Int(&c.MaxInFlight, "max-in-flight", "PEYVAND_MAX_IN_FLIGHT", server.DefaultMaxInFlight, "requests served at once; more wait --queue-wait, then get 503 with Retry-After")
		fs.Duration(&c.QueueWait, "queue-wait", "PEYVAND_QUEUE_WAIT", server.DefaultQueueWait, "how long a request waits for a slot when --max-in-flight are busy")
		fs.Int(&c.MaxHeaderBytes, "max-header-bytes", "PEYVAND_MAX_HEADER_BYTES", server.DefaultMaxHeaderBytes, "longest request line and headers (a GET query's URL), in bytes")
		fs.Int(&c.MemoryLimitMB, "memory-limit-mb", "PEYVAND_MEMORY_LIMIT_MB", 0, "soft memory limit of the process in MiB, the garbage collector works harder near it (none when 0; GOMEMLIMIT also works)")
		fs.Duration(&c.ShutdownTimeout, "shutdown-timeout", "PEYVAND_SHUTDOWN_TIMEOUT", 10*time.Second, "how long requests under way may finish on shutdown")
	}
	if m.Command != "extract" && m.Command != "synth" {
		neo4jFlags(fs, c)
	}
	if m.Command == "serve" || m.Command == "export" {
		fs.Int(&c.ExportMaxNodes, "export-max-nodes", "PEYVAND_EXPORT_MAX_NODES", export.DefaultMaxNodes, "most nodes an export writes; a larger whole graph is refused")
	}
	switch m.Command {
	case "export":
		fs.String(&c.Format, "format", "", "", "graphml, gexf, cytoscape, nodes-csv or edges-csv")
		fs.String(&c.IDs, "ids", "", "", "comma-separated IDs whose neighbourhood to export (all of the graph when empty)")
		fs.Int(&c.Depth, "depth", "", 0, "hops from --ids to export (1 when zero)")
		fs.String(&c.Out, "out", "", "", "file to write (stdout when empty)")
	case "extract":
		fs.Bool(&c.Explain, "explain", "", false, "print which rule produced or rejected each fact, instead of JSON")
		fs.String(&c.Name, "name", "", "stdin.txt", "file name of the document read from standard input (-)")
	case "synth":
		fs.Int(&c.Persons, "persons", "", 0, "number of persons; the rest of the graph scales with it")
		fs.Int(&c.Seed, "seed", "", 1, "seed of the generator")
	}
	fs.Usage = fs.usage(out, synopsis, about)
	if fs.err != nil {
		return fs.err
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	m.Args = fs.Args()

	switch m.Command {
	case "serve", "migrate", "export", "synth":
		if len(m.Args) > 0 {
			return fmt.Errorf("%s takes no arguments, got %q", m.Command, m.Args)
		}
	case "import":
		if len(m.Args) != 1 {
			return fmt.Errorf("import takes one FILE.jsonl, got %d arguments", len(m.Args))
		}
	default:
		if len(m.Args) == 0 {
			return fmt.Errorf("%s needs at least one path", m.Command)
		}
	}
	if err := c.check(m.Command); err != nil {
		return err
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return fmt.Errorf("--log-level: %w", err)
	}
	if m.Logger == nil {
		m.Logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	}
	return nil
}

// isHelp reports a flag asking for help.
func isHelp(arg string) bool {
	return arg == "-h" || arg == "--help" || arg == "-help" || arg == "--h"
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintf(w, "Usage: peyvand COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.short)
	}
	fmt.Fprintf(w, "\nRun peyvand COMMAND --help for a command's flags.\n")
}

// Run does the command. For serve it returns once the server listens.
func (m *Main) Run(ctx context.Context) error {
	switch m.Command {
	case "extract":
		return m.extract()
	case "migrate":
		return m.migrate(ctx)
	case "export":
		return m.export(ctx)
	case "synth":
		return m.synth(ctx)
	}
	store, err := m.openStore(ctx)
	if err != nil {
		return err
	}
	m.store = store
	in := ingest.New(store, m.Logger)
	switch m.Command {
	case "serve":
		return m.serve(ctx, in)
	case "import":
		return m.importFile(ctx, in)
	case "ingest":
		return m.report(in.Paths(ctx, m.Args, newProgress(m.Stderr, m.Logger).step))
	}
	return fmt.Errorf("unknown command %q", m.Command)
}

// openStore opens Neo4j when NEO4J_URI is set, else the embedded store.
func (m *Main) openStore(ctx context.Context) (peyvand.Store, error) {
	if s, ok, err := m.openNeo4j(ctx, m.Command != "export"); ok || err != nil {
		if err == nil {
			m.Logger.Info("store", "kind", "neo4j")
		}
		return s, err
	}
	s, err := embedded.Open(m.Config.Data, embedded.Options{Logger: m.Logger.WithGroup("store"), Timeout: m.lockTimeout()})
	if err != nil {
		if (m.Command == "ingest" || m.Command == "import") && strings.Contains(err.Error(), "another process has it open") {
			return nil, fmt.Errorf("%w.\nThe embedded store is open in one process only, most likely a running \"peyvand serve\" on --data %s. Either stop the server and run this again, or send each news file to the running server's ingestDocument mutation (127.0.0.1:8080 is serve's default --addr; an editor key is needed when keys are set):\n\n  jq -Rs --arg name FILE.txt '{query: \"mutation($n: String!, $t: String!) { ingestDocument(name: $n, text: $t) { nodesCreated errors } }\", variables: {n: $name, t: .}}' FILE.txt |\n    curl -s http://127.0.0.1:8080/graphql -H 'Content-Type: application/json' -H 'Authorization: Bearer KEY' --data-binary @-", err, m.Config.Data)
		}
		return nil, err
	}
	m.Logger.Info("store", "kind", "embedded", "dir", m.Config.Data)
	return s, nil
}

func (m *Main) serve(ctx context.Context, in *ingest.Ingester) error {
	c := m.Config
	keys, err := server.ParseKeys(c.APIKeys)
	if err != nil {
		return fmt.Errorf("--api-keys: %w", err)
	}
	if c.KeysFile != "" {
		more, err := server.ReadKeysFile(c.KeysFile)
		if err != nil {
			return err
		}
		keys = append(keys, more...)
	}
	if c.MemoryLimitMB > 0 {
		debug.SetMemoryLimit(int64(c.MemoryLimitMB) << 20)
		m.Logger.Info("memory limit", "MiB", c.MemoryLimitMB)
	}
	c.Limits.QueryCacheBytes = int64(c.QueryCacheMB) << 20
	if _, err := in.Upgrade(ctx); err != nil {
		return err
	}
	if !c.NoBundled {
		sum, err := in.Bundled(ctx)
		if err != nil {
			return err
		}
		if sum.Documents > 0 {
			m.Logger.Info("bundled corpus loaded", "documents", sum.Documents, "failed", sum.Failed, "nodesCreated", sum.NodesCreated, "edgesCreated", sum.EdgesCreated)
		}
	}
	var origins []string
	for o := range strings.SplitSeq(c.CORSOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	if m.Extractor != "" {
		iso := &ingest.Isolation{Exe: m.Extractor}
		in.Isolate(iso)
		m.Logger.Info("ingestDocument extracts in child processes", "command", iso.String())
	}
	m.server = server.New(server.Config{
		Addr:               c.Addr,
		Store:              m.store,
		Ingest:             in,
		Logger:             m.Logger,
		Keys:               keys,
		RequireKeyForReads: c.RequireKeyForReads,
		CORSOrigins:        origins,
		Limits:             c.Limits,
		ExportMaxNodes:     c.ExportMaxNodes,
		RequestTimeout:     c.RequestTimeout,
		MaxInFlight:        c.MaxInFlight,
		QueueWait:          c.QueueWait,
		MaxHeaderBytes:     c.MaxHeaderBytes,
	})
	if err := m.server.Open(); err != nil {
		return err
	}
	m.Logger.Info("serving", "graphql", m.server.URL()+"/graphql", "graphiql", m.server.URL()+"/graphiql", "keys", len(keys))
	return nil
}

func (m *Main) importFile(ctx context.Context, in *ingest.Ingester) error {
	f, err := os.Open(m.Args[0])
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	docs, err := ingest.ReadJSONL(f)
	if err != nil {
		return fmt.Errorf("import %s: %w", m.Args[0], err)
	}
	return m.report(in.Documents(ctx, docs, newProgress(m.Stderr, m.Logger).step))
}

// report prints a summary as JSON and fails when a document failed.
func (m *Main) report(sum *ingest.Summary, err error) error {
	if err != nil {
		return err
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sum); err != nil {
		return err
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d of %d documents failed", sum.Failed, sum.Documents)
	}
	return nil
}

func (m *Main) extract() error {
	// Extraction recurses little. A rule that recursed without end would
	// fill Go's default 1 GB stack before failing; this fails it sooner
	// and smaller (serve runs ingestDocument's files through this command).
	debug.SetMaxStack(extractMaxStack)
	if m.Config.Explain {
		return m.explain()
	}
	enc := json.NewEncoder(m.Stdout)
	failed := false
	for i, p := range m.Args {
		var d *extract.Document
		var err error
		if p == "-" {
			var data []byte
			if data, err = m.stdin(i); err == nil {
				d, err = extract.File(m.Config.Name, data)
			}
		} else {
			docs, errs := extract.Files([]string{p})
			d, err = docs[0], errors.Join(errs...)
		}
		if err != nil {
			fmt.Fprintln(m.Stderr, "peyvand extract:", err)
			failed = true
			continue
		}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	if failed {
		return errors.New("some files could not be extracted")
	}
	return nil
}

// extractMaxStack is the most stack extract lets a goroutine have.
const extractMaxStack = 64 << 20

// stdin reads standard input for the argument "-" at position i, once: a
// second "-" is an error, as is input over extract.MaxFileSize.
func (m *Main) stdin(i int) ([]byte, error) {
	if slices.Index(m.Args, "-") < i {
		return nil, errors.New(`standard input ("-") can be read only once`)
	}
	if m.Stdin == nil {
		return nil, errors.New("no standard input")
	}
	data, err := io.ReadAll(io.LimitReader(m.Stdin, extract.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read standard input: %w", err)
	}
	return data, nil
}

// explain prints, for each file, the notes of extract.Explain.
func (m *Main) explain() error {
	failed := false
	for i, p := range m.Args {
		var data []byte
		var err error
		name := filepath.Base(p)
		if p == "-" {
			data, err = m.stdin(i)
			name = m.Config.Name
		} else {
			data, err = os.ReadFile(p)
		}
		if err == nil {
			var notes []extract.Note
			if _, notes, err = extract.Explain(name, data); err == nil {
				err = extract.WriteNotes(m.Stdout, p, notes)
			}
		}
		if err != nil {
			fmt.Fprintln(m.Stderr, "peyvand extract:", err)
			failed = true
		}
	}
	if failed {
		return errors.New("some files could not be extracted")
	}
	return nil
}

// Close stops the server, letting requests under way finish, and closes
// the store.
func (m *Main) Close() error {
	var errs []error
	if m.server != nil {
		ctx, cancel := context.WithTimeout(context.Background(), cmpOr(m.Config.ShutdownTimeout, 10*time.Second))
		defer cancel()
		errs = append(errs, m.server.Close(ctx))
		m.server = nil
	}
	if m.store != nil {
		errs = append(errs, m.store.Close())
		m.store = nil
	}
	return errors.Join(errs...)
}

func cmpOr(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}
