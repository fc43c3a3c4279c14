package neo4j

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/peyvand/peyvand"
)

var _ peyvand.Store = (*Store)(nil)

// Defaults for Config.
const (
	DefaultDatabase  = "neo4j"
	DefaultBatchSize = 500
	// DefaultTimeout bounds Open's connection check and each connection
	// attempt after it.
	DefaultTimeout = 10 * time.Second
	// DefaultQueryTimeout is the deadline of each call on the store (its
	// transaction, with the driver's retries): an outage answers
	// UNAVAILABLE after it instead of after the driver's retry time.
	DefaultQueryTimeout = 5 * time.Second
)

// schemes are the URI schemes of the Neo4j driver: bolt:// talks to one
// server, neo4j:// routes through a cluster; +s adds TLS, +ssc TLS with a
// self-signed certificate.
var schemes = []string{"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}

// Config says which Neo4j database to use and how. main fills it from the
// environment (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) and
// flags; the store reads no environment itself.
type Config struct {
	// URI is bolt://, neo4j://, neo4j+s:// ... A user and password in it
	// (bolt://user:secret@host) are used when User is empty; error messages
	// and logs show the URI without them.
	URI      string
	User     string // empty for a server without authentication
	Password string
	Database string // DefaultDatabase when empty
	// BatchSize is the number of rows sent in one UNWIND; DefaultBatchSize
	// when zero.
	BatchSize int
	// Logger receives the store's log and the driver's; nothing when nil.
	Logger *slog.Logger
	// Timeout bounds connecting; DefaultTimeout when zero.
	Timeout time.Duration
	// QueryTimeout is the deadline of each store call, retries included,
	// and the server-side timeout of its transaction; DefaultQueryTimeout
	// when zero.
	QueryTimeout time.Duration
}

// withDefaults validates c and fills in its defaults.
func (c Config) withDefaults() (Config, error) {
	u, err := url.Parse(c.URI)
	if err != nil || u.Host == "" {
		return c, peyvand.Errorf(peyvand.EINVALID, "neo4j URI %q is not a URI like bolt://localhost:7687", Redact(c.URI))
	}
	if u.User != nil {
		// The driver ignores credentials in the URI: take them from there
		// unless given apart, and keep them out of the URI it is given.
		if c.User == "" {
			c.User = u.User.Username()
			c.Password, _ = u.User.Password()
		}
		u.User = nil
		c.URI = u.String()
	}
	known := false
	for _, s := range schemes {
		known = known || u.Scheme == s
	}
	if !known {
		return c, peyvand.Errorf(peyvand.EINVALID, "neo4j URI %q: scheme %q is not one of %s", Redact(c.URI), u.Scheme, strings.Join(schemes, ", "))
	}
	if c.Database == "" {
		c.Database = DefaultDatabase
	}
	if c.BatchSize < 0 {
		return c, peyvand.Errorf(peyvand.EINVALID, "neo4j batch size %d is negative", c.BatchSize)
	}
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.Timeout < 0 {
		return c, peyvand.Errorf(peyvand.EINVALID, "neo4j timeout %s is negative", c.Timeout)
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.QueryTimeout < 0 {
		return c, peyvand.Errorf(peyvand.EINVALID, "neo4j query timeout %s is negative", c.QueryTimeout)
	}
	if c.QueryTimeout == 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// userInfo matches the user and password of a URI.
var userInfo = regexp.MustCompile(`//[^/@]*@`)

// Redact returns uri without the user and password it may carry, for
// messages and logs.
func Redact(uri string) string { return userInfo.ReplaceAllString(uri, "//") }

// Store is the Neo4j store. Open one per process: it holds the driver and
// its connection pool.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	log    *slog.Logger
}

// Open connects to the database of cfg and checks that it can be used:
// the server answers, the credentials are right, the server is Neo4j 5 or
// later and the database exists. Errors name the URI and the cause in one
// line.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	log := cfg.Logger.WithGroup("neo4j")
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.SocketConnectTimeout = min(cfg.Timeout, cfg.QueryTimeout)
		c.ConnectionAcquisitionTimeout = min(cfg.Timeout, cfg.QueryTimeout)
		// Retries stop at the call's deadline (QueryTimeout) in any case.
		c.MaxTransactionRetryTime = cfg.QueryTimeout
		c.Log = driverLog{log}
	})
	if err != nil {
		return nil, &Error{Op: "open", URI: cfg.URI, Reason: err.Error(), Err: err, domain: unavailable()}
	}
	s := &Store{driver: driver, cfg: cfg, log: log}
	if err := s.check(ctx); err != nil {
		driver.Close(context.Background())
		return nil, err
	}
	log.Info("connected", "uri", Redact(cfg.URI), "database", cfg.Database)
	return s, nil
}

// check verifies connectivity, the server's version and the database.
func (s *Store) check(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	info, err := s.driver.GetServerInfo(ctx)
	if err != nil {
		return s.fail("open", err)
	}
	if info.ProtocolVersion().Major < 5 {
		return s.fail("open", &errTooOld{agent: info.Agent()})
	}
	return s.Ping(ctx)
}

func (s *Store) fail(op string, err error) error {
	return mapError(op, s.cfg.URI, s.cfg.User, s.cfg.Database, err)
}

