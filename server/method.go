package server

import (
	"net/http"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/peyvand/peyvand/graph"
)

// refuseGETMutations answers a GET request whose operation is a mutation
// with 405 Method Not Allowed and Allow: POST, as GraphQL over HTTP asks:
// a GET must be safe to repeat, prefetch and cache. Everything else,
// unparsable queries included (the GraphQL handler explains those), goes on.
//
// A query over the limits on size, tokens or nesting is not parsed here:
// the GraphQL handler refuses it before parsing too.
func refuseGETMutations(limits graph.Limits, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && isMutation(limits, r.URL.Query().Get("query"), r.URL.Query().Get("operationName")) {
			w.Header().Set("Allow", http.MethodPost)
			writeJSON(w, http.StatusMethodNotAllowed, map[string]any{
				"errors": []map[string]any{{
					"message":    "mutations must be sent with POST",
					"extensions": map[string]string{"code": "METHOD_NOT_ALLOWED"},
				}},
			})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// isMutation reports whether the operation of query that would run is a
// mutation: the one named, or the only one.
func isMutation(limits graph.Limits, query, name string) bool {
	if query == "" || graph.CheckQueryText(limits, query) != nil {
		return false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return false
	}
	var op *ast.OperationDefinition
	if name != "" {
		op = doc.Operations.ForName(name)
	} else if len(doc.Operations) == 1 {
		op = doc.Operations[0]
	}
	return op != nil && op.Operation == ast.Mutation
}
