package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
)

func TestQueryCacheIsBoundedInBytes(t *testing.T) {
	ctx := context.Background()
	c := newQueryCache(1 << 20)
	big := strings.Repeat("x", 4<<10) // about 200 KB once parsed
	var docs []*ast.QueryDocument
	for i := range 20 {
		d := &ast.QueryDocument{}
		docs = append(docs, d)
		c.Add(ctx, big+string(rune('a'+i)), d)
	}
	n, used := c.stats()
	if used > 1<<20 || n >= 20 || n == 0 {
		t.Fatalf("%d entries of %d bytes in a 1 MiB cache", n, used)
	}
	if _, ok := c.Get(ctx, big+"a"); ok {
		t.Error("the oldest entry is still cached")
	}
	if d, ok := c.Get(ctx, big+string(rune('a'+19))); !ok || d != docs[19] {
		t.Error("the newest entry is not cached")
	}
	c.remember(docs[19], "", opCost{Complexity: 7})
	if got, ok := c.cost(docs[19], ""); !ok || got.Complexity != 7 {
		t.Errorf("cost = %v %v", got, ok)
	}
	if _, ok := c.cost(docs[0], ""); ok {
		t.Error("an evicted document kept its cost")
	}
	c.Add(ctx, strings.Repeat("y", 1<<20), &ast.QueryDocument{})
	if _, ok := c.Get(ctx, strings.Repeat("y", 1<<20)); ok {
		t.Error("a document larger than the cache was cached")
	}
}

func TestScanQuerySkipsStringsAndComments(t *testing.T) {
	for q, want := range map[string]QueryShape{
		`{ a }`:                        {Bytes: 5, Tokens: 3, Nesting: 1},
		`{ a(s: "{{{[[[") }`:           {Bytes: 18, Tokens: 8, Nesting: 2},
		"{ a # {{{{\n }":               {Bytes: 13, Tokens: 3, Nesting: 1},
		`{ a(s: """ {{ \""" {{ """) }`: {Bytes: 28, Tokens: 8, Nesting: 2},
		`query($x: [[Int!]]) { ...F }`: {Bytes: 28, Tokens: 16, Nesting: 3},
		`{ a(n: -1.5e+3, l: [1, 2]) }`: {Bytes: 28, Tokens: 14, Nesting: 3},
	} {
		if got := ScanQuery(q, 0, 0); got != want {
			t.Errorf("ScanQuery(%q) = %+v, want %+v", q, got, want)
		}
	}
}
