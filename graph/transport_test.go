package graph

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestDecodeRequestAgreesWithEncodingJSON checks the body scanner against
// encoding/json on plain, escaped, reordered and odd bodies.
func TestDecodeRequestAgreesWithEncodingJSON(t *testing.T) {
	for _, body := range []string{
		`{"query":"{ node(id: \"per_a\") { id } }","variables":{"id":"per_a"}}`,
		`{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":"per_a","n":[1,{"x":"}"}]}}`,
		` { "variables" : null , "operationName" : "Q", "query" : "query Q { __typename }" } `,
		`{"query":"{ a }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}},"other":[true,false,null,-1.5e3]}`,
		`{"query":"\u0041 \\ \/ { b }"}`,
		`{"query":null,"variables":{}}`,
		`{"qu\u0065ry":"{ c }"}`,
		`{"query":"{ d }","query":"{ e }"}`,
		`{}`,
		"{\"query\":\"{ f }\"\n,\t\"variables\":{\"s\":\"a,b}\"}}",
	} {
		var got, want rawRequest
		if err := decodeRequest([]byte(body), &got); err != nil {
			t.Errorf("%s: %v", body, err)
			continue
		}
		if err := json.Unmarshal([]byte(body), &want); err != nil {
			t.Fatal(err)
		}
		if got.Query != want.Query || got.OperationName != want.OperationName ||
			string(got.Variables) != string(want.Variables) || string(got.Extensions) != string(want.Extensions) {
			t.Errorf("%s:\n got %+v\nwant %+v", body, got, want)
		}
	}
	for _, body := range []string{``, `{`, `[]`, `{"query": 1}`, `{"query":"x"`, `"x"`, `{"query":"a"}x`} {
		var got rawRequest
		if err := decodeRequest([]byte(body), &got); err == nil {
			t.Errorf("%q decoded without error: %+v", body, got)
		}
	}
}

// TestDecodeObjectAgreesWithEncodingJSON checks the flat-strings shortcut
// for variables against a decoder that keeps numbers.
func TestDecodeObjectAgreesWithEncodingJSON(t *testing.T) {
	for _, raw := range []string{
		`{"id":"per_a"}`, ` { "a" : "x" , "b":"y,}" } `, `{}`, `{"a":"\u0041"}`, `{"n":1,"s":"t"}`,
		`{"a":{"b":"c"}}`, `{"a":["x"]}`, `{"a":null}`, `{"a":"x","a":"y"}`,
	} {
		var got map[string]any
		if err := decodeObject(json.RawMessage(raw), &got); err != nil {
			t.Errorf("%s: %v", raw, err)
			continue
		}
		var want map[string]any
		dec := json.NewDecoder(strings.NewReader(raw))
		dec.UseNumber()
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %#v, want %#v", raw, got, want)
		}
	}
	var m map[string]any
	if err := decodeObject(json.RawMessage(`{"a":`), &m); err == nil {
		t.Error("a broken object decoded")
	}
}
