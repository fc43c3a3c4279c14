package neo4j

import (
	"testing"
	"time"

	"github.com/peyvand/peyvand"
)

func TestConfigFromEnv(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		ok   bool
		want Config
	}{
		{"unset", map[string]string{}, false, Config{}},
		{"defaults", map[string]string{"NEO4J_URI": "bolt://db:7687"}, true,
			Config{URI: "bolt://db:7687", Database: "neo4j"}},
		{"all", map[string]string{"NEO4J_URI": " neo4j+s://x.databases.neo4j.io ", "NEO4J_USER": "u",
			"NEO4J_PASSWORD": "p", "NEO4J_DATABASE": "graph"}, true,
			Config{URI: "neo4j+s://x.databases.neo4j.io", User: "u", Password: "p", Database: "graph"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, k := range []string{"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
				t.Setenv(k, c.env[k])
			}
			got, ok := ConfigFromEnv()
			if ok != c.ok || got.URI != c.want.URI || got.User != c.want.User ||
				got.Password != c.want.Password || got.Database != c.want.Database {
				t.Errorf("ConfigFromEnv() = %+v, %v; want %+v, %v", got, ok, c.want, c.ok)
			}
		})
	}
}

func TestConfigDefaultsAndValidation(t *testing.T) {
	good, err := Config{URI: "neo4j://localhost"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if good.Database != DefaultDatabase || good.BatchSize != DefaultBatchSize || good.Timeout != DefaultTimeout || good.Logger == nil {
		t.Errorf("defaults not filled in: %+v", good)
	}
	kept, err := Config{URI: "bolt://h:1", Database: "d", BatchSize: 7, Timeout: time.Second}.withDefaults()
	if err != nil || kept.Database != "d" || kept.BatchSize != 7 || kept.Timeout != time.Second {
		t.Errorf("given values not kept: %+v, %v", kept, err)
	}
	bad := map[string]Config{
		"no URI":         {},
		"http":           {URI: "http://localhost:7474"},
		"no host":        {URI: "bolt://"},
		"not a URI":      {URI: "localhost:7687"},
		"negative batch": {URI: "bolt://h", BatchSize: -1},
		"negative time":  {URI: "bolt://h", Timeout: -time.Second},
	}
	for name, c := range bad {
		if _, err := c.withDefaults(); peyvand.ErrorCode(err) != peyvand.EINVALID {
			t.Errorf("%s: err = %v, want INVALID_ARGUMENT", name, err)
		}
	}
}
