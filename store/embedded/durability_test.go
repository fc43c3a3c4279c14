package embedded_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/store/storetest"
)

// writerEnv makes the test binary act as a writer process that applies
// batches forever and prints "ACK n" after each acknowledged one.
const writerEnv = "PEYVAND_TEST_WRITER_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(writerEnv); dir != "" {
		os.Exit(runWriter(dir))
	}
	os.Exit(m.Run())
}

func batchN(i int) *peyvand.Batch {
	p := storetest.Person(fmt.Sprintf("شخص شماره %d", i))
	o := storetest.Org(fmt.Sprintf("سازمان شماره %d", i%7), "سازمان")
	return &peyvand.Batch{Nodes: []*peyvand.Node{p, o}, Edges: []*peyvand.Edge{storetest.Rel(peyvand.RelHolds, p, o, "عضو")}}
}

func runWriter(dir string) int {
	st, err := embedded.Open(dir, embedded.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		if _, err := st.Apply(context.Background(), batchN(i)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(out, "ACK %d\n", i)
		out.Flush()
	}
}

// TestKillDuringWrites kills a writer with SIGKILL in the middle of its
// writes and checks that every write it acknowledged is there after a
// restart, and that the file opens without corruption.
func TestKillDuringWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a writer process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), writerEnv+"="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked := -1
	sc := bufio.NewScanner(stdout)
	deadline := time.Now().Add(20 * time.Second)
	for sc.Scan() {
		n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "ACK "))
		if err != nil {
			t.Fatalf("writer said %q", sc.Text())
		}
		acked = n
		if acked >= 40 || time.Now().After(deadline) {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	// Read what the writer acknowledged before it died.
	for sc.Scan() {
		if n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "ACK ")); err == nil {
			acked = n
		}
	}
	cmd.Wait()
	if acked < 0 {
		t.Fatal("the writer acknowledged nothing")
	}
	st, err := embedded.Open(dir, embedded.Options{})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer st.Close()
	ctx := context.Background()
	for i := 0; i <= acked; i++ {
		b := batchN(i)
		ns, err := st.Nodes(ctx, []string{b.Nodes[0].ID})
		if err != nil || ns[0] == nil {
			t.Fatalf("acknowledged write %d lost (acked up to %d): %v", i, acked, err)
		}
		es, err := st.Edges(ctx, []string{b.Edges[0].ID})
		if err != nil || es[0] == nil {
			t.Fatalf("acknowledged edge %d lost: %v", i, err)
		}
	}
	// Every stored edge has both ends: no half-written batch.
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Edges[peyvand.RelHolds] != s.Nodes[peyvand.TypePerson] {
		t.Errorf("%d tenures for %d persons: a batch was half written", s.Edges[peyvand.RelHolds], s.Nodes[peyvand.TypePerson])
	}
	t.Logf("writer acknowledged %d batches before SIGKILL; all found", acked+1)
}

func TestReopenKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	st, err := embedded.Open(dir, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	a, b := storetest.Person("علی توکلی"), storetest.Person("توکلی علی")
	if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{a, b}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Merge(ctx, b.ID, a.ID, peyvand.AuditRecord{Actor: "t"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := st.Ping(ctx); peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE {
		t.Errorf("Ping on a closed store: %v", err)
	}
	if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{a}}); peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE {
		t.Errorf("Apply on a closed store: %v", err)
	}
	st, err = embedded.Open(dir, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ns, _ := st.Nodes(ctx, []string{b.ID})
	if ns[0] == nil || ns[0].ID != a.ID {
		t.Errorf("merge not kept across reopen: %+v", ns[0])
	}
	p, _ := st.Find(ctx, peyvand.Query{Text: "توکلی"})
	if p.Total != 1 {
		t.Errorf("search after reopen found %d, want 1", p.Total)
	}
	if recs, _ := st.Audit(ctx, 5); len(recs) != 1 {
		t.Errorf("audit after reopen: %d records", len(recs))
	}
}

func TestOpenHeldByAnother(t *testing.T) {
	dir := t.TempDir()
	st, err := embedded.Open(dir, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, err = embedded.Open(dir, embedded.Options{Timeout: 100 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "another process has it open") {
		t.Errorf("second open: %v", err)
	}
}

func TestOpenCorruptFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/"+embedded.FileName, []byte("this is not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := embedded.Open(dir, embedded.Options{}); err == nil || !strings.Contains(err.Error(), embedded.FileName) {
		t.Errorf("opening a corrupt file: %v, want an error naming it", err)
	}
}

func TestEvidenceSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	st, err := embedded.Open(dir, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := storetest.Source("s", "متن")
	p, o := storetest.Person("علی توکلی"), storetest.Org("شرکت نمونه", "شرکت")
	ev := func(i int) []peyvand.Evidence {
		return []peyvand.Evidence{{SourceID: src.ID, Quote: fmt.Sprint("جمله ", i), Start: i, End: i + 1}}
	}
	for i := range 3 {
		p.Evidence = ev(i)
		e := storetest.Rel(peyvand.RelHolds, p, o, "مدیر")
		e.Evidence = ev(i)
		if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{src, p, o}, Edges: []*peyvand.Edge{e}}); err != nil {
			t.Fatal(err)
		}
	}
	// Replace shortens o's evidence to one record.
	o.Evidence = ev(9)
	if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{o}, Replace: true}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = embedded.Open(dir, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ns, _ := st.Nodes(ctx, []string{p.ID, o.ID})
	if len(ns[0].Evidence) != 3 || ns[0].Evidence[2].Start != 2 {
		t.Errorf("person evidence after reopen: %+v", ns[0].Evidence)
	}
	if len(ns[1].Evidence) != 1 || ns[1].Evidence[0].Start != 9 {
		t.Errorf("replaced evidence after reopen: %+v", ns[1].Evidence)
	}
	es, _ := st.Edges(ctx, []string{peyvand.EdgeID(peyvand.RelHolds, p.ID, o.ID, "مدیر")})
	if es[0] == nil || len(es[0].Evidence) != 3 {
		t.Errorf("edge evidence after reopen: %+v", es[0])
	}
}
