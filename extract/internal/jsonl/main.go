// Command jsonl prints the extraction of each file named on the command
// line as JSON Lines, for scoring during development.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/peyvand/peyvand/extract"
)

func main() {
	docs, errs := extract.Files(os.Args[1:])
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if d == nil {
			continue
		}
		d.Articles = nil
		if err := enc.Encode(d); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
