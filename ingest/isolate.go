package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/extract"
)

// Isolation runs extraction in a child process, "Exe extract --name NAME -"
// with the file on its standard input and its document as JSON on its
// standard output. Whatever the file makes the extractor do, a stack
// overflow, a panic, memory or time without end, happens to the child: the
// caller gets an error naming the file and goes on.
type Isolation struct {
	// Exe is the peyvand executable (os.Executable for serve).
	Exe string
	// Env is added to the child's environment (the caller's own is passed
	// on).
	Env []string
	// Timeout bounds a child's run; 0 means extract.TimeBudget plus a
	// minute, time for the extractor's own budget to refuse the file.
	Timeout time.Duration
	// MaxOutput bounds what a child may print, in bytes; 0 means
	// maxChildOutput.
	MaxOutput int
}

// maxChildOutput bounds what a child may print: a document is its articles'
// text and the facts on it, a few times the file's size at most.
const maxChildOutput = 16 * extract.MaxFileSize

// Extract extracts one file in a child process. A file the extractor
// refuses (binary, not UTF-8, too large, over its time budget) gives an
// EINVALID error with the extractor's reason, as in-process extraction
// does; a child that crashes, is killed or prints no document gives an
// EINTERNAL error saying so. A cancelled ctx kills the child.
func (iso *Isolation) Extract(ctx context.Context, name string, data []byte) (*extract.Document, error) {
	timeout := iso.Timeout
	if timeout <= 0 {
		timeout = extract.TimeBudget + time.Minute
	}
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(cctx, iso.Exe, "extract", "--name", name, "-")
	cmd.Env = append(os.Environ(), iso.Env...)
	cmd.Stdin = bytes.NewReader(data)
	maxOut := iso.MaxOutput
	if maxOut <= 0 {
		maxOut = maxChildOutput
	}
	stdout := &cappedBuffer{max: maxOut}
	stderr := &cappedBuffer{max: 64 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	switch {
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case cctx.Err() != nil:
		return nil, peyvand.Errorf(peyvand.EINTERNAL, "extract %s: the extractor was stopped after %s without finishing; nothing was written", name, timeout)
	case err != nil:
		var exit *exec.ExitError
		if errors.As(err, &exit) && exit.ExitCode() == 1 {
			if reason := refusal(stderr.String()); reason != "" {
				return nil, peyvand.Errorf(peyvand.EINVALID, "%s", reason)
			}
		}
		return nil, peyvand.Errorf(peyvand.EINTERNAL, "extract %s: the extractor failed (%s); nothing was written", name, failure(err, stderr.String()))
	case stdout.over:
		return nil, peyvand.Errorf(peyvand.EINTERNAL, "extract %s: the extractor printed more than %d bytes; nothing was written", name, maxOut)
	}
	dec := json.NewDecoder(bytes.NewReader(stdout.Bytes()))
	var doc extract.Document
	if err := dec.Decode(&doc); err != nil {
		return nil, peyvand.Errorf(peyvand.EINTERNAL, "extract %s: the extractor printed no document (%v); nothing was written", name, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, peyvand.Errorf(peyvand.EINTERNAL, "extract %s: the extractor printed more than one document; nothing was written", name)
	}
	return &doc, nil
}

// refusal is the reason "peyvand extract" gave for refusing a file, the
// text after its "peyvand extract: " prefix, or "".
func refusal(stderr string) string {
	for line := range strings.SplitSeq(stderr, "\n") {
		if r, ok := strings.CutPrefix(line, "peyvand extract: "); ok {
			return r
		}
	}
	return ""
}

// failure says how a child ended: the Go runtime's "fatal error: ..." or
// "panic: ..." line when it printed one, else its exit status or signal.
func failure(err error, stderr string) string {
	for line := range strings.SplitSeq(stderr, "\n") {
		if strings.HasPrefix(line, "fatal error: ") || strings.HasPrefix(line, "panic: ") {
			if len(line) > 200 {
				line = strings.ToValidUTF8(line[:200], "") + "…" // a panic's value may be Persian
			}
			return line
		}
	}
	return err.Error()
}

// cappedBuffer keeps the first max bytes written to it and notes whether
// more came; it never fails a write, so a child printing too much is not
// blocked on a pipe. (It has no ReadFrom, so io.Copy writes through Write.)
type cappedBuffer struct {
	buf  bytes.Buffer
	max  int
	over bool
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if room := c.max - c.buf.Len(); room < len(p) {
		c.over = true
		if room > 0 {
			c.buf.Write(p[:room])
		}
		return len(p), nil
	}
	return c.buf.Write(p)
}

func (c *cappedBuffer) Bytes() []byte  { return c.buf.Bytes() }
func (c *cappedBuffer) String() string { return c.buf.String() }

// Isolate makes Ingest, what the API's ingestDocument runs, extract in
// child processes with iso; nil extracts in this process again. Call it
// before the Ingester is in use.
func (in *Ingester) Isolate(iso *Isolation) {
	in.iso = iso
}

// String describes the isolation, for logs.
func (iso *Isolation) String() string {
	return fmt.Sprintf("%s extract --name NAME -", iso.Exe)
}
