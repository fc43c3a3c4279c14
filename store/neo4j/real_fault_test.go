package neo4j_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/neo4j"
	"github.com/peyvand/peyvand/store/neo4j/neo4jtest"
	"github.com/peyvand/peyvand/store/storetest"
)

// TestNeo4jWrongPassword opens the test server with a wrong password: the
// error says so in one line, is UNAVAILABLE, and does not echo either
// password.
func TestNeo4jWrongPassword(t *testing.T) {
	cfg := neo4jtest.Config(t)
	right := cfg.Password
	cfg.Password = "not-the-password-42"
	start := time.Now()
	_, err := neo4j.Open(context.Background(), cfg)
	t.Logf("%s: %v", time.Since(start).Round(time.Millisecond), err)
	if err == nil {
		t.Fatal("Open succeeded with a wrong password")
	}
	msg := err.Error()
	if !strings.Contains(msg, "wrong user name or password") || peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE {
		t.Errorf("err = %q (%s), want UNAVAILABLE saying the password is wrong", msg, peyvand.ErrorCode(err))
	}
	if strings.Contains(msg, cfg.Password) || strings.Contains(msg, right) {
		t.Errorf("error echoes a password: %q", msg)
	}
	// A password inside the URI is used, and never echoed.
	uri := strings.Replace(cfg.URI, "bolt://", "bolt://neo4j:"+cfg.Password+"@", 1)
	_, err = neo4j.Open(context.Background(), neo4j.Config{URI: uri})
	if err == nil || strings.Contains(err.Error(), cfg.Password) || !strings.Contains(err.Error(), "wrong user name or password") {
		t.Errorf("with the password in the URI: %v", err)
	}
	uri = strings.Replace(cfg.URI, "bolt://", "bolt://neo4j:"+right+"@", 1)
	s, err := neo4j.Open(context.Background(), neo4j.Config{URI: uri})
	if err != nil {
		t.Fatalf("the right password in the URI: %v", err)
	}
	s.Close()
}

// TestNeo4jMissingDatabase names a database the server does not have.
func TestNeo4jMissingDatabase(t *testing.T) {
	cfg := neo4jtest.Config(t)
	cfg.Database = "nosuchgraph"
	_, err := neo4j.Open(context.Background(), cfg)
	t.Logf("%v", err)
	if err == nil || !strings.Contains(err.Error(), `database "nosuchgraph" does not exist`) || peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE {
		t.Errorf("err = %v (%s), want UNAVAILABLE naming the missing database", err, peyvand.ErrorCode(err))
	}
}

