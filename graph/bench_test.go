package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

const nodeQuery = `query($id: ID!) { node(id: $id) { id ... on Person { name aliases titles } } }`

// benchPost sends body to h b.N times and fails on a non-200 answer.
func benchPost(b *testing.B, h http.Handler, body []byte) {
	b.Helper()
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
}

// BenchmarkNode compares node lookup by ID through the whole GraphQL
// handler with a bare net/http handler that reads the same node from the
// same store and writes the same JSON.
func BenchmarkNode(b *testing.B) {
	store, _ := seededStore(b)
	body, _ := json.Marshal(map[string]any{"query": nodeQuery, "variables": map[string]string{"id": "per_rezaei"}})

	b.Run("graphql", func(b *testing.B) {
		benchPost(b, newHandler(b, store), body)
	})
	b.Run("bare", func(b *testing.B) {
		bare := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var req struct {
				Variables struct{ ID string } `json:"variables"`
			}
			if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			nodes, err := store.Nodes(r.Context(), []string{req.Variables.ID})
			if err != nil || nodes[0] == nil {
				http.Error(w, "not found", http.StatusNotFound)
				return
			}
			n := nodes[0]
			type node struct {
				ID      string   `json:"id"`
				Name    string   `json:"name"`
				Aliases []string `json:"aliases"`
				Titles  []string `json:"titles"`
			}
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"node": node{n.ID, n.Name, n.Aliases, n.Titles}}})
		})
		benchPost(b, bare, body)
	})
}

// BenchmarkNestedQuery runs the three-level query over 50 persons through
// the whole handler, with the production loader wait.
func BenchmarkNestedQuery(b *testing.B) {
	store := openStore(b, wideGraph(50))
	body, _ := json.Marshal(map[string]any{"query": nestedQuery})
	benchPost(b, newHandler(b, store), body)
}
