// Command harness serves the explorer page next to a GraphQL endpoint over
// the bundled corpus, for the browser tests while cmd/peyvand does not yet
// mount the page. It listens on loopback only and prints its address.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/peyvand/peyvand/data"
	"github.com/peyvand/peyvand/graph"
	"github.com/peyvand/peyvand/ingest"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/web"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "harness:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("harness", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:0", "loopback address to listen on")
	dir := fs.String("data", "", "store directory (a temporary one when empty)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return fmt.Errorf("bad --addr %q: %w", *addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("bad --addr %q: the harness listens on loopback only", *addr)
	}
	if *dir == "" {
		tmp, err := os.MkdirTemp("", "peyvand-harness-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		*dir = tmp
	}

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	store, err := embedded.Open(*dir, embedded.Options{Logger: logger, NoSync: true})
	if err != nil {
		return err
	}
	defer store.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := fill(ctx, store, logger); err != nil {
		return err
	}

	mux := http.NewServeMux()
	mux.Handle("/graphql", graph.NewHandler(graph.HandlerConfig{Store: store, Logger: logger}))
	mux.Handle("/", web.Handler())

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux}
	fmt.Printf("listening on http://%s\n", ln.Addr())
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// fill ingests the bundled corpus, as a fresh server does on first start.
func fill(ctx context.Context, store *embedded.Store, logger *slog.Logger) error {
	files, err := data.Files()
	if err != nil {
		return err
	}
	in := ingest.New(store, logger)
	var failed []string
	for _, f := range files {
		if _, err := in.File(ctx, f.Name, f.Data); err != nil {
			failed = append(failed, err.Error())
		}
	}
	if len(failed) == len(files) {
		return fmt.Errorf("ingest bundled corpus: %s", strings.Join(failed, "; "))
	}
	for _, f := range failed {
		logger.Warn("ingest", "error", f)
	}
	return nil
}