// TestNeo4jConcurrentMerge has writers upsert the same nodes and edges at
// once: the unique constraint and MERGE leave one node per ID with the
// union of every writer's aliases.
func TestNeo4jConcurrentMerge(t *testing.T) {
	s := neo4jtest.Open(t, nil)
	ctx := context.Background()
	org := storetest.Org("سازمان نمونه", "سازمان")
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := storetest.Person("شخص نمونه", fmt.Sprintf("نام دیگر %d", w))
			_, err := s.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{p, org},
				Edges: []*peyvand.Edge{storetest.Rel(peyvand.RelPartOf, p, org, "عضو")}})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		// A writer may lose a race on the constraint: CONFLICT, retryable.
		if err != nil && peyvand.ErrorCode(err) != peyvand.ECONFLICT {
			t.Errorf("apply: %v", err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Nodes[peyvand.TypePerson] != 1 || st.Nodes[peyvand.TypeOrganization] != 1 || st.Edges[peyvand.RelPartOf] != 1 {
		t.Errorf("stats after concurrent writers = %+v, want one person, one organization, one edge", st)
	}
	// No writer overwrote another's alias.
	got, err := s.Nodes(ctx, []string{storetest.Person("شخص نمونه").ID})
	if err != nil || got[0] == nil {
		t.Fatalf("person: %v, %v", got, err)
	}
	if len(got[0].Aliases) != 8 {
		t.Errorf("aliases after 8 concurrent writers = %q, want 8", got[0].Aliases)
	}
}

// TestNeo4jKilledMidIngest kills a server of its own while documents are
// being written: each document is there whole or not at all, every one
// acknowledged is there, the store answers UNAVAILABLE within its deadline
// while the server is down, and once the server is back the same store
// serves again without being reopened.
func TestNeo4jKilledMidIngest(t *testing.T) {
	srv := neo4jtest.StartServer(t)
	ctx := context.Background()
	cfg := srv.Config()
	// A first store, with a long deadline, has the new server compile the
	// statements (its plan cache serves every session), as a loaded test
	// machine may take longer than the deadline below for that.
	warm := cfg
	warm.QueryTimeout = neo4jtest.QueryTimeout
	ws, err := neo4j.Open(ctx, warm)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if err := ws.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	// Far below the driver's own retry time (30s and more).
	cfg.QueryTimeout = 10 * time.Second
	const perDoc = 150
	doc := func(d int) *peyvand.Batch {
		b := &peyvand.Batch{}
		org := storetest.Org(fmt.Sprintf("سازمان %d", d), "وزارت")
		b.Nodes = append(b.Nodes, org)
		for i := range perDoc - 1 {
			p := storetest.Person(fmt.Sprintf("شخص %d-%d", d, i))
			b.Nodes = append(b.Nodes, p)
			b.Edges = append(b.Edges, storetest.Rel(peyvand.RelPartOf, p, org, "عضو"))
		}
		return b
	}
	if _, err := ws.Apply(ctx, doc(0)); err != nil {
		t.Fatal(err)
	}
	ws.Ping(ctx)
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	acked := map[int]bool{0: true}
	var mu sync.Mutex
	stop := make(chan struct{})
	done := make(chan int)
	go func() {
		d := 1
		for ; ; d++ {
			select {
			case <-stop:
				done <- d
				return
			default:
			}
			if _, err := s.Apply(ctx, doc(d)); err == nil {
				mu.Lock()
				acked[d] = true
				mu.Unlock()
			}
		}
	}()
	// Let some documents land, then crash the server mid-write.
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(50 * time.Millisecond) {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 5 || time.Now().After(deadline) {
			break
		}
	}
	srv.Kill()
	start := time.Now()
	err = s.Ping(ctx)
	took := time.Since(start)
	t.Logf("ping with the server down: %s: %v", took.Round(time.Millisecond), err)
	if peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE {
		t.Errorf("ping with the server down = %v, want UNAVAILABLE", err)
	}
	if took > 15*time.Second {
		t.Errorf("UNAVAILABLE took %s, past the 10s deadline", took)
	}
	close(stop)
	tried := <-done

	srv.Start()
	recovered := false
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(time.Second) {
		if s.Ping(ctx) == nil {
			recovered = true
			break
		}
	}
	if !recovered {
		t.Fatal("the store did not recover once the server was back")
	}
	whole := 0
	for d := range tried + 1 {
		b := doc(d)
		ids := make([]string, len(b.Nodes))
		for i, n := range b.Nodes {
			ids[i] = n.ID
		}
		nodes, err := ws.Nodes(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, n := range nodes {
			if n != nil {
				found++
			}
		}
		edges, err := ws.EdgesOf(ctx, ids[:1], peyvand.In)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case found == len(ids) && len(edges[ids[0]]) == perDoc-1:
			whole++
		case found == 0:
			if acked[d] {
				t.Errorf("document %d was acknowledged but is missing after the crash", d)
			}
		default:
			t.Errorf("document %d is half written: %d of %d nodes, %d edges", d, found, len(ids), len(edges[ids[0]]))
		}
	}
	t.Logf("%d documents tried, %d acknowledged, %d there whole after the crash", tried, len(acked), whole)
	// The same store writes again (the restarted server compiles the
	// statements anew, which may take a few tries on a loaded machine).
	var werr error
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(time.Second) {
		if _, werr = s.Apply(ctx, doc(tried+1)); werr == nil {
			break
		}
	}
	if werr != nil {
		t.Errorf("write after recovery: %v", werr)
	}
}
