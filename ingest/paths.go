package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/extract"
)

// maxLine is the longest JSON Lines line ReadJSONL accepts: a document with
// its articles' full text.
const maxLine = 64 << 20

// Paths ingests files and directories, each document in its own
// transaction. A directory contributes its *.txt files, recursively, in
// name order. A named file is read by its extension: *.jsonl as contract
// documents one a line, *.json as contract documents (a gold file), any
// other as a news file given to extract.File. A file that cannot be read or
// written is reported in the summary and the rest go on; progress, when not
// nil, is called after each document.
func (in *Ingester) Paths(ctx context.Context, paths []string, progress func(done, total int, r *Result)) (*Summary, error) {
	var jobs []job
	for _, p := range paths {
		js, err := in.pathJobs(p)
		if err != nil {
			// The path is reported in its place, so progress stays in order.
			jobs = append(jobs, job{name: p, run: func(context.Context) (*Result, error) {
				return &Result{File: p, Errors: []string{err.Error()}}, err
			}})
			continue
		}
		jobs = append(jobs, js...)
	}
	return in.runJobs(ctx, jobs, progress)
}

// pathJobs lists the documents of one path.
func (in *Ingester) pathJobs(path string) ([]job, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if !fi.IsDir() {
		return in.fileJobs(path)
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	sort.Strings(files)
	var jobs []job
	for _, f := range files {
		js, err := in.fileJobs(f)
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, js...)
	}
	return jobs, nil
}

// fileJobs lists the documents of one file.
func (in *Ingester) fileJobs(path string) ([]job, error) {
	var docs []*extract.Document
	switch {
	case strings.HasSuffix(path, ".jsonl"), strings.HasSuffix(path, ".json"):
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		defer f.Close()
		if strings.HasSuffix(path, ".jsonl") {
			docs, err = ReadJSONL(f)
		} else {
			docs, err = readJSON(f)
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
	default:
		name := filepath.Base(path)
		return []job{{name: name, run: func(ctx context.Context) (*Result, error) {
			b, err := os.ReadFile(path)
			if err != nil {
				err = fmt.Errorf("read %s: %w", path, err)
				return &Result{File: name, Errors: []string{err.Error()}}, err
			}
			return in.File(ctx, name, b)
		}}}, nil
	}
	jobs := make([]job, len(docs))
	for i, d := range docs {
		jobs[i] = job{name: d.File, run: func(ctx context.Context) (*Result, error) { return in.Document(ctx, d) }}
	}
	return jobs, nil
}

// ReadJSONL reads contract documents, one JSON object a line, as the
// extractor prints them; blank lines are skipped. A malformed line, or one
// without a file name, is an EINVALID error naming its line number, and no
// document is returned.
func ReadJSONL(r io.Reader) ([]*extract.Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var docs []*extract.Document
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		doc := &extract.Document{}
		if err := json.Unmarshal(b, doc); err != nil {
			return nil, peyvand.Errorf(peyvand.EINVALID, "line %d: %s", line, err.Error())
		}
		if doc.File == "" {
			return nil, peyvand.Errorf(peyvand.EINVALID, "line %d: no file name", line)
		}
		docs = append(docs, doc)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read jsonl: %w", err)
	}
	return docs, nil
}

// readJSON reads one or more contract documents written as JSON values one
// after another (a pretty-printed gold file is one).
func readJSON(r io.Reader) ([]*extract.Document, error) {
	dec := json.NewDecoder(r)
	var docs []*extract.Document
	for i := 1; ; i++ {
		doc := &extract.Document{}
		err := dec.Decode(doc)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, peyvand.Errorf(peyvand.EINVALID, "document %d: %s", i, err.Error())
		}
		if doc.File == "" {
			return nil, peyvand.Errorf(peyvand.EINVALID, "document %d: no file name", i)
		}
		docs = append(docs, doc)
	}
	return docs, nil
}
