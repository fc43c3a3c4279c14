package main

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/ingest"
	"github.com/peyvand/peyvand/store/embedded"
)

// counts is what a store holds, by node and edge type.
type counts struct {
	Nodes map[peyvand.EntityType]int
	Edges map[peyvand.RelType]int
	// Sources counts the sources of each file.
	Sources map[string]int
}

// storeCounts opens the embedded store in dir (no process may hold it)
// and counts what it holds.
func storeCounts(t *testing.T, dir string) counts {
	t.Helper()
	s, err := embedded.Open(dir, embedded.Options{})
	if err != nil {
		t.Fatalf("open the store after the crash: %v", err)
	}
	defer s.Close()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Find(ctx, peyvand.Query{Types: []peyvand.EntityType{peyvand.TypeSource}, Limit: 100000})
	if err != nil {
		t.Fatal(err)
	}
	c := counts{Nodes: st.Nodes, Edges: st.Edges, Sources: map[string]int{}}
	for _, h := range p.Hits {
		c.Sources[h.Node.File]++
	}
	return c
}

func (c counts) String() string {
	return fmt.Sprintf("nodes %v edges %v", c.Nodes, c.Edges)
}

func (c counts) same(o counts) bool {
	return maps.Equal(c.Nodes, o.Nodes) && maps.Equal(c.Edges, o.Edges) && maps.Equal(c.Sources, o.Sources)
}

// crashCorpus is the news files the crash tests ingest: the bundled
// corpus and the extractor's other test inputs.
func crashCorpus(t *testing.T) []string {
	t.Helper()
	a, _ := filepath.Glob("../../data/corpus/*.txt")
	b, _ := filepath.Glob("../../extract/testdata/input/d*.txt")
	files := append(a, b...)
	if len(a) == 0 {
		t.Fatal("no corpus files")
	}
	return files
}

func runIngest(t *testing.T, data string, files []string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(peyvandBinary(t), append([]string{"ingest", "--data", data, "--log-level", "warn"}, files...)...)
	cmd.Env = append(os.Environ(), "NEO4J_URI=")
	return cmd
}

// TestKillIngest kills "peyvand ingest" with SIGKILL at random points: the
// store must open, hold every file's sources whole or not at all, and a
// second run must give exactly the counts of an uninterrupted run.
func TestKillIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	files := crashCorpus(t)
	base := t.TempDir()
	peyvandBinary(t)
	start := time.Now()
	if out, err := runIngest(t, base, files).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
	}
	want := storeCounts(t, base)
	// The first run warms the caches; a second one times what a kill hits.
	start = time.Now()
	if out, err := runIngest(t, t.TempDir(), files).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	t.Logf("uninterrupted run: %s in %s", want, took)

	const trials = 12
	killedMidway := 0
	for i := range trials {
		data := t.TempDir()
		cmd := runIngest(t, data, files)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wait := time.Duration(rand.Int64N(int64(took)))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(wait):
			_ = cmd.Process.Signal(syscall.SIGKILL)
			<-done
		}
		got := storeCounts(t, data)
		for file, n := range got.Sources {
			if n != want.Sources[file] {
				t.Errorf("trial %d (killed after %s): %s has %d of its %d sources", i, wait, file, n, want.Sources[file])
			}
		}
		if len(got.Sources) < len(want.Sources) {
			killedMidway++
		}
		if out, err := runIngest(t, data, files).CombinedOutput(); err != nil {
			t.Fatalf("trial %d: the run after the kill failed: %v\n%s", i, err, out)
		}
		if again := storeCounts(t, data); !again.same(want) {
			t.Errorf("trial %d (killed after %s, %d files whole): after a re-run %s, want %s", i, wait, len(got.Sources), again, want)
		}
	}
	t.Logf("%d trials, %d killed before every file was written", trials, killedMidway)
	if killedMidway == 0 {
		t.Error("no trial killed the ingest midway")
	}
}

// burstDoc is the text of the i-th made-up news item of a burst: each
// names a person of its own.
func burstDoc(i int) string {
	first := []string{"کاوه", "بهرام", "سیاوش", "فرهاد", "کامران", "شهرام", "بابک", "پرویز"}
	last := []string{"نیک‌اندیش", "روشن‌دل", "پاک‌نهاد", "نیک‌گهر", "آزادمنش", "نیک‌فرجام", "خوش‌کردار", "راست‌گفتار"}
	third := []string{"زاده", "پور", "نژاد", "فر", "مهر", "راد", "کیا", "فرد"}
	name := first[i%8] + " " + last[(i/8)%8] + third[(i/64)%8]
	return fmt.Sprintf("تاریخ: ۱۲ اسفند ۱۴۰۳\n\nانتصاب تازه در شرکت نمونه\n\nبه گزارش روابط عمومی، با حکم مدیرعامل، مهندس %s به عنوان معاون فنی شرکت توسعه نمونه منصوب شد. این خبر شماره %d است.\n", name, i)
}

