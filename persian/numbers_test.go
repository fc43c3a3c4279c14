package persian

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// readTable reads a tab-separated test table from testdata, skipping blank
// lines and lines starting with #.
func readTable(t testing.TB, name string, fields int) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		row := strings.Split(line, "\t")
		if len(row) < fields {
			row = append(row, make([]string, fields-len(row))...)
		}
		if len(row) != fields {
			t.Fatalf("%s:%d: %d fields, want %d", name, n, len(row), fields)
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no rows", name)
	}
	return rows
}

func TestParseNumber(t *testing.T) {
	for _, row := range readTable(t, "numbers.tsv", 2) {
		in, want := row[0], row[1]
		got, ok := ParseNumber(in)
		if want == "-" {
			if ok {
				t.Errorf("ParseNumber(%q) = %d, want not a number", in, got)
			}
			continue
		}
		w, err := strconv.Atoi(want)
		if err != nil {
			t.Fatalf("bad want %q: %v", want, err)
		}
		if !ok || got != w {
			t.Errorf("ParseNumber(%q) = %d, %v, want %d", in, got, ok, w)
		}
	}
}

func TestNumberAtStopsAtNonNumber(t *testing.T) {
	words := Words("روز سی و یکم فروردین و دو")
	v, next, ordinal, ok := NumberAt(words, 1)
	if !ok || v != 31 || next != 4 || !ordinal {
		t.Errorf("NumberAt = %d, %d, %v, %v, want 31, 4, true, true", v, next, ordinal, ok)
	}
	if _, _, _, ok := NumberAt(words, 0); ok {
		t.Errorf("NumberAt read a number from %q", words[0])
	}
	// «و» at the end joins nothing: the number ends before it.
	v, next, ordinal, ok = NumberAt(Words("بیست و"), 0)
	if !ok || v != 20 || next != 1 || ordinal {
		t.Errorf("NumberAt(بیست و) = %d, %d, %v, %v, want 20, 1, false, true", v, next, ordinal, ok)
	}
	if _, _, _, ok := NumberAt(words, len(words)); ok {
		t.Errorf("NumberAt past the end reported a number")
	}
}
