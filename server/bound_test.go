package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/server"
)

// slowStore is a store whose Find waits for release or for the request's
// context to end.
type slowStore struct {
	peyvand.Store
	entered chan struct{}
	release chan struct{}
}

func (s *slowStore) Find(ctx context.Context, q peyvand.Query) (*peyvand.Page, error) {
	s.entered <- struct{}{}
	select {
	case <-s.release:
		return s.Store.Find(ctx, q)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func TestInFlightCapShedsLoad(t *testing.T) {
	slow := &slowStore{Store: newStore(t), entered: make(chan struct{}, 1), release: make(chan struct{})}
	h := newHandler(t, server.Config{Store: slow, MaxInFlight: 1, QueueWait: 50 * time.Millisecond})
	var wg sync.WaitGroup
	wg.Go(func() {
		if r := do(t, h, gqlPost(`{ search(query: "Person") { totalCount } }`)); r.status != 200 || len(r.Errors) > 0 {
			t.Errorf("the request in flight: %d %+v", r.status, r.Errors)
		}
	})
	<-slow.entered
	start := time.Now()
	r := do(t, h, gqlPost(`{ __typename }`))
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" || len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != peyvand.EUNAVAILABLE {
		t.Errorf("one request over the cap: %d %v %+v; want 503, Retry-After and UNAVAILABLE", r.status, r.header, r.Errors)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("shedding took %s", took)
	}
	{
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		if w.Code != 200 {
			t.Errorf("/healthz while the API is busy = %d", w.Code)
		}
	}
	close(slow.release)
	wg.Wait()
	if r := do(t, h, gqlPost(`{ __typename }`)); r.status != 200 {
		t.Errorf("after the slot is free: %d %+v", r.status, r.Errors)
	}
}

func TestRequestTimeoutAnswersUnavailable(t *testing.T) {
	slow := &slowStore{Store: newStore(t), entered: make(chan struct{}, 1), release: make(chan struct{})}
	h := newHandler(t, server.Config{Store: slow, RequestTimeout: 200 * time.Millisecond})
	start := time.Now()
	r := do(t, h, gqlPost(`{ search(query: "Person") { totalCount } }`))
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %s with a budget of 200ms", took)
	}
	if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != peyvand.EUNAVAILABLE {
		t.Errorf("past the budget: %d %+v, want UNAVAILABLE", r.status, r.Errors)
	}
}
