package graph

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph/model"
)

// cursorPrefix marks the offset cursors this API hands out; cursors are
// opaque to clients, but an offset behind them keeps paging stateless.
const cursorPrefix = "offset:"

// window is the slice of a list one page covers.
type window struct {
	offset, limit int
}

// window reads a list's `first` and `after` arguments.
func (r *Resolver) window(first *int, after *string) (window, error) {
	limit, err := r.Limits.pageSize(first)
	if err != nil {
		return window{}, err
	}
	offset := 0
	if after != nil && *after != "" {
		n, err := decodeCursor(*after)
		if err != nil {
			return window{}, err
		}
		offset = n + 1
	}
	return window{offset: offset, limit: limit}, nil
}

func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

func decodeCursor(c string) (int, error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(raw), cursorPrefix) {
		return 0, peyvand.Errorf(peyvand.EINVALID, "after: %q is not a cursor of this API", c)
	}
	n, err := strconv.Atoi(strings.TrimPrefix(string(raw), cursorPrefix))
	if err != nil || n < 0 {
		return 0, peyvand.Errorf(peyvand.EINVALID, "after: %q is not a cursor of this API", c)
	}
	return n, nil
}

// pageInfo describes a page of n items starting at offset in a list of
// total items.
func pageInfo(w window, n, total int) *model.PageInfo {
	p := &model.PageInfo{
		HasPreviousPage: w.offset > 0,
		HasNextPage:     w.offset+n < total,
	}
	if n > 0 {
		start, end := encodeCursor(w.offset), encodeCursor(w.offset+n-1)
		p.StartCursor, p.EndCursor = &start, &end
	}
	return p
}

// slice returns the items of all the window covers.
func slice[T any](all []T, w window) []T {
	if w.offset >= len(all) {
		return nil
	}
	return all[w.offset:min(len(all), w.offset+w.limit)]
}

// edgesOf builds a connection's edges from a page of items.
func edgesOf[T, E any](items []T, w window, edge func(item T, cursor string) E) []E {
	out := make([]E, len(items))
	for i, it := range items {
		out[i] = edge(it, encodeCursor(w.offset+i))
	}
	return out
}
