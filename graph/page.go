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

// pageArgs are the Relay arguments of a connection.
type pageArgs struct {
	first, last   *int
	after, before *string
}

// paging returns a connection's arguments in the order resolvers get them.
func paging(first *int, after *string, last *int, before *string) pageArgs {
	return pageArgs{first: first, after: after, last: last, before: before}
}

// window is the slice of a list one page covers: items offset up to
// offset+limit.
type window struct {
	offset, limit int
}

// bounds is what a connection's arguments ask for, before the length of
// the list is known: the items after lo and before hi (hi < 0: no end), the
// first and the last so many of them (< 0: not asked).
type bounds struct {
	lo, hi      int
	first, last int
}

// bounds reads and checks a connection's arguments, per the Cursor
// Connections spec: after and before cut the list, then first keeps the
// head of what is left and last its tail. With neither first nor last a
// page is the default size: the head, or the tail when only before is
// given (paging backward).
func (r *Resolver) bounds(a pageArgs) (bounds, error) {
	b := bounds{hi: -1, first: -1, last: -1}
	var err error
	if b.first, err = r.count("first", a.first); err != nil {
		return b, err
	}
	if b.last, err = r.count("last", a.last); err != nil {
		return b, err
	}
	if a.after != nil && *a.after != "" {
		n, err := decodeCursor("after", *a.after)
		if err != nil {
			return b, err
		}
		b.lo = n + 1
	}
	if a.before != nil && *a.before != "" {
		n, err := decodeCursor("before", *a.before)
		if err != nil {
			return b, err
		}
		b.hi = n
	}
	if b.first < 0 && b.last < 0 {
		if b.hi >= 0 && b.lo == 0 {
			b.last = r.Limits.DefaultPageSize
		} else {
			b.first = r.Limits.DefaultPageSize
		}
	}
	return b, nil
}

// count reads first or last: nil is -1, a negative count or one over the
// page cap is INVALID_ARGUMENT.
func (r *Resolver) count(arg string, v *int) (int, error) {
	if v == nil {
		return -1, nil
	}
	if *v < 0 {
		return 0, peyvand.Errorf(peyvand.EINVALID, "%s must not be negative", arg)
	}
	if *v > r.Limits.MaxPageSize {
		return 0, peyvand.Errorf(peyvand.EINVALID, "%s must be at most %d", arg, r.Limits.MaxPageSize)
	}
	return *v, nil
}

// needsTotal reports whether the window depends on the list's length: the
// last items of a list with no before cursor.
func (b bounds) needsTotal() bool { return b.last >= 0 && b.hi < 0 && b.first < 0 }

// window returns the items the bounds cover in a list of total items;
// total < 0 when it is not known, which needsTotal rules out.
func (b bounds) window(total int) window {
	lo, hi := b.lo, b.hi
	if total >= 0 {
		if hi < 0 || hi > total {
			hi = total
		}
		lo = min(lo, hi)
	}
	if b.first >= 0 && (hi < 0 || lo+b.first < hi) {
		hi = lo + b.first
	}
	if b.last >= 0 && hi-b.last > lo {
		lo = hi - b.last
	}
	return window{offset: lo, limit: max(hi-lo, 0)}
}

// window reads a list's paging arguments for a list of total items.
func (r *Resolver) window(a pageArgs, total int) (window, error) {
	b, err := r.bounds(a)
	if err != nil {
		return window{}, err
	}
	return b.window(total), nil
}

// larger is the larger of first and last, for the cost of a page; nil when
// neither is given.
func larger(first, last *int) *int {
	switch {
	case first == nil:
		return last
	case last == nil || *first >= *last:
		return first
	}
	return last
}

// encodeCursor returns the cursor of the item at offset.
func encodeCursor(offset int) string {
	if offset >= 0 && offset < len(smallCursors) {
		return smallCursors[offset]
	}
	return makeCursor(offset)
}

func makeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// smallCursors are the cursors of the offsets most pages cover, made once:
// every edge of a connection has a cursor whether or not it is asked for,
// and the listings and nested lists of a response would otherwise encode
// the same few hundreds of times.
var smallCursors = func() []string {
	out := make([]string, 4*DefaultLimits.MaxPageSize)
	for i := range out {
		out[i] = makeCursor(i)
	}
	return out
}()

// cursorAt returns a pointer to the cursor of the item at offset; a small
// offset's points into smallCursors, which nothing writes.
func cursorAt(offset int) *string {
	if offset >= 0 && offset < len(smallCursors) {
		return &smallCursors[offset]
	}
	c := makeCursor(offset)
	return &c
}

func decodeCursor(arg, c string) (int, error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(raw), cursorPrefix) {
		return 0, peyvand.Errorf(peyvand.EINVALID, "%s: %q is not a cursor of this API", arg, c)
	}
	n, err := strconv.Atoi(strings.TrimPrefix(string(raw), cursorPrefix))
	if err != nil || n < 0 {
		return 0, peyvand.Errorf(peyvand.EINVALID, "%s: %q is not a cursor of this API", arg, c)
	}
	return n, nil
}

// pageInfo describes a page of n items starting at offset in a list of
// total items. Offsets make both flags exact whichever way the client
// pages.
func pageInfo(w window, n, total int) *model.PageInfo {
	p := &model.PageInfo{
		HasPreviousPage: w.offset > 0 && total > 0,
		HasNextPage:     w.offset+n < total,
	}
	if n > 0 {
		p.StartCursor, p.EndCursor = cursorAt(w.offset), cursorAt(w.offset+n-1)
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
