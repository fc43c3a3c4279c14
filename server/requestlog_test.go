package server_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peyvand/peyvand/server"
)

// gatedWriter blocks every write of a request line until open is closed,
// like a log pipe nobody reads, and keeps what is written.
type gatedWriter struct {
	open chan struct{}
	mu   sync.Mutex
	buf  bytes.Buffer
}

func (w *gatedWriter) Write(p []byte) (int, error) {
	if bytes.Contains(p, []byte("msg=request")) {
		<-w.open
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

// TestRequestLogIsOffTheRequestPath checks that requests finish while the
// log cannot be written, and that every request's line is written by the
// time the server is closed.
func TestRequestLogIsOffTheRequestPath(t *testing.T) {
	out := &gatedWriter{open: make(chan struct{})}
	s := server.New(server.Config{Addr: "127.0.0.1:0", Store: newStore(t), Logger: slog.New(slog.NewTextHandler(out, nil))})
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	closed := false
	t.Cleanup(func() {
		if !closed {
			close(out.open)
			s.Close(context.Background())
		}
	})
	const n = 20
	done := make(chan error, 1)
	go func() {
		for range n {
			resp, err := http.Get(s.URL() + "/healthz")
			if err != nil {
				done <- err
				return
			}
			resp.Body.Close()
		}
		done <- nil
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("requests waited for the log to be written")
	}
	close(out.open)
	closed = true
	if err := s.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	out.mu.Lock()
	defer out.mu.Unlock()
	if got := strings.Count(out.buf.String(), "msg=request http.method=GET http.path=/healthz http.status=200"); got != n {
		t.Errorf("%d request lines after Close, want %d:\n%s", got, n, out.buf.String())
	}
}
