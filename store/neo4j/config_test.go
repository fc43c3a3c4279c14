package neo4j

import (
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
)

func TestConfigTakesCredentialsOutOfTheURI(t *testing.T) {
	c, err := Config{URI: "bolt://ops:s3cr%3Dt@db.example:7687"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if c.URI != "bolt://db.example:7687" || c.User != "ops" || c.Password != "s3cr=t" {
		t.Errorf("got URI %q user %q password %q", c.URI, c.User, c.Password)
	}
	c, err = Config{URI: "bolt://ops:inuri@db:7687", User: "u", Password: "given"}.withDefaults()
	if err != nil || c.User != "u" || c.Password != "given" || c.URI != "bolt://db:7687" {
		t.Errorf("credentials given apart not kept: %+v, %v", c, err)
	}
	_, err = Config{URI: "ftp://ops:hunter22@db:7687"}.withDefaults()
	if err == nil || strings.Contains(err.Error(), "hunter22") {
		t.Errorf("error %v echoes the password", err)
	}
	if got := Redact("neo4j+s://a:b@h:1/x"); got != "neo4j+s://h:1/x" {
		t.Errorf("Redact = %q", got)
	}
}

func TestConfigDefaultsAndValidation(t *testing.T) {
	good, err := Config{URI: "neo4j://localhost"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if good.Database != DefaultDatabase || good.BatchSize != DefaultBatchSize || good.Timeout != DefaultTimeout || good.QueryTimeout != DefaultQueryTimeout || good.Logger == nil {
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
		"negative query": {URI: "bolt://h", QueryTimeout: -time.Second},
	}
	for name, c := range bad {
		if _, err := c.withDefaults(); peyvand.ErrorCode(err) != peyvand.EINVALID {
			t.Errorf("%s: err = %v, want INVALID_ARGUMENT", name, err)
		}
	}
}