// Close closes the driver and its connections.
func (s *Store) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.Timeout)
	defer cancel()
	if err := s.driver.Close(ctx); err != nil {
		return s.fail("close", err)
	}
	return nil
}

// Ping runs a trivial read on the database: /readyz uses it.
func (s *Store) Ping(ctx context.Context) error {
	_, err := readTx(ctx, s, "ping", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := collect(ctx, tx, "ping", nil)
		return struct{}{}, err
	})
	return err
}

// Migrate creates the constraints and indexes the store needs, among them
// an index on id for each relationship type, which edges by ID use; it is
// idempotent, and serve, import and ingest run it on start.
func (s *Store) Migrate(ctx context.Context) error {
	for _, name := range []string{
		"migrate_entity_id_unique",
		"migrate_audit_id_unique",
		"migrate_entity_search_text_index",
		"migrate_entity_names_text_index",
		"migrate_entity_date_index",
		"migrate_entity_type_index",
		"migrate_entity_merged_into_index",
		"migrate_audit_at_index",
		"migrate_merge_record_audit_unique",
		"migrate_merge_record_from_index",
		"migrate_rel_holds_id_index",
		"migrate_rel_part_of_id_index",
		"migrate_rel_participated_in_id_index",
		"migrate_rel_involved_in_id_index",
		"migrate_rel_runs_id_index",
		"migrate_rel_located_in_id_index",
		"migrate_rel_succeeded_id_index",
	} {
		if err := s.schemaCommand(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

// schemaCommand runs one schema statement in its own write transaction, as
// Neo4j requires.
func (s *Store) schemaCommand(ctx context.Context, name string) error {
	_, err := runTx(ctx, s, "migrate "+name, neo4j.AccessModeWrite, max(s.cfg.QueryTimeout, schemaTimeout), func(tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := collect(ctx, tx, name, nil)
		return struct{}{}, err
	})
	return err
}

// readTx runs work in a managed read transaction routed to readers, under
// the deadline Config.QueryTimeout.
func readTx[T any](ctx context.Context, s *Store, op string, work neo4j.ManagedTransactionWorkT[T]) (T, error) {
	return runTx(ctx, s, op, neo4j.AccessModeRead, s.cfg.QueryTimeout, work)
}

// writeTx runs work in a managed write transaction, which the driver
// retries on transient failures until the deadline Config.QueryTimeout:
// work must compute everything from what it reads in the transaction.
func writeTx[T any](ctx context.Context, s *Store, op string, work neo4j.ManagedTransactionWorkT[T]) (T, error) {
	return runTx(ctx, s, op, neo4j.AccessModeWrite, s.cfg.QueryTimeout, work)
}

// schemaTimeout bounds a schema command, which may wait for the server to
// build an index.
const schemaTimeout = time.Minute

func runTx[T any](ctx context.Context, s *Store, op string, mode neo4j.AccessMode, timeout time.Duration, work neo4j.ManagedTransactionWorkT[T]) (T, error) {
	var zero T
	if err := ctx.Err(); err != nil {
		return zero, fmt.Errorf("neo4j %s: %w", op, err)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
	defer sess.Close(context.WithoutCancel(ctx))
	var v T
	var err error
	if mode == neo4j.AccessModeRead {
		v, err = neo4j.ExecuteRead(ctx, sess, work, neo4j.WithTxTimeout(timeout))
	} else {
		v, err = neo4j.ExecuteWrite(ctx, sess, work, neo4j.WithTxTimeout(timeout))
	}
	if err != nil {
		return zero, s.fail(op, cancelled(ctx, err))
	}
	return v, nil
}

// cancelled returns the context's error when the caller cancelled it, so
// callers can tell their own cancellation from a failure of the server.
func cancelled(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.Canceled) {
		return ctx.Err()
	}
	return err
}

// collect runs the statement called name and returns all its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, name string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher(name), params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return recs, nil
}

// get returns a record's value for key, nil when absent.
func get(r *neo4j.Record, key string) any {
	v, _ := r.Get(key)
	return v
}

func propsOf(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func intOf(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case int:
		return n
	case float64:
		return int(n)
	case string:
		i, _ := strconv.Atoi(n)
		return i
	}
	return 0
}

// driverLog sends the driver's own log to slog: its errors and warnings
// as warnings, its information at debug level and its debugging below it.
type driverLog struct{ log *slog.Logger }

func (l driverLog) Error(name, id string, err error) {
	l.log.Warn("driver", "component", name, "id", id, "err", err)
}

func (l driverLog) Warnf(name, id, msg string, args ...any) {
	l.log.Warn("driver: "+fmt.Sprintf(msg, args...), "component", name, "id", id)
}

func (l driverLog) Infof(name, id, msg string, args ...any) {
	if l.log.Enabled(context.Background(), slog.LevelDebug) {
		l.log.Debug("driver: "+fmt.Sprintf(msg, args...), "component", name, "id", id)
	}
}

func (l driverLog) Debugf(name, id, msg string, args ...any) {
	if l.log.Enabled(context.Background(), slog.LevelDebug-4) {
		l.log.Log(context.Background(), slog.LevelDebug-4, "driver: "+fmt.Sprintf(msg, args...), "component", name, "id", id)
	}
}
