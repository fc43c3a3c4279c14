package ingest

import "github.com/peyvand/peyvand/extract"

// extractFile reads the articles of a news file; tests replace it to feed
// File documents of their own.
var extractFile = extract.File