// TestKillServeDuringIngestBurst kills serve with SIGKILL while editors
// send ingestDocument mutations: after a restart every acknowledged
// document is there whole, and sending every document again gives the
// counts of an uninterrupted run.
func TestKillServeDuringIngestBurst(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	const docs = 400
	ctx := context.Background()
	env := []string{"PEYVAND_API_KEYS=ci:s3cret:editor"}
	const mutation = `mutation($n: String!, $t: String!) { ingestDocument(name: $n, text: $t) { file nodeIds errors } }`

	// The uninterrupted run, in process, gives each document's nodes.
	baseDir := t.TempDir()
	bs, err := embedded.Open(baseDir, embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	in := ingest.New(bs, nil)
	nodesOf := map[string][]string{}
	for i := range docs {
		name := fmt.Sprintf("burst-%03d.txt", i)
		r, err := in.File(ctx, name, []byte(burstDoc(i)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		nodesOf[name] = r.NodeIDs
	}
	bs.Close()
	want := storeCounts(t, baseDir)

	data := t.TempDir()
	srv := startServe(t, data, env, "--no-bundled")
	var mu sync.Mutex
	acked := map[string]bool{}
	var wg sync.WaitGroup
	next := make(chan int)
	for range 8 {
		wg.Go(func() {
			for i := range next {
				name := fmt.Sprintf("burst-%03d.txt", i)
				status, r, err := gql(ctx, srv.URL, "s3cret", mutation, map[string]any{"n": name, "t": burstDoc(i)})
				if err == nil && status == 200 && len(r.Errors) == 0 {
					mu.Lock()
					acked[name] = true
					mu.Unlock()
				}
			}
		})
	}
	killAt := time.After(time.Duration(300+rand.IntN(700)) * time.Millisecond)
	sent := 0
send:
	for i := range docs {
		select {
		case next <- i:
			sent++
		case <-killAt:
			break send
		}
	}
	srv.kill()
	close(next)
	wg.Wait()
	t.Logf("killed serve after %d of %d documents were sent, %d acknowledged", sent, docs, len(acked))
	if len(acked) == 0 || len(acked) == docs {
		t.Logf("the kill did not land inside the burst")
	}

	// Every acknowledged document is there whole; no document is half there.
	got := storeCounts(t, data)
	for name := range acked {
		if got.Sources[name] == 0 {
			t.Errorf("%s was acknowledged but is not in the store", name)
		}
	}
	srv = startServe(t, data, env, "--no-bundled")
	for _, name := range slices.Sorted(maps.Keys(got.Sources)) {
		q := `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`
		_, r, err := gql(ctx, srv.URL, "", q, map[string]any{"ids": nodesOf[name]})
		if err != nil || len(r.Errors) > 0 {
			t.Fatalf("nodes of %s: %v %+v", name, err, r)
		}
		if len(r.Data["nodes"]) == 0 || containsNull(r.Data["nodes"]) {
			t.Errorf("%s is half there: %s", name, r.Data["nodes"])
		}
	}

	// Sending every document again gives the uninterrupted run's counts.
	for i := range docs {
		name := fmt.Sprintf("burst-%03d.txt", i)
		if status, r, err := gql(ctx, srv.URL, "s3cret", mutation, map[string]any{"n": name, "t": burstDoc(i)}); err != nil || status != 200 || len(r.Errors) > 0 {
			t.Fatalf("resend %s: %d %v %+v", name, status, err, r)
		}
	}
	srv.stop(t)
	if again := storeCounts(t, data); !again.same(want) {
		t.Errorf("after resending: %s, want %s", again, want)
	}
}

// containsNull reports whether a JSON list holds null.
func containsNull(list []byte) bool {
	for i := 0; i+4 <= len(list); i++ {
		if string(list[i:i+4]) == "null" {
			return true
		}
	}
	return false
}

// TestKillFirstStart kills serve while its first start fills the store
// from the bundled corpus: the next start completes the graph.
func TestKillFirstStart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	base := t.TempDir()
	peyvandBinary(t)
	start := time.Now()
	first := startServe(t, base, nil)
	took := time.Since(start) // to listening, the bundled corpus loaded
	first.stop(t)
	want := storeCounts(t, base)
	const trials = 5
	for i := range trials {
		data := t.TempDir()
		cmd := exec.Command(peyvandBinary(t), "serve", "--addr", "127.0.0.1:0", "--data", data)
		cmd.Env = append(os.Environ(), "NEO4J_URI=")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(took/5 + time.Duration(rand.Int64N(int64(took*7/10))))
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		partial := storeCounts(t, data)
		t.Logf("trial %d: killed with %d of %d bundled files loaded", i, len(partial.Sources), len(want.Sources))
		startServe(t, data, nil).stop(t)
		if got := storeCounts(t, data); !got.same(want) {
			t.Errorf("trial %d (killed with %d files loaded): after the next start %s, want %s", i, len(partial.Sources), got, want)
		}
	}
}
