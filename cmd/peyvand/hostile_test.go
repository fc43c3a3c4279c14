package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// hostileCase is one request a client may send to break the server, and
// how the server must answer it.
type hostileCase struct {
	name   string
	method string // POST when empty
	query  string // a GET's query parameter, or the POST body's query
	body   []byte // a raw POST body instead of {"query": query}
	ctype  string // Content-Type of a POST; application/json when empty
	key    string
	// status and code are what the answer must have (code "" for any or
	// none); ok, when set, accepts instead any of these statuses.
	status int
	code   string
	ok     []int
	// header, when set, must be present in the answer.
	header string
	within time.Duration
	// text is an extractor/ case's document ("مدیر " 200,000 times when empty).
	text string
}

// Groups of cases: graph/ are bounded by the GraphQL limits, transport/
// by the HTTP transport (request decoding, body cap, content types and
// methods), extractor/ by the extractor's bounds on its work.
func hostileCases() []hostileCase {
	nest := func(n int) string { return strings.Repeat("{a", n) + strings.Repeat("}", n) }
	aliases := func(n int, field string) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " a%d: %s", i, field)
		}
		return b.String() + " }"
	}
	fanOut := func(n int) string {
		var b strings.Builder
		fmt.Fprintf(&b, "query { ...F%d }\nfragment F0 on Query { persons(first: 1) { totalCount } }\n", n)
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
		}
		return b.String()
	}
	skips := func(n int) string {
		return "{ persons(first: 1) { totalCount " + strings.Repeat("@skip(if: true) ", n) + "} }"
	}
	const inv = "INVALID_ARGUMENT"
	sec := time.Second
	cases := []hostileCase{
		{name: "graph/a million nested selections", query: nest(1_000_000), status: 400, code: inv, within: 10 * sec},
		{name: "graph/fifty thousand nested selections", query: nest(50_000), status: 400, code: inv, within: 5 * sec},
		{name: "graph/deep braces over GET", method: "GET", query: nest(10_000), status: 400, code: inv, within: 5 * sec},
		{name: "graph/a 900 KB GET URL", method: "GET", query: nest(300_000), status: 431, within: 5 * sec},
		{name: "graph/fragment fan-out of thirty", query: fanOut(30), status: 400, code: inv, within: 5 * sec},
		{name: "graph/fragment fan-out of twenty", query: fanOut(20), status: 400, code: inv, within: 5 * sec},
		{name: "graph/fragment cycle", query: "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", status: 400, code: "GRAPHQL_VALIDATION_FAILED", within: 5 * sec},
		{name: "graph/a thousand aliases of __schema", query: aliases(1000, "__schema { types { name } }"), status: 400, code: inv, within: 5 * sec},
		{name: "graph/five aliases of __schema", query: aliases(5, "__schema { queryType { name } }"), status: 400, code: inv, within: 5 * sec},
		{name: "graph/nine thousand aliases of search", query: aliases(9000, `search(query: "ا", first: 0) { totalCount }`), status: 400, code: inv, within: 5 * sec},
		{name: "graph/a hundred aliases of search", query: aliases(100, `search(query: "ا", first: 0) { totalCount }`), status: 400, code: inv, within: 5 * sec},
		{name: "graph/alias bomb on lists", query: aliases(200, `persons(first: 100) { edges { node { tenures(first: 100) { totalCount } } } }`), status: 400, code: inv, within: 5 * sec},
		{name: "graph/a 100,000-deep list literal", query: `{ nodes(ids: ` + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + `) { id } }`, status: 400, code: inv, within: 5 * sec},
		{name: "graph/a deep input object", query: `{ persons(filter: ` + strings.Repeat("{name: ", 5000) + `"x"` + strings.Repeat("}", 5000) + `) { totalCount } }`, status: 400, code: inv, within: 5 * sec},
		{name: "graph/100,000 @skip directives", query: skips(100_000), status: 400, code: inv, within: 5 * sec},
		{name: "graph/450,000 @skip directives", query: skips(450_000), status: 400, code: inv, within: 10 * sec},
		{name: "graph/7,000 @skip directives", query: skips(7000), status: 400, code: inv, within: 5 * sec},
		{name: "graph/fields of one name", query: "{" + strings.Repeat(" persons(first: 1) { totalCount }", 1600) + "}", status: 400, code: inv, within: 5 * sec},
		{name: "graph/a 6 MB valid query", query: "{" + strings.Repeat(" __typename", 550_000) + " }", status: 400, code: inv, within: 10 * sec},
		{name: "graph/a 9,000-deep list in the variables", body: []byte(`{"query": "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": {"ids": ` + strings.Repeat("[", 9000) + strings.Repeat("]", 9000) + `}}`), status: 400, code: "*", within: 5 * sec},
		{name: "graph/huge first", query: `{ persons(first: 1000000000) { totalCount } }`, status: 200, code: inv, within: 5 * sec},
		{name: "graph/negative first", query: `{ search(query: "x", first: -1) { totalCount } }`, status: 200, code: inv, within: 5 * sec},
		{name: "graph/malformed query", query: `{ persons(first: 1) { totalCount `, status: 400, code: "GRAPHQL_PARSE_FAILED", within: 5 * sec},
		{name: "graph/an unterminated block string", query: `{ search(query: """` + strings.Repeat("{", 50_000) + `) { totalCount } }`, status: 400, code: "GRAPHQL_PARSE_FAILED", within: 5 * sec},
		{name: "graph/binary text in ingestDocument", query: "mutation { ingestDocument(name: \"x.txt\", text: \"a\\u0000b\") { file } }", key: "s3cret", status: 200, code: inv, within: 10 * sec},
		{name: "graph/injection-looking search", query: `{ search(query: "') RETURN n //", first: 1) { totalCount } }`, status: 200, within: 5 * sec},
		{name: "graph/mutation over GET", method: "GET", query: `mutation { addAlias(id: "x", alias: "y") { id } }`, status: 405, code: "METHOD_NOT_ALLOWED", header: "Allow", within: 5 * sec},

		{name: "transport/malformed JSON", body: []byte(`{"query": "{ persons { totalCount } }"`), status: 400, code: "*", within: 5 * sec},
		{name: "transport/a decode error names no Go type", body: []byte(`{"query": 5}`), status: 400, code: "*", within: 5 * sec},
		{name: "transport/a body over the cap", body: append(append([]byte(`{"query": "{ __typename }", "x": "`), bytes.Repeat([]byte("a"), 9<<20)...), '"', '}'), status: 413, code: "PAYLOAD_TOO_LARGE", within: 20 * sec},
		{name: "transport/an unsupported content type", body: []byte("{ __typename }"), ctype: "text/plain", status: 415, code: "UNSUPPORTED_MEDIA_TYPE", within: 5 * sec},
		{name: "transport/an unsupported method", method: "PUT", body: []byte(`{"query": "{ __typename }"}`), status: 405, code: "METHOD_NOT_ALLOWED", header: "Allow", within: 5 * sec},

		{name: "extractor/one word repeated 200,000 times", query: `mutation($t: String!) { ingestDocument(name: "word.txt", text: $t) { file errors } }`, key: "s3cret", ok: []int{200}, within: 30 * sec},
		// Each post of the list reads the body of the next one, and the last
		// reads back to the one before: reading them once recursed for
		// ever, a stack overflow that ended the process.
		{name: "extractor/posts that read each other's body", query: `mutation($t: String!) { ingestDocument(name: "posts.txt", text: $t) { file errors } }`, key: "s3cret", ok: []int{200}, within: 30 * sec,
			text: "سمنان- ایرنا- در آیین معارفه مدیرکل جدید راه و شهرسازی استان سمنان، معاون فنی، معاون اداری و مالی و مدیر روابط عمومی این اداره کل، به ترتیب تورج شاهسپرم‌نیا، ژیلا کهربایی‌پور و سیامک دره‌شوری‌فر در سمت‌های خود ابقا شدند.\n"},
	}
	return cases
}

