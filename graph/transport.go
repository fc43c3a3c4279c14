package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
)

// DefaultMaxBodyBytes bounds a request body when HandlerConfig sets no
// bound; a document sent to ingestDocument is the largest thing a client
// sends.
const DefaultMaxBodyBytes = 8 << 20

// The media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// allowedMethods are the methods the endpoint answers.
const allowedMethods = "GET, POST, OPTIONS"

// Header values shared by every response, so setting them allocates
// nothing.
var (
	headerJSON            = []string{mediaJSON}
	headerGraphQLResponse = []string{mediaGraphQLResponse}
)

// httpTransport serves GraphQL over HTTP: POST with a JSON body, GET with
// the request in the URL (queries only), OPTIONS. It reads a body once
// into a pooled buffer, and writes the executor's already encoded data as
// it is, without marshalling the response again. Every refusal is a
// GraphQL response whose error says what to fix, with a code in
// extensions.code.
type httpTransport struct {
	maxBody int64
	// lean answers the queries it knows without gqlgen's executor (see
	// lean.go); nil sends every operation to gqlgen.
	lean *leanExec
}

var _ graphql.Transport = httpTransport{}

// Supports takes every request but WebSocket upgrades, so that what the
// endpoint cannot serve gets a status that says why.
func (httpTransport) Supports(r *http.Request) bool { return r.Header.Get("Upgrade") == "" }

// requestState is what one request borrows from the pool.
type requestState struct {
	body   bytes.Buffer
	out    bytes.Buffer
	limit  io.LimitedReader
	params graphql.RawParams
	req    rawRequest
}

// rawRequest is a POST body; variables and extensions are decoded apart,
// with numbers kept as written.
type rawRequest struct {
	Query         string          `json:"query"`
	OperationName string          `json:"operationName"`
	Variables     json.RawMessage `json:"variables"`
	Extensions    json.RawMessage `json:"extensions"`
}

var statePool = sync.Pool{New: func() any { return new(requestState) }}

// maxPooledBuffer is the largest buffer returned to the pool; a rare huge
// request should not pin its memory.
const maxPooledBuffer = 1 << 20

func getState() *requestState { return statePool.Get().(*requestState) }

func putState(s *requestState) {
	if s.body.Cap() > maxPooledBuffer || s.out.Cap() > maxPooledBuffer {
		return
	}
	s.body.Reset()
	s.out.Reset()
	s.limit = io.LimitedReader{}
	s.params = graphql.RawParams{}
	s.req = rawRequest{}
	statePool.Put(s)
}

func (t httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	switch r.Method {
	case http.MethodPost:
		t.post(w, r, exec)
	case http.MethodGet:
		t.get(w, r, exec)
	case http.MethodOptions:
		w.Header().Set("Allow", allowedMethods)
		w.WriteHeader(http.StatusOK)
	default:
		w.Header().Set("Allow", allowedMethods)
		refuse(w, responseType(r), http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED",
			"method "+r.Method+" is not allowed: send queries with GET or POST, mutations with POST")
	}
}

