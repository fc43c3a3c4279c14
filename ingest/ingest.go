// Package ingest writes contract documents (extract.Document) to the graph:
// each article becomes a source, each person, body, event, project and place
// a node, each affiliation, appointment, participation and project a
// relationship, and every fact carries the evidence behind it. Persons and
// bodies named in earlier documents are found and reused (see resolve.go),
// and re-ingesting a document changes nothing.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/data"
	"github.com/peyvand/peyvand/extract"
)

// Ingester writes documents to a store. It is safe for concurrent use;
// documents are written one at a time.
//
// It keeps an index of the stored persons' and bodies' names, read from the
// store on first use and kept up to date with what it writes and with what
// curation tells it (Learn: a rename, an alias, a merge); persons or bodies
// written to the same store by another process meanwhile are not seen until
// a new Ingester is made.
type Ingester struct {
	store peyvand.Store
	log   *slog.Logger
	// iso, when set, runs Ingest's extraction in child processes.
	iso *Isolation

	mu sync.Mutex
	ix *index
}

// Result says what ingesting one document did (peyvand.IngestResult).
type Result = peyvand.IngestResult

// Summary adds up the results of many documents.
type Summary struct {
	Documents    int      `json:"documents"`
	Failed       int      `json:"failed"`
	NodesCreated int      `json:"nodesCreated"`
	NodesMerged  int      `json:"nodesMerged"`
	EdgesCreated int      `json:"edgesCreated"`
	Errors       []string `json:"errors,omitempty"`
}

// add counts one document's result.
func (s *Summary) add(r *Result, err error) {
	if err != nil {
		s.Failed++
		s.Errors = append(s.Errors, fmt.Sprintf("%s: %s", r.File, errorText(err)))
		return
	}
	s.Documents++
	s.NodesCreated += r.NodesCreated
	s.NodesMerged += r.NodesMerged
	s.EdgesCreated += r.EdgesCreated
}

// errorText is a domain error's message, or the error itself.
func errorText(err error) string {
	var e *peyvand.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}

// New returns an Ingester writing to store. A nil logger logs nothing.
func New(store peyvand.Store, logger *slog.Logger) *Ingester {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Ingester{store: store, log: logger.WithGroup("ingest"), ix: newIndex()}
}

// Document writes one contract document to the store in one Store.Apply,
// so it is written whole or not at all. Writing the same document again
// changes nothing. A document that fails validation gives an EINVALID
// error and writes nothing; a reference to a person or body the document
// does not list adds that entity and a warning.
func (in *Ingester) Document(ctx context.Context, doc *extract.Document) (*Result, error) {
	return in.document(ctx, doc, nil)
}

// DocumentAudited is Document with rec, the audit record of the change,
// written in the same Store.Apply as the document, so that both are stored
// or neither is. An empty rec.Detail is filled with what the document
// writes.
func (in *Ingester) DocumentAudited(ctx context.Context, doc *extract.Document, rec *peyvand.AuditRecord) (*Result, error) {
	return in.document(ctx, doc, rec)
}

// Ingest is File with the audit record of DocumentAudited: what the API's
// ingestDocument runs. With Isolate, the file is extracted in a child
// process.
func (in *Ingester) Ingest(ctx context.Context, name string, data []byte, rec *peyvand.AuditRecord) (*Result, error) {
	extractor := extractFile
	if in.iso != nil {
		extractor = func(name string, data []byte) (*extract.Document, error) { return in.iso.Extract(ctx, name, data) }
	}
	doc, res, err := in.read(extractor, name, data)
	if err != nil {
		return res, err
	}
	return in.document(ctx, doc, rec)
}

// Learn updates the name index with nodes as they are stored now
// (curation.Names): a renamed node resolves by its new names from then on,
// and a node merged into another no longer by its own.
func (in *Ingester) Learn(nodes ...*peyvand.Node) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if !in.ix.loaded {
		return // the index, once loaded, reads the store as it is then
	}
	for _, n := range nodes {
		if n != nil {
			in.ix.forget(n.ID)
			in.ix.add(n)
		}
	}
}