// TestHostile sends every hostile case to a real server and checks that
// each is answered as it should be, in bounded time, that the server
// stays up (/healthz) after each, and that it is the same process at the
// end.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the server")
	}
	srv := startServe(t, t.TempDir(), []string{"PEYVAND_API_KEYS=ci:s3cret:editor"}, "--memory-limit-mb", "2048")
	pid := srv.PID()
	t.Logf("serve pid %d, RSS %.0f MiB after start", pid, rssMB(pid))
	if !strings.Contains(srv.stderr.String(), "ingestDocument extracts in child processes") {
		t.Fatalf("serve does not say it extracts ingestDocument's files in child processes:\n%s", srv.stderr)
	}
	t.Run("graph/four concurrent introspection bombs", func(t *testing.T) {
		q := "{" + strings.Repeat(" __schema { types { name fields { name } } }", 400) + " }"
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				start := time.Now()
				status, r, err := gql(context.Background(), srv.URL, "", q, nil)
				if err != nil || status != 422 && status != 400 || r.code() != "INVALID_ARGUMENT" || time.Since(start) > 5*time.Second {
					t.Errorf("introspection bomb: %d %+v %v after %s", status, r, err, time.Since(start))
				}
			})
		}
		wg.Wait()
		healthy(t, srv.URL)
	})
	t.Run("graph/forty distinct 100 KB queries fill no memory", func(t *testing.T) {
		before := rssMB(pid)
		for i := range 40 {
			var b strings.Builder
			b.WriteString("{")
			for j := range 4500 {
				fmt.Fprintf(&b, " q%d_%d: __typename", i, j)
			}
			q := b.String() + " }"
			if status, _, err := gql(context.Background(), srv.URL, "", q, nil); err != nil || status != 200 {
				t.Fatalf("query %d: %d %v", i, status, err)
			}
		}
		after := rssMB(pid)
		t.Logf("RSS %.0f MiB before, %.0f MiB after", before, after)
		if after-before > 512 {
			t.Errorf("RSS grew by %.0f MiB", after-before)
		}
		healthy(t, srv.URL)
	})
	client := &http.Client{}
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			if !srv.alive() {
				t.Fatal("the server is gone")
			}
			start := time.Now()
			ctx, cancel := context.WithTimeout(context.Background(), tc.within+10*time.Second)
			defer cancel()
			resp, err := client.Do(tc.request(ctx, srv.URL))
			took := time.Since(start)
			if err != nil {
				t.Fatalf("no answer after %s: %v", took, err)
			}
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
			resp.Body.Close()
			t.Logf("%d in %s, %d bytes", resp.StatusCode, took.Round(time.Millisecond), len(body))
			tc.check(t, resp, body, took)
			healthy(t, srv.URL)
		})
	}
	if !srv.alive() || srv.PID() != pid {
		t.Fatalf("the server is not the process it was (pid %d)", pid)
	}
	healthy(t, srv.URL)
	t.Logf("RSS %.0f MiB at the end", rssMB(pid))
}