func (t httpTransport) post(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctype := responseType(r)
	if !isJSON(r.Header.Get("Content-Type")) {
		refuse(w, ctype, http.StatusUnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
			"a POST body must be JSON: send Content-Type: application/json")
		return
	}
	s := getState()
	defer putState(s)
	start := graphql.Now()

	limit := t.maxBody
	if limit <= 0 {
		limit = DefaultMaxBodyBytes
	}
	if r.ContentLength > limit {
		refuseTooLarge(w, ctype, limit)
		return
	}
	if r.ContentLength > 0 {
		s.body.Grow(int(r.ContentLength))
	}
	s.limit = io.LimitedReader{R: r.Body, N: limit + 1}
	n, err := s.body.ReadFrom(&s.limit)
	s.limit.R = nil
	if err != nil {
		if tooBig := (*http.MaxBytesError)(nil); errors.As(err, &tooBig) {
			refuseTooLarge(w, ctype, tooBig.Limit)
			return
		}
		refuse(w, ctype, http.StatusBadRequest, "BAD_REQUEST", "the request body could not be read")
		return
	}
	if n > limit {
		refuseTooLarge(w, ctype, limit)
		return
	}
	if err := decodeRequest(s.body.Bytes(), &s.req); err != nil {
		refuse(w, ctype, http.StatusBadRequest, "BAD_REQUEST", describeJSONError(err))
		return
	}
	p := &s.params
	p.Query, p.OperationName = s.req.Query, s.req.OperationName
	if err := decodeObject(s.req.Variables, &p.Variables); err != nil {
		refuse(w, ctype, http.StatusBadRequest, "BAD_REQUEST", "variables must be a JSON object")
		return
	}
	if err := decodeObject(s.req.Extensions, &p.Extensions); err != nil {
		refuse(w, ctype, http.StatusBadRequest, "BAD_REQUEST", "extensions must be a JSON object")
		return
	}
	p.Headers = r.Header
	p.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	t.execute(w, r.Context(), exec, p, ctype, false, &s.out)
}

func (t httpTransport) get(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctype := responseType(r)
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		refuse(w, ctype, http.StatusBadRequest, "BAD_REQUEST", "the URL's query string is malformed")
		return
	}
	s := getState()
	defer putState(s)
	p := &s.params
	p.ReadTime.Start = graphql.Now()
	p.Query, p.OperationName, p.Headers = q.Get("query"), q.Get("operationName"), r.Header
	if err := decodeObject(json.RawMessage(q.Get("variables")), &p.Variables); err != nil {
		refuse(w, ctype, http.StatusBadRequest, "BAD_REQUEST", "variables must be a JSON object")
		return
	}
	if err := decodeObject(json.RawMessage(q.Get("extensions")), &p.Extensions); err != nil {
		refuse(w, ctype, http.StatusBadRequest, "BAD_REQUEST", "extensions must be a JSON object")
		return
	}
	p.ReadTime.End = graphql.Now()
	t.execute(w, r.Context(), exec, p, ctype, true, &s.out)
}

// execute runs the operation of p and writes its response: on the lean
// path when it can, else through gqlgen's executor.
func (t httpTransport) execute(w http.ResponseWriter, ctx context.Context, exec graphql.GraphExecutor, p *graphql.RawParams, ctype string, queryOnly bool, out *bytes.Buffer) {
	oc, errs := exec.CreateOperationContext(ctx, p)
	if errs != nil {
		status := http.StatusOK
		if errcode.GetErrorKind(errs) == errcode.KindProtocol {
			// GraphQL over HTTP: 400 for a request that cannot run under
			// the new media type, 422 under the legacy one.
			status = http.StatusUnprocessableEntity
			if ctype == mediaGraphQLResponse {
				status = http.StatusBadRequest
			}
		}
		writeResponse(w, ctype, status, exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs), out)
		return
	}
	if queryOnly {
		if op := oc.Doc.Operations.ForName(oc.OperationName); op != nil && op.Operation != ast.Query {
			w.Header().Set("Allow", http.MethodPost)
			refuse(w, ctype, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "mutations must be sent with POST")
			return
		}
	}
	if t.lean != nil {
		// The lean path writes its data into the response itself; when it
		// gives up, writeResponse starts the buffer afresh.
		out.Reset()
		out.WriteString(`{"data":`)
		if t.lean.serve(ctx, oc, out) {
			out.WriteByte('}')
			writeBody(w, ctype, http.StatusOK, out.Bytes())
			return
		}
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	writeResponse(w, ctype, http.StatusOK, responses(ctx), out)
}

