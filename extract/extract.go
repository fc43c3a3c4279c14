package extract

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
	"unicode/utf8"
)

// MaxFileSize is the largest input File accepts; news pages are far
// smaller, and a larger file is almost surely not one.
const MaxFileSize = 8 << 20

// Errors of bad input; File wraps them with the file's name.
var (
	ErrTooLarge = errors.New("file too large")
	ErrNotUTF8  = errors.New("not UTF-8 text")
	ErrBinary   = errors.New("binary data, not text")
	ErrBudget   = errors.New("extraction took longer than its time budget")
)

// TimeBudget bounds the time File spends on one file. Every rule does work
// linear in the text (sentences and role phrases are capped), so a file
// within MaxFileSize finishes in seconds; the budget is a backstop that
// refuses a file rather than hold a worker. It is checked between articles
// and between the stages of extraction.
var TimeBudget = 60 * time.Second

// File extracts one file: segmentation into articles, then extraction.
// name is the file's base name (Document.File). Text in another language
// gives a document with no findings, not an error.
func File(name string, data []byte) (*Document, error) {
	return file(name, data, nil)
}

// file is File; when explain is set, rejections are recorded and explain
// is given each analysed article, with the map of the articles' normalized
// text onto the file's own characters.
func file(name string, data []byte, explain func(*analysis, *verbatimizer)) (*Document, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("extract %s: %w (%d bytes, limit %d)", name, ErrTooLarge, len(data), MaxFileSize)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("extract %s: %w", name, ErrBinary)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("extract %s: %w", name, ErrNotUTF8)
	}
	start := time.Now()
	over := func() error {
		if el := time.Since(start); el > TimeBudget {
			return fmt.Errorf("extract %s: %w (%s, %d bytes)", name, ErrBudget, TimeBudget, len(data))
		}
		return nil
	}
	arts := Segment(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	as := make([]*analysis, len(arts))
	provCount, cityCount := map[string]int{}, map[string]int{}
	fileYear := 0
	cache := newFileCache()
	cache.mastheads = mastheadOutlets(string(data))
	for i, art := range arts {
		a := newAnalysis(i, art)
		a.cache = cache
		if explain != nil {
			a.rejected = &[]Note{}
		}
		a.province, a.city = a.places()
		if a.province != "" {
			provCount[a.province]++
		}
		if a.city != "" {
			cityCount[a.city]++
		}
		if a.year == 0 {
			a.year = a.yearHint()
		}
		if fileYear == 0 {
			fileYear = a.year
		}
		inheritPublished(as[:i], a)
		as[i] = a
		if err := over(); err != nil {
			return nil, err
		}
	}
	cache.arts = as
	fileProv, fileCity := mostCommon(provCount), mostCommon(cityCount)
	for _, a := range as {
		anyProv, anyCity := a.anyPlaces()
		if a.province == "" {
			a.province = firstNonEmpty(fileProv, anyProv)
		}
		if a.city == "" {
			a.city = firstNonEmpty(fileCity, anyCity)
		}
		if a.year == 0 {
			a.year = fileYear
		}
		a.findNames()
		if err := over(); err != nil {
			return nil, err
		}
	}
	for _, a := range as {
		a.findSurnames(articleSurnames(a))
		a.findRelations()
		if err := over(); err != nil {
			return nil, err
		}
	}
	r23dTitleKind(as)
	r23dAfterEventAcross(as)
	doc := assemble(name, as)
	v := newVerbatimizer(doc, string(data))
	if explain != nil {
		for _, a := range as {
			explain(a, v)
		}
	}
	return v.document(doc), nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// Files extracts many files in input order. A file that cannot be read or
// extracted gives an error naming it, and the others go on; its place in
// the result is nil.
func Files(paths []string) ([]*Document, []error) {
	docs := make([]*Document, len(paths))
	var errs []error
	for i, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("extract %s: %w", p, err))
			continue
		}
		if st.Size() > MaxFileSize {
			errs = append(errs, fmt.Errorf("extract %s: %w (%d bytes, limit %d)", p, ErrTooLarge, st.Size(), MaxFileSize))
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("extract %s: %w", p, err))
			continue
		}
		d, err := File(filepath.Base(p), data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs[i] = d
	}
	return docs, errs
}
