package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand/server"
)

// fuzzPaths and fuzzTypes are what the fuzzer's bytes choose from.
var (
	fuzzMethods = []string{http.MethodPost, http.MethodGet, http.MethodOptions, http.MethodPut, http.MethodHead}
	fuzzPaths   = []string{"/graphql", "/healthz", "/readyz", "/export/graphml", "/export/nodes.csv", "/graphiql", "/"}
	fuzzTypes   = []string{"application/json", "application/graphql-response+json", "text/plain", "application/x-www-form-urlencoded", "", "application/json; charset=utf-8"}
)

// FuzzHandler sends arbitrary requests (method, path, query string,
// content type, API key, body) to the whole HTTP handler. Whatever comes
// in, the handler must answer in bounded time without an internal error;
// a JSON answer must be JSON; a GraphQL error must carry a code and must
// not name Go types or echo the body.
func FuzzHandler(f *testing.F) {
	f.Add(uint8(0), uint8(0), "", uint8(0), false, []byte(`{"query":"{ persons(first: 2) { totalCount edges { node { id name } } } }"}`))
	f.Add(uint8(1), uint8(0), "query=%7B__typename%7D", uint8(0), false, []byte(nil))
	f.Add(uint8(1), uint8(0), "query=mutation%7BaddAlias(id:%22per_a%22,alias:%22x%22)%7Bid%7D%7D", uint8(0), true, []byte(nil))
	f.Add(uint8(0), uint8(0), "", uint8(0), true, []byte(`{"query":"mutation($t: String!) { ingestDocument(name: \"a.txt\", text: $t) { file } }","variables":{"t":"x"}}`))
	f.Add(uint8(0), uint8(0), "", uint8(0), false, []byte(`{"query":"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{a}}}"}`))
	f.Add(uint8(0), uint8(0), "", uint8(0), false, []byte(`{"query":"query { ...F } fragment F on Query { ...F }"}`))
	f.Add(uint8(0), uint8(0), "", uint8(0), false, []byte(`{"query": 5}`))
	f.Add(uint8(0), uint8(0), "", uint8(2), false, []byte(`{ __typename }`))
	f.Add(uint8(3), uint8(0), "", uint8(0), false, []byte(`{"query":"{ __typename }"}`))
	f.Add(uint8(1), uint8(3), "ids=per_a&depth=2", uint8(0), false, []byte(nil))
	f.Add(uint8(0), uint8(0), "", uint8(0), false, []byte(`{"query":"{ search(query: \"a\", first: 3) { totalCount } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`))

	h := newHandler(f, server.Config{})
	f.Fuzz(func(t *testing.T, method, path uint8, query string, ctype uint8, key bool, body []byte) {
		target := fuzzPaths[int(path)%len(fuzzPaths)]
		if strings.ContainsAny(query, "# \t\r\n") {
			query = strings.NewReplacer("#", "%23", " ", "%20", "\t", "%09", "\r", "%0D", "\n", "%0A").Replace(query)
		}
		if query != "" {
			target += "?" + query
		}
		req, err := http.NewRequest(fuzzMethods[int(method)%len(fuzzMethods)], "http://peyvand.test"+target, bytes.NewReader(body))
		if err != nil {
			t.Skip("not a request line a client could send")
		}
		if ct := fuzzTypes[int(ctype)%len(fuzzTypes)]; ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		if key {
			req.Header.Set("Authorization", "Bearer e-key")
		}
		w := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(w, req)
		if took := time.Since(start); took > 10*time.Second {
			t.Errorf("%s %s took %s", req.Method, target, took)
		}
		if w.Code >= 500 && w.Code != http.StatusServiceUnavailable {
			t.Fatalf("%s %s: status %d: %.300s", req.Method, target, w.Code, w.Body)
		}
		if !strings.Contains(w.Header().Get("Content-Type"), "json") || req.Method == http.MethodHead {
			return
		}
		var resp struct {
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
			t.Fatalf("%s %s: the answer is not JSON: %.300q", req.Method, target, w.Body)
		}
		for _, e := range resp.Errors {
			if e.Extensions["code"] == nil || e.Extensions["code"] == "" {
				t.Errorf("%s %s: error %q has no code", req.Method, target, e.Message)
			}
			if strings.Contains(e.Message, "Go value") || strings.Contains(e.Message, "Go struct") || strings.Contains(e.Message, "goroutine") {
				t.Errorf("%s %s: error %q names Go internals", req.Method, target, e.Message)
			}
			if len(body) >= 32 && strings.Contains(e.Message, string(body)) {
				t.Errorf("%s %s: error %q echoes the body", req.Method, target, e.Message)
			}
		}
	})
}
