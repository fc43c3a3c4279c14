package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/peyvand/peyvand/ingest"
)

// progress reports documents as they are written: a bar redrawn in place
// when the output is a terminal, a log line each otherwise (a pipe or a
// file would only collect the redraws).
type progress struct {
	w        io.Writer
	log      *slog.Logger
	terminal bool
	width    int
}

func newProgress(w io.Writer, log *slog.Logger) *progress {
	p := &progress{w: w, log: log, width: 30}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.terminal = true
		}
	}
	return p
}

// step is the callback ingest calls after each document.
func (p *progress) step(done, total int, r *ingest.Result) {
	if !p.terminal {
		p.log.Info("ingested", "file", r.File, "done", done, "of", total,
			"nodesCreated", r.NodesCreated, "nodesMerged", r.NodesMerged, "errors", len(r.Errors))
		return
	}
	fill := 0
	if total > 0 {
		fill = done * p.width / total
	}
	name := r.File
	if len([]rune(name)) > 40 {
		name = "…" + string([]rune(name)[len([]rune(name))-39:])
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d %s", strings.Repeat("=", fill), strings.Repeat(" ", p.width-fill), done, total, name)
	if done == total {
		fmt.Fprintln(p.w)
	}
}
