package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/peyvand/peyvand/ingest"
)

func TestProgressBarOnTerminal(t *testing.T) {
	var out bytes.Buffer
	p := &progress{w: &out, log: slog.New(slog.DiscardHandler), terminal: true, width: 10}
	p.step(1, 2, &ingest.Result{File: "a.txt"})
	p.step(2, 2, &ingest.Result{File: "b.txt"})
	got := out.String()
	if !strings.Contains(got, "[=====     ] 1/2 a.txt") || !strings.Contains(got, "[==========] 2/2 b.txt\n") {
		t.Errorf("progress bar = %q", got)
	}
}

func TestProgressLogsWhenNotATerminal(t *testing.T) {
	var out, logs bytes.Buffer
	p := newProgress(&out, slog.New(slog.NewTextHandler(&logs, nil)))
	p.step(1, 1, &ingest.Result{File: "a.txt", NodesCreated: 3})
	if out.Len() != 0 || !strings.Contains(logs.String(), "file=a.txt") || !strings.Contains(logs.String(), "nodesCreated=3") {
		t.Errorf("out %q logs %q", out.String(), logs.String())
	}
}
