package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/export"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/synth"
)

// oneShotLockTimeout is how long export and synth wait for the embedded
// store's lock: a server holding it will not let go, so waiting long only
// delays the error.
const oneShotLockTimeout = time.Second

// busyLockTimeout is how long ingest and import wait: a store held by a
// running server stays held, so they say at once what to do instead.
const busyLockTimeout = 100 * time.Millisecond

// lockTimeout is how long the command waits for the embedded store's lock;
// zero takes the store's default.
func (m *Main) lockTimeout() time.Duration {
	switch m.Command {
	case "export", "synth":
		return oneShotLockTimeout
	case "ingest", "import":
		return busyLockTimeout
	}
	return 0
}

// check validates the flags of command.
func (c *Config) check(command string) error {
	if (command == "serve" || command == "export") && c.ExportMaxNodes < 1 {
		return fmt.Errorf("--export-max-nodes %d must be positive", c.ExportMaxNodes)
	}
	switch command {
	case "export":
		if c.Format == "" {
			names := export.FormatNames()
			return fmt.Errorf("export needs --format: %s or %s", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
		}
		if _, err := export.FormatNamed(c.Format); err != nil {
			return fmt.Errorf("--format: %w", err)
		}
		if c.Depth < 0 || c.Depth > explore.MaxDepth {
			return fmt.Errorf("--depth %d is out of range 1..%d", c.Depth, explore.MaxDepth)
		}
		if c.Depth > 0 && len(c.exportIDs()) == 0 {
			return errors.New("--depth needs --ids: the neighbourhood of which nodes?")
		}
	case "synth":
		if c.Persons < 1 {
			return fmt.Errorf("synth needs --persons N, at least 1 (got %d)", c.Persons)
		}
	}
	return nil
}

// exportIDs returns the IDs of --ids.
func (c *Config) exportIDs() []string {
	var ids []string
	for id := range strings.SplitSeq(c.IDs, ",") {
		if id = strings.TrimSpace(id); id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}

// export writes the graph, or a neighbourhood of it, in the chosen format.
func (m *Main) export(ctx context.Context) error {
	c := m.Config
	f, err := export.FormatNamed(c.Format)
	if err != nil {
		return err
	}
	st, err := m.openStore(ctx)
	if err != nil {
		if _, neo := m.neo4jConfig(); !neo {
			// The likeliest cause: a server has the embedded store open.
			err = fmt.Errorf("%w\n(if \"peyvand serve\" runs on %s, stop it, or download from its /export/%s endpoint)", err, c.Data, f.File)
		}
		return fmt.Errorf("export: %w", err)
	}
	m.store = st
	sg, err := export.Select(ctx, st, c.exportIDs(), c.Depth, c.ExportMaxNodes)
	if err != nil {
		return fmt.Errorf("export: %s", peyvandMessage(err))
	}
	if c.Out == "" {
		return f.Write(m.Stdout, sg)
	}
	if err := writeFile(c.Out, func(w io.Writer) error { return f.Write(w, sg) }); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	m.Logger.Info("exported", "file", c.Out, "format", f.Name, "nodes", len(sg.Nodes), "edges", len(sg.Edges), "truncated", sg.Truncated)
	return nil
}

// peyvandMessage returns a domain error's message, or the error itself:
// on the command line, unlike over the API, internal detail helps.
func peyvandMessage(err error) string {
	if peyvand.ErrorCode(err) != peyvand.EINTERNAL {
		return peyvand.ErrorMessage(err)
	}
	return err.Error()
}

// writeFile writes a file through a temporary file in the same directory,
// so a failed write leaves no half-written file behind.
func writeFile(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	// CreateTemp makes the file private; an export is for sharing.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// synth fills an empty embedded store with a synthetic graph.
func (m *Main) synth(ctx context.Context) error {
	c := m.Config
	st, err := embedded.Open(c.Data, embedded.Options{Logger: m.Logger.WithGroup("store"), Timeout: m.lockTimeout()})
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	m.store = st
	stats, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	if n := count(stats.Nodes); n > 0 {
		return fmt.Errorf("synth: the store in %s already holds %d nodes; synth fills an empty one (use a new --data directory)", c.Data, n)
	}
	start := time.Now()
	var nodes, edges int
	cfg := synth.Config{Persons: c.Persons, Seed: int64(c.Seed)}
	err = synth.Generate(cfg, func(b *peyvand.Batch) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := st.Apply(ctx, b); err != nil {
			return err
		}
		nodes += len(b.Nodes)
		edges += len(b.Edges)
		fmt.Fprintf(m.Stderr, "synth: %d nodes, %d edges written (%s)\n", nodes, edges, time.Since(start).Round(time.Millisecond))
		return nil
	})
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	fmt.Fprintf(m.Stderr, "synth: done: %d persons, %d nodes, %d edges in %s into %s\n", c.Persons, nodes, edges, time.Since(start).Round(time.Millisecond), c.Data)
	return nil
}

func count[K comparable](m map[K]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
