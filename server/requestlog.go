package server

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// maxQueuedRecords bounds the request log records waiting to be written;
// past it, a request writes its own record, so a stuck log slows requests
// down rather than losing lines or growing without bound.
const maxQueuedRecords = 4096

// idleExit is how long the log writer waits for records before it stops;
// the next record starts it again.
const idleExit = time.Second

// requestLog writes the request log off the requests' path: a request
// queues its record, and one goroutine hands the queued records to the
// logger's handler in batches. A request costs an append under a mutex
// instead of formatting a line and a write to the log; under load the
// writer takes many records per wake-up.
type requestLog struct {
	h    slog.Handler
	wake chan struct{}

	mu      sync.Mutex
	queue   []slog.Record
	running bool
	writing bool
	closed  bool
	idle    *sync.Cond // signalled when the writer has written all it had
}

func newRequestLog(h slog.Handler) *requestLog {
	l := &requestLog{h: h, wake: make(chan struct{}, 1)}
	l.idle = sync.NewCond(&l.mu)
	return l
}

// log queues r, or writes it at once when the log is closed or the queue
// full.
func (l *requestLog) log(ctx context.Context, r slog.Record) {
	l.mu.Lock()
	if l.closed || len(l.queue) >= maxQueuedRecords {
		l.mu.Unlock()
		_ = l.h.Handle(ctx, r)
		return
	}
	l.queue = append(l.queue, r)
	if !l.running {
		l.running = true
		go l.write()
	}
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// write hands queued records to the handler until none come for idleExit.
func (l *requestLog) write() {
	var batch []slog.Record
	timer := time.NewTimer(idleExit)
	defer timer.Stop()
	for {
		l.mu.Lock()
		if len(l.queue) == 0 {
			l.writing = false
			l.idle.Broadcast()
			l.mu.Unlock()
			timer.Reset(idleExit)
			select {
			case <-l.wake:
				continue
			case <-timer.C:
			}
			l.mu.Lock()
			if len(l.queue) == 0 {
				l.running = false
				l.idle.Broadcast()
				l.mu.Unlock()
				return
			}
			l.mu.Unlock()
			continue
		}
		batch, l.queue = l.queue, batch[:0]
		l.writing = true
		l.mu.Unlock()
		for i := range batch {
			_ = l.h.Handle(context.Background(), batch[i])
			batch[i] = slog.Record{}
		}
	}
}

// close waits until every queued record is written, and makes later
// records be written at once.
func (l *requestLog) close() {
	l.mu.Lock()
	l.closed = true
	for l.running && (len(l.queue) > 0 || l.writing) {
		l.idle.Wait()
	}
	l.mu.Unlock()
}

// statusRecorder remembers the status a handler wrote, for the log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

var recorderPool = sync.Pool{New: func() any { return new(statusRecorder) }}

// logRequests logs every request with its status and duration, through
// the buffered request log.
func (s *Server) logRequests(next http.Handler) http.Handler {
	h := s.logger.Handler()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := recorderPool.Get().(*statusRecorder)
		rec.ResponseWriter, rec.status = w, http.StatusOK
		next.ServeHTTP(rec, r)
		status := rec.status
		rec.ResponseWriter = nil
		recorderPool.Put(rec)
		if !h.Enabled(r.Context(), slog.LevelInfo) {
			return
		}
		rr := slog.NewRecord(time.Now(), slog.LevelInfo, "request", 0)
		rr.AddAttrs(slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", status), slog.Duration("took", time.Since(start)))
		s.reqlog.log(r.Context(), rr)
	})
}
