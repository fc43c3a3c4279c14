// Package neo4j is the Neo4j store: it keeps Peyvand's graph in a Neo4j 5
// (or later) database and implements peyvand.Store with the same behaviour
// as the embedded store, held to it by store/storetest.
//
// # Model
//
// Every node is labelled :Entity and by its type (:Person, :Organization,
// :Event, :Project, :Place, :Source), with the properties id, type, name,
// aliases, titles, kind, figures, url, text, file, mergedInto and updated.
// Lists are list properties. A date is four properties named by its field:
// dateIso (the ISO Gregorian day, which ranges and ordering use),
// dateSolarHijri, dateOriginal and datePrecision; a tenure's bounds are
// startIso…, endIso… alike. Evidence is a list of JSON strings, one per
// item ({"sourceId","quote","start","end"}). Time stamps are fixed-width
// UTC strings, so they sort as strings.
//
// Relationships are typed by their RelType (HOLDS, PART_OF,
// PARTICIPATED_IN, INVOLVED_IN, RUNS, LOCATED_IN, SUCCEEDED) and carry id,
// role, began, predecessorId, successorId, organizationId, the dates,
// evidence and updated. A relationship ID does not name its type, but its
// prefix narrows it: ten_ is always HOLDS, rel_ one of the others. Migrate
// creates an index on id for each type, and the statements that find or
// delete edges by ID match each type by name in its own UNION ALL branch,
// so that type's index serves it instead of a scan of all relationships.
// Curation records are :AuditRecord nodes. What a merge did is a
// :MergeRecord node (audit: the merge's audit ID, from, at, record: the
// upsert.MergeRecord as JSON), written in the merge's transaction and
// marked undone in the unmerge's; an unmerge finds the newest one of a
// node through the index on from.
//
// A write that changes a stored source's text re-derives its evidence, by
// the rule the embedded store shares (upsert.Stale): in the same
// transaction, apply_read_citers locks and reads every node and
// relationship whose evidence cites that source, and the evidence of the
// old text is dropped before the batch's is merged in. No index lists the
// sources an owner cites, so that read scans what has evidence; it runs
// only for a changed text, never on an ordinary write
// (BenchmarkNeo4jChangedText measures it).
//
// Search uses keys the Go side computes with package persian, so matching
// equals the embedded store's: searchKeys holds the key of every name and
// alias from each word boundary on, searchKinds what each key is (a whole
// name, a whole alias, a later word), searchText the keys joined by spaces
// (a text index serves its CONTAINS), namesText the squashed names for the
// listing's name filter, and sortKey the hex of the Persian collation key.
// Search does not use Lucene's persian full-text analyzer: its BM25
// ranking and its folding differ from the embedded store's, while the keys
// rank exactly as the embedded store does, which the conformance suite
// and the end-to-end comparison check on a real server.
//
// # Statements
//
// Every statement is a file in cypher/, embedded and linted by
// tools/cypherlint. Parameters are always passed, never formatted in;
// writes are managed transactions that MERGE on stable IDs, so a retry
// writes the same thing; rows go in batches through UNWIND $rows; reads
// are routed to readers; the database is always named. Variable-length
// patterns have literal bounds and LIMITs.
package neo4j