func (in *Ingester) document(ctx context.Context, doc *extract.Document, rec *peyvand.AuditRecord) (*Result, error) {
	res := &Result{}
	if doc != nil {
		res.File = doc.File
	}
	if err := validate(doc); err != nil {
		res.Errors = append(res.Errors, errorText(err))
		return res, err
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	if !in.ix.loaded {
		if err := in.ix.load(ctx, in.store); err != nil {
			err = fmt.Errorf("ingest %s: %w", doc.File, err)
			res.Errors = append(res.Errors, err.Error())
			return res, err
		}
	}
	b := newBuilder(doc, in.ix)
	batch, err := b.build(ctx, in.store)
	if err == nil {
		if rec != nil {
			if rec.Detail == "" {
				rec.Detail = fmt.Sprintf("%d sources, %d nodes and %d edges written", len(b.srcIDs), len(batch.Nodes), len(batch.Edges))
			}
			batch.Audit = rec
		}
		var ar *peyvand.ApplyResult
		if ar, err = in.store.Apply(ctx, batch); err == nil {
			res.NodesCreated, res.NodesMerged = ar.NodesCreated, ar.NodesUpdated
			res.EdgesCreated, res.EdgesUpdated, res.Unchanged = ar.EdgesCreated, ar.EdgesUpdated, ar.Unchanged
		}
	}
	if err != nil {
		err = fmt.Errorf("ingest %s: %w", doc.File, err)
		res.Errors = append(res.Errors, errorText(err))
		return res, err
	}
	for _, n := range batch.Nodes {
		in.ix.add(n)
		res.NodeIDs = append(res.NodeIDs, n.ID)
	}
	res.Sources = len(b.srcIDs)
	res.Warnings = b.warnings
	for _, w := range b.warnings {
		in.log.Warn("document reference", "file", doc.File, "warning", w)
	}
	in.log.Info("document ingested", "file", doc.File, "sources", res.Sources, "nodesCreated", res.NodesCreated,
		"nodesMerged", res.NodesMerged, "edgesCreated", res.EdgesCreated, "unchanged", res.Unchanged)
	return res, nil
}

// File extracts the articles of one news file with extract.File and writes
// them with Document.
func (in *Ingester) File(ctx context.Context, name string, data []byte) (*Result, error) {
	doc, res, err := in.read(extractFile, name, data)
	if err != nil {
		return res, err
	}
	return in.Document(ctx, doc)
}

// read extracts the document of a news file with extractor; on failure it
// returns the result saying why.
func (in *Ingester) read(extractor func(string, []byte) (*extract.Document, error), name string, data []byte) (*extract.Document, *Result, error) {
	doc, err := extractor(name, data)
	if err != nil {
		var coded *peyvand.Error
		switch {
		case errors.As(err, &coded):
			// An isolated extraction says whose fault it was.
			if coded.Code == peyvand.EINTERNAL {
				in.log.Error("extraction failed", "file", name, "err", err)
			}
		case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		default:
			// Extraction fails only on what the file holds (binary bytes,
			// invalid UTF-8, too large): the caller's to fix.
			err = peyvand.Errorf(peyvand.EINVALID, "%s", err)
		}
		return nil, &Result{File: name, Errors: []string{errorText(err)}}, err
	}
	if doc.File == "" {
		doc.File = name
	}
	return doc, nil, nil
}

// Documents writes documents one by one, each in its own transaction; a
// document that fails is counted and reported, and the rest go on. progress,
// when not nil, is called after each document. Only a cancelled context
// stops it early, with the context's error.
func (in *Ingester) Documents(ctx context.Context, docs []*extract.Document, progress func(done, total int, r *Result)) (*Summary, error) {
	jobs := make([]job, len(docs))
	for i, d := range docs {
		jobs[i] = job{name: d.File, run: func(ctx context.Context) (*Result, error) { return in.Document(ctx, d) }}
	}
	return in.runJobs(ctx, jobs, progress)
}

// bundledScanLimit is how many sources Bundled reads to tell a store
// holding part of the bundled corpus from one holding other documents; a
// store with more sources than this is never filled.
const bundledScanLimit = 5000

// Bundled fills a store with the bundled corpus (data.Corpus). Each file
// is one transaction, so a first start that was interrupted leaves some
// files whole and the others absent: when the store's sources all come
// from bundled files, the files not yet there are written now, so the
// next start completes the graph. A store holding every bundled file, or
// any source from elsewhere, is left as it is. It returns what it did; an
// empty summary when there was nothing to do.
func (in *Ingester) Bundled(ctx context.Context) (*Summary, error) {
	files, err := data.Files()
	if err != nil {
		return nil, fmt.Errorf("ingest bundled corpus: %w", err)
	}
	done, other, err := in.storedFiles(ctx, files)
	if err != nil {
		return nil, fmt.Errorf("ingest bundled corpus: %w", err)
	}
	if other {
		in.log.Info("bundled corpus skipped: the store has sources of its own")
		return &Summary{}, nil
	}
	var jobs []job
	for _, f := range files {
		if !done[f.Name] {
			jobs = append(jobs, job{name: f.Name, run: func(ctx context.Context) (*Result, error) { return in.File(ctx, f.Name, f.Data) }})
		}
	}
	if len(jobs) == 0 {
		in.log.Info("bundled corpus already loaded", "files", len(files))
		return &Summary{}, nil
	}
	if len(done) > 0 {
		in.log.Info("bundled corpus: resuming an interrupted load", "filesLoaded", len(done), "filesLeft", len(jobs))
	}
	return in.runJobs(ctx, jobs, nil)
}

// storedFiles returns which bundled files have their sources in the store,
// and whether the store has sources from anything else.
func (in *Ingester) storedFiles(ctx context.Context, files []data.CorpusFile) (map[string]bool, bool, error) {
	st, err := in.store.Stats(ctx)
	if err != nil {
		return nil, false, err
	}
	done := map[string]bool{}
	n := st.Nodes[peyvand.TypeSource]
	if n == 0 {
		return done, false, nil
	}
	if n > bundledScanLimit {
		return done, true, nil
	}
	page, err := in.store.Find(ctx, peyvand.Query{Types: []peyvand.EntityType{peyvand.TypeSource}, Limit: bundledScanLimit})
	if err != nil {
		return nil, false, err
	}
	bundled := map[string]bool{}
	for _, f := range files {
		bundled[f.Name] = true
	}
	for _, h := range page.Hits {
		if !bundled[h.Node.File] {
			return done, true, nil
		}
		done[h.Node.File] = true
	}
	return done, false, nil
}

// job is one document to ingest.
type job struct {
	name string
	run  func(ctx context.Context) (*Result, error)
}

func (in *Ingester) runJobs(ctx context.Context, jobs []job, progress func(done, total int, r *Result)) (*Summary, error) {
	sum := &Summary{}
	for i, j := range jobs {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		r, err := j.run(ctx)
		if r == nil {
			r = &Result{}
		}
		if r.File == "" {
			r.File = j.name
		}
		if err != nil {
			if len(r.Errors) == 0 {
				r.Errors = append(r.Errors, errorText(err))
			}
			in.log.Error("document failed", "file", r.File, "err", err)
		}
		sum.add(r, err)
		if progress != nil {
			progress(i+1, len(jobs), r)
		}
	}
	return sum, nil
}
