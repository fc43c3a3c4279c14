package graph

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

func TestCostsAreRememberedForCachedQueries(t *testing.T) {
	l := DefaultLimits.withDefaults()
	srv := handler.New(NewExecutableSchema(Config{Resolvers: &Resolver{}, Directives: DirectiveRoot{HasRole: hasRole}, Complexity: l.complexity()}))
	srv.AddTransport(transport.POST{})
	cache := l.use(srv)
	send := func(body string) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		if w.Code != http.StatusOK && w.Code != http.StatusUnprocessableEntity {
			t.Fatalf("%s: %d %s", body, w.Code, w.Body)
		}
	}
	ctx := context.Background()
	fixed := `query Fixed($q: String!) { __type(name: $q) { name } }`
	paged := `query Paged($n: Int) { auditLog(first: $n) { id } }`
	send(`{"query": "` + fixed + `", "variables": {"q": "x"}}`)
	send(`{"query": "` + paged + `", "variables": {"n": 3}}`)
	doc, ok := cache.Get(ctx, fixed)
	if !ok {
		t.Fatal("the query was not cached")
	}
	if c, ok := cache.cost(doc, "Fixed"); !ok || c.Selections != 2 || c.Introspection != 1 {
		t.Errorf("cost of a query no variable can change = %+v %v, want it remembered", c, ok)
	}
	doc, _ = cache.Get(ctx, paged)
	if _, ok := cache.cost(doc, "Paged"); ok {
		t.Error("the cost of a query with an Int variable was remembered")
	}
}