// writeResponse writes resp as graphql.Response marshals, with the data
// the executor encoded copied as it is.
func writeResponse(w http.ResponseWriter, ctype string, status int, resp *graphql.Response, out *bytes.Buffer) {
	if resp == nil {
		resp = &graphql.Response{}
	}
	out.Reset()
	out.WriteByte('{')
	if len(resp.Errors) > 0 {
		out.WriteString(`"errors":`)
		if err := appendJSON(out, resp.Errors); err != nil {
			out.Reset()
			out.WriteString(`{"errors":[{"message":"the response could not be encoded","extensions":{"code":"INTERNAL"}}],"data":null}`)
			writeBody(w, ctype, http.StatusInternalServerError, out.Bytes())
			return
		}
		out.WriteByte(',')
	}
	out.WriteString(`"data":`)
	if len(resp.Data) == 0 {
		out.WriteString("null")
	} else {
		out.Write(resp.Data)
	}
	if resp.Label != "" {
		out.WriteString(`,"label":`)
		_ = appendJSON(out, resp.Label)
	}
	if len(resp.Path) > 0 {
		out.WriteString(`,"path":`)
		_ = appendJSON(out, resp.Path)
	}
	if resp.HasNext != nil {
		out.WriteString(`,"hasNext":`)
		out.WriteString(strconv.FormatBool(*resp.HasNext))
	}
	if len(resp.Extensions) > 0 {
		out.WriteString(`,"extensions":`)
		_ = appendJSON(out, resp.Extensions)
	}
	out.WriteByte('}')
	writeBody(w, ctype, status, out.Bytes())
}

// appendJSON appends v encoded as JSON to out.
func appendJSON(out *bytes.Buffer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	out.Write(b)
	return nil
}

func writeBody(w http.ResponseWriter, ctype string, status int, body []byte) {
	h := w.Header()
	if ctype == mediaGraphQLResponse {
		h["Content-Type"] = headerGraphQLResponse
	} else {
		h["Content-Type"] = headerJSON
	}
	if status != http.StatusOK {
		w.WriteHeader(status)
	}
	_, _ = w.Write(body)
}

// refuse answers a request that cannot run with a GraphQL error response.
func refuse(w http.ResponseWriter, ctype string, status int, code, msg string) {
	body, _ := json.Marshal(map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": map[string]string{"code": code}}},
	})
	writeBody(w, ctype, status, body)
}

func refuseTooLarge(w http.ResponseWriter, ctype string, limit int64) {
	refuse(w, ctype, http.StatusRequestEntityTooLarge, "PAYLOAD_TOO_LARGE",
		"the request body is larger than "+strconv.FormatInt(limit, 10)+" bytes")
}

// isJSON reports whether a Content-Type header names JSON.
func isJSON(ct string) bool {
	if ct == mediaJSON {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && mt == mediaJSON
}

// responseType is the media type of the response, from the request's
// Accept header as GraphQL over HTTP asks: application/json when the
// client accepts it or says nothing, else application/graphql-response+json.
func responseType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	switch accept {
	case "", "*/*", "application/*", mediaJSON:
		return mediaJSON
	case mediaGraphQLResponse:
		return mediaGraphQLResponse
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*", mediaJSON:
			return mediaJSON
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		}
	}
	return mediaGraphQLResponse
}

// decodeObject decodes a JSON object, keeping numbers as written, into
// dst; nothing and null leave dst nil.
func decodeObject(raw json.RawMessage, dst *map[string]any) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if raw[0] != '{' {
		return errors.New("not an object")
	}
	if m, ok := flatStrings(raw); ok {
		*dst = m
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	return dec.Decode(dst)
}

// describeJSONError says what is wrong with a request body in the
// client's terms: where the JSON breaks, or which member has the wrong
// kind of value. It names no Go type and does not echo the body.
func describeJSONError(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return "the request body is not valid JSON (at byte " + strconv.FormatInt(syntax.Offset, 10) + ")"
	case errors.As(err, &typ):
		switch typ.Field {
		case "query", "operationName":
			return typ.Field + " must be a string, not " + jsonKind(typ.Value)
		case "":
			return "the request body must be a JSON object, not " + jsonKind(typ.Value)
		}
		return typ.Field + " has the wrong kind of value: " + jsonKind(typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the request body is not valid JSON (it ends too soon)"
	}
	if strings.Contains(err.Error(), "unexpected end of JSON input") {
		return "the request body is empty or ends too soon: send a JSON object with a query"
	}
	return "the request body is not valid JSON"
}

