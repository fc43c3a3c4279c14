// Command peyvand serves, fills and inspects the Peyvand knowledge graph.
//
//	peyvand serve              the GraphQL API on 127.0.0.1:8080
//	peyvand import FILE.jsonl  write extracted documents to the graph
//	peyvand ingest PATH...     extract news files and write them
//	peyvand extract FILE...    print what extraction finds, as JSON Lines
//	peyvand migrate            create the Neo4j schema
//	peyvand export --format F  write the graph as GraphML, GEXF, Cytoscape JSON or CSV
//	peyvand synth --persons N  fill an empty store with a synthetic graph
//
// The store is Neo4j when NEO4J_URI is set, else the embedded store in
// --data.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	m := NewMain()
	if err := m.ParseFlags(ctx, os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "peyvand:", err)
		os.Exit(2)
	}
	err := m.Run(ctx)
	if err == nil && m.Command == "serve" {
		// Serve until a signal asks to stop or the server fails.
		select {
		case <-ctx.Done():
			m.Logger.Info("shutting down")
		case <-m.server.Done():
			err = m.server.Err()
		}
	}
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "peyvand:", err)
		os.Exit(1)
	}
}
