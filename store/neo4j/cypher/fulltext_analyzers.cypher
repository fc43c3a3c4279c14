// The full-text analyzers this server offers; migrate looks for "persian".
CALL db.index.fulltext.listAvailableAnalyzers()
YIELD analyzer
RETURN analyzer