// request makes the case's HTTP request to base.
func (tc hostileCase) request(ctx context.Context, base string) *http.Request {
	method := tc.method
	if method == "" {
		method = http.MethodPost
	}
	var req *http.Request
	if method == http.MethodGet {
		req, _ = http.NewRequestWithContext(ctx, method, base+"/graphql?query="+url.QueryEscape(tc.query), nil)
	} else {
		body := tc.body
		if body == nil {
			m := map[string]any{"query": tc.query}
			if strings.HasPrefix(tc.name, "extractor/") {
				text := tc.text
				if text == "" {
					text = strings.Repeat("مدیر ", 200_000)
				}
				m["variables"] = map[string]string{"t": text}
			}
			body, _ = json.Marshal(m)
		}
		req, _ = http.NewRequestWithContext(ctx, method, base+"/graphql", bytes.NewReader(body))
		ctype := tc.ctype
		if ctype == "" {
			ctype = "application/json"
		}
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Accept", "application/graphql-response+json")
	if tc.key != "" {
		req.Header.Set("Authorization", "Bearer "+tc.key)
	}
	return req
}

// check asserts the answer: status, code, header, time, and a message
// that names no Go type, no file path and does not echo the request.
func (tc hostileCase) check(t *testing.T, resp *http.Response, body []byte, took time.Duration) {
	t.Helper()
	if took > tc.within {
		t.Errorf("took %s, more than %s", took, tc.within)
	}
	if tc.ok != nil {
		ok := false
		for _, s := range tc.ok {
			ok = ok || resp.StatusCode == s
		}
		if !ok {
			t.Errorf("status %d, want one of %v: %.300s", resp.StatusCode, tc.ok, body)
		}
	} else if resp.StatusCode != tc.status {
		t.Errorf("status %d, want %d: %.300s", resp.StatusCode, tc.status, body)
	}
	if tc.header != "" && resp.Header.Get(tc.header) == "" {
		t.Errorf("no %s header", tc.header)
	}
	if len(body) > 1<<20 {
		t.Errorf("answer of %d bytes", len(body))
	}
	var r gqlResponse
	if tc.code != "" {
		if err := json.Unmarshal(body, &r); err != nil {
			t.Fatalf("answer is not JSON: %.300q", body)
		}
		if tc.code == "*" && r.code() == "" || tc.code != "*" && r.code() != tc.code {
			t.Errorf("code %q, want %q: %.300s", r.code(), tc.code, body)
		}
	}
	text := string(body)
	for _, leak := range []string{"Go value", "graphql.RawParams", "json: cannot", ".go:", "/root/", "goroutine "} {
		if strings.Contains(text, leak) {
			t.Errorf("the answer leaks %q: %.300s", leak, body)
		}
	}
	if len(tc.body) > 16 && strings.Contains(text, string(tc.body)) {
		t.Errorf("the answer echoes the request body")
	}
}

// healthy checks that /healthz answers at once.
func healthy(t *testing.T, base string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/healthz", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("/healthz: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("/healthz = %d", resp.StatusCode)
	}
}
