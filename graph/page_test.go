package graph

import "testing"

// TestCursorsRoundTrip checks that a cursor read back gives its offset,
// for offsets within the table of small cursors, at its edge and past it.
func TestCursorsRoundTrip(t *testing.T) {
	n := len(smallCursors)
	for _, offset := range []int{0, 1, 19, n - 1, n, n + 1, 123456} {
		c := encodeCursor(offset)
		if c != makeCursor(offset) || *cursorAt(offset) != c {
			t.Errorf("offset %d: cursor %q, pointer to %q, want %q", offset, c, *cursorAt(offset), makeCursor(offset))
		}
		got, err := decodeCursor("after", c)
		if err != nil || got != offset {
			t.Errorf("offset %d: cursor %q reads as %d, %v", offset, c, got, err)
		}
	}
}
