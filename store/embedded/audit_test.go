package embedded_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/store/storetest"
)

// TestAuditNeverRunsAheadOfTheChange renames a node again and again, each
// rename with its audit record, while a reader reads the newest record
// and then the node: the node must already have the name the record
// tells, or a follower of the audit log (the review queue) would take the
// old graph for the new one.
func TestAuditNeverRunsAheadOfTheChange(t *testing.T) {
	st, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	p := storetest.Person("نام شماره 0")
	if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{p}}); err != nil {
		t.Fatal(err)
	}
	const writes = 400
	var done atomic.Bool
	errs := make(chan error, 1)
	go func() {
		defer close(errs)
		for !done.Load() {
			recs, err := st.Audit(ctx, 1)
			if err != nil {
				errs <- err
				return
			}
			if len(recs) == 0 {
				continue
			}
			want, _ := strconv.Atoi(recs[0].Detail)
			ns, err := st.Nodes(ctx, []string{p.ID})
			if err != nil {
				errs <- err
				return
			}
			got, _ := strconv.Atoi(strings.TrimPrefix(ns[0].Name, "نام شماره "))
			if got < want {
				errs <- fmt.Errorf("the audit log tells rename %d while the node has name %d", want, got)
				return
			}
		}
	}()
	for i := 1; i <= writes; i++ {
		n := *p
		n.Name = fmt.Sprintf("نام شماره %d", i)
		rec := &peyvand.AuditRecord{Action: "renameEntity", Target: p.ID, Detail: strconv.Itoa(i)}
		if _, err := st.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{&n}, Replace: true, Audit: rec}); err != nil {
			t.Fatal(err)
		}
	}
	done.Store(true)
	if err := <-errs; err != nil {
		t.Error(err)
	}
}