// jsonKind names a JSON value kind as UnmarshalTypeError reports it.
func jsonKind(v string) string {
	switch {
	case v == "object", v == "array", v == "string":
		return "a JSON " + v
	case v == "bool":
		return "a boolean"
	case strings.HasPrefix(v, "number"):
		return "a number"
	}
	return "a value of another kind"
}

// decodeRequest reads a POST body into req. A body of plain members (the
// common request) is split by a scanner that copies only the query and
// the operation name; anything else, and every malformed body, goes to
// encoding/json, whose error describeJSONError explains.
func decodeRequest(body []byte, req *rawRequest) error {
	if json.Valid(body) && splitRequest(body, req) {
		return nil
	}
	*req = rawRequest{}
	return json.Unmarshal(body, req)
}

// splitRequest reads valid JSON body as an object of the members of
// rawRequest, and reports false when it is not one it can read plainly.
func splitRequest(body []byte, req *rawRequest) bool {
	i := skipSpace(body, 0)
	if i >= len(body) || body[i] != '{' {
		return false
	}
	i = skipSpace(body, i+1)
	if i < len(body) && body[i] == '}' {
		return true
	}
	for i < len(body) {
		if body[i] != '"' {
			return false
		}
		end := stringEnd(body, i)
		key := body[i+1 : end-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			return false
		}
		i = skipSpace(body, end)
		if i >= len(body) || body[i] != ':' {
			return false
		}
		i = skipSpace(body, i+1)
		vend := valueEnd(body, i)
		if vend < 0 {
			return false
		}
		val := body[i:vend]
		switch string(key) {
		case "query":
			if !plainString(val, &req.Query) {
				return false
			}
		case "operationName":
			if !plainString(val, &req.OperationName) {
				return false
			}
		case "variables":
			req.Variables = val
		case "extensions":
			req.Extensions = val
		}
		i = skipSpace(body, vend)
		if i >= len(body) {
			return false
		}
		switch body[i] {
		case ',':
			i = skipSpace(body, i+1)
		case '}':
			return true
		default:
			return false
		}
	}
	return false
}

// plainString sets *dst to the JSON string or null val, unescaping through
// encoding/json when it has escapes; it reports false for other values.
func plainString(val []byte, dst *string) bool {
	if string(val) == "null" {
		*dst = ""
		return true
	}
	if len(val) < 2 || val[0] != '"' {
		return false
	}
	if bytes.IndexByte(val, '\\') < 0 {
		*dst = string(val[1 : len(val)-1])
		return true
	}
	return json.Unmarshal(val, dst) == nil
}

// flatStrings reads raw, a JSON object, when all its values are strings
// without escapes (variables like {"id": "per_x"}, the common case),
// sparing a decoder; it reports false for anything else.
func flatStrings(raw []byte) (map[string]any, bool) {
	if !json.Valid(raw) {
		return nil, false
	}
	m := make(map[string]any, 2)
	i := skipSpace(raw, 1)
	if i < len(raw) && raw[i] == '}' {
		return m, true
	}
	for i < len(raw) && raw[i] == '"' {
		end := stringEnd(raw, i)
		key := raw[i+1 : end-1]
		i = skipSpace(raw, end)
		if i >= len(raw) || raw[i] != ':' || bytes.IndexByte(key, '\\') >= 0 {
			return nil, false
		}
		i = skipSpace(raw, i+1)
		if i >= len(raw) || raw[i] != '"' {
			return nil, false
		}
		vend := stringEnd(raw, i)
		val := raw[i+1 : vend-1]
		if bytes.IndexByte(val, '\\') >= 0 {
			return nil, false
		}
		m[string(key)] = string(val)
		i = skipSpace(raw, vend)
		if i >= len(raw) {
			return nil, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return m, true
		default:
			return nil, false
		}
	}
	return nil, false
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index after the JSON string starting at b[i].
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}

// valueEnd returns the index after the JSON value starting at b[i] of
// valid JSON b, or -1.
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = stringEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return -1
	}
	j := i
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' {
		j++
	}
	return j
}
