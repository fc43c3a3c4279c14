package graph_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
	"github.com/peyvand/peyvand/graph"
	"github.com/peyvand/peyvand/ingest"
	"github.com/peyvand/peyvand/store/embedded"
)

// auditChildEnv makes the test binary a process that ingests one document
// through the API into the embedded store in the directory it names and
// stops at the point of writing (see pausingStore) until it is killed.
const auditChildEnv = "PEYVAND_TEST_AUDIT_CHILD"

func TestMain(m *testing.M) {
	if v := os.Getenv(auditChildEnv); v != "" {
		os.Exit(runAuditChild(v))
	}
	os.Exit(m.Run())
}

// pausingStore stops its process at the point of writing the document:
// before the first Apply that writes nodes, or once it has returned, it
// says so on stdout and waits to be killed.
type pausingStore struct {
	peyvand.Store
	after bool
}

func (s pausingStore) Apply(ctx context.Context, b *peyvand.Batch) (*peyvand.ApplyResult, error) {
	if len(b.Nodes) == 0 {
		return s.Store.Apply(ctx, b)
	}
	if !s.after {
		fmt.Println("WRITING")
		time.Sleep(time.Hour)
	}
	r, err := s.Store.Apply(ctx, b)
	fmt.Println("WRITTEN", err)
	time.Sleep(time.Hour)
	return r, err
}

const ingestMutation = `mutation($n: String!, $t: String!) { ingestDocument(name: $n, text: $t) { file nodeIds warnings } }`

// runAuditChild ingests testdata/appointment-a.txt; spec is "dir|before"
// or "dir|after".
func runAuditChild(spec string) int {
	dir, when, _ := strings.Cut(spec, "|")
	st, err := embedded.Open(dir, embedded.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	text, err := os.ReadFile("testdata/appointment-a.txt")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ps := pausingStore{Store: st, after: when == "after"}
	h := graph.NewHandler(graph.HandlerConfig{Store: ps, Ingest: ingest.New(ps, nil)})
	c := client.New(h)
	var resp any
	err = c.Post(ingestMutation, &resp, client.Var("n", "a.txt"), client.Var("t", string(text)),
		func(r *client.Request) {
			r.HTTP = r.HTTP.WithContext(auth.WithCaller(r.HTTP.Context(), auth.Caller{Name: "curator", Role: auth.RoleEditor}))
		})
	fmt.Fprintln(os.Stderr, "the child was not stopped:", err)
	return 1
}

// TestAuditCommitsWithTheDocument kills a process ingesting a document
// through the API with SIGKILL at the point of writing, before the write
// and after it, and finds the document and its audit record both stored
// or neither.
func TestAuditCommitsWithTheDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	for _, when := range []string{"before", "after"} {
		t.Run(when, func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), auditChildEnv+"="+dir+"|"+when)
			cmd.Stderr = os.Stderr
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			said := make(chan string, 1)
			go func() {
				sc := bufio.NewScanner(out)
				for sc.Scan() {
					if l := sc.Text(); strings.HasPrefix(l, "WRIT") {
						said <- l
						return
					}
				}
				close(said)
			}()
			var line string
			select {
			case line = <-said:
			case <-time.After(60 * time.Second):
			}
			_ = cmd.Process.Signal(syscall.SIGKILL)
			_ = cmd.Wait()
			if line == "" {
				t.Fatal("the child never reached the point of writing")
			}

			st, err := embedded.Open(dir, embedded.Options{})
			if err != nil {
				t.Fatalf("open after the kill: %v", err)
			}
			defer st.Close()
			ctx := context.Background()
			stats, err := st.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			recs, err := st.Audit(ctx, 10)
			if err != nil {
				t.Fatal(err)
			}
			documented := stats.Nodes[peyvand.TypeSource] > 0
			audited := slices.ContainsFunc(recs, func(r peyvand.AuditRecord) bool {
				return r.Action == "ingestDocument" && r.Target == "a.txt" && r.Actor == "curator"
			})
			if documented != audited {
				t.Errorf("killed %s writing (%s): document stored %v, audit record stored %v", when, line, documented, audited)
			}
			if want := when == "after"; documented != want {
				t.Errorf("killed %s writing (%s): document stored %v, want %v", when, line, documented, want)
			}
		})
	}
}

// ingested is the answer of ingestMutation.
type ingested struct {
	IngestDocument struct {
		File     string
		NodeIds  []string
		Warnings []string
	}
}

// TestRenameReachesTheIngester renames a person through the API and then
// ingests a report naming the new name: it resolves to the same node.
func TestRenameReachesTheIngester(t *testing.T) {
	store := openStore(t, nil)
	c := newClient(t, store, func(cfg *graph.HandlerConfig) { cfg.Ingest = ingest.New(store, nil) })
	editor := as("curator", auth.RoleEditor)
	ingestFile := func(name string) ingested {
		text, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var r ingested
		c.MustPost(ingestMutation, &r, client.Var("n", name), client.Var("t", string(text)), editor)
		return r
	}
	personsOf := func(r ingested) []string {
		var out []string
		for _, id := range r.IngestDocument.NodeIds {
			if peyvand.TypeOfID(id) == peyvand.TypePerson {
				out = append(out, id)
			}
		}
		return out
	}
	a := ingestFile("appointment-a.txt")
	if a.IngestDocument.Warnings == nil {
		t.Error("ingestDocument gave no warnings list")
	}
	persons := personsOf(a)
	if len(persons) != 1 {
		t.Fatalf("the first report names persons %v, want one", persons)
	}
	var renamed struct{ RenameEntity struct{ Name string } }
	c.MustPost(fmt.Sprintf(`mutation { renameEntity(id: %q, name: "بهرام روشن‌دل‌پور") { ... on Person { name } } }`, persons[0]), &renamed, editor)
	if got := personsOf(ingestFile("appointment-b.txt")); !slices.Equal(got, persons) {
		t.Errorf("the report naming the new name names persons %v, want the renamed %v", got, persons)
	}
}
