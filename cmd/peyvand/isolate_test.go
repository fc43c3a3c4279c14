package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/data"
	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/ingest"
)

// childModeEnv makes this test binary, run as a child by
// TestIsolatedExtractionSurvivesBrokenExtractors, an extractor that breaks
// in the way the variable names, instead of running the tests.
const childModeEnv = "PEYVAND_TEST_BROKEN_EXTRACTOR"

// brokenExtractor breaks as mode says and returns the exit code.
func brokenExtractor(mode string) int {
	switch mode {
	case "overflow":
		debug.SetMaxStack(extractMaxStack) // as extract does
		var down func(n int) int
		down = func(n int) int { return down(n+1) + 1 }
		return down(0)
	case "panic":
		var m map[string]int
		m["x"]++
	case "hang":
		time.Sleep(time.Hour)
	case "garbage":
		fmt.Println("this is no JSON")
	case "two":
		fmt.Println(`{"file": "a.txt"}`)
		fmt.Println(`{"file": "b.txt"}`)
	case "flood":
		line := bytes.Repeat([]byte("x"), 1<<20)
		for range 4 {
			os.Stdout.Write(line)
		}
	}
	return 0
}

// TestIsolatedExtractionMatchesInProcess runs the real peyvand binary as
// the child: its documents are those of extraction in this process, and
// what extract refuses is refused with its reason, as INVALID_ARGUMENT.
func TestIsolatedExtractionMatchesInProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	iso := &ingest.Isolation{Exe: peyvandBinary(t)}
	files, err := data.Files()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, f := range files {
		want, err := extract.File(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := iso.Extract(ctx, f.Name, f.Data)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		wj, _ := json.Marshal(want)
		gj, _ := json.Marshal(got)
		if !bytes.Equal(wj, gj) {
			t.Errorf("%s: the child's document differs from this process's (%d against %d bytes)", f.Name, len(gj), len(wj))
		}
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"binary.txt", []byte("a\x00b"), "binary"},
		{"latin1.txt", []byte("caf\xe9"), "UTF-8"},
		{"huge.txt", bytes.Repeat([]byte("آ"), extract.MaxFileSize/2+1), "too large"},
	} {
		_, err := iso.Extract(ctx, tc.name, tc.data)
		if peyvand.ErrorCode(err) != peyvand.EINVALID || !strings.Contains(peyvand.ErrorMessage(err), tc.name) || !strings.Contains(peyvand.ErrorMessage(err), tc.want) {
			t.Errorf("%s: err = %v, want INVALID_ARGUMENT naming the file and %q", tc.name, err, tc.want)
		}
	}
}

// TestIsolatedExtractionSurvivesBrokenExtractors runs this test binary as
// a child that breaks: each break is an INTERNAL error that says what
// happened, and this process goes on.
func TestIsolatedExtractionSurvivesBrokenExtractors(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ mode, want string }{
		{"overflow", "fatal error: stack overflow"},
		{"panic", "panic: assignment to entry in nil map"},
		{"hang", "stopped after 2s"},
		{"garbage", "printed no document"},
		{"two", "more than one document"},
		{"flood", "printed more than"},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			iso := &ingest.Isolation{Exe: exe, Env: []string{childModeEnv + "=" + tc.mode}, Timeout: 2 * time.Second, MaxOutput: 1 << 20}
			start := time.Now()
			doc, err := iso.Extract(context.Background(), "broken.txt", []byte("متن"))
			if doc != nil || peyvand.ErrorCode(err) != peyvand.EINTERNAL || !strings.Contains(peyvand.ErrorMessage(err), tc.want) || !strings.Contains(peyvand.ErrorMessage(err), "broken.txt") {
				t.Errorf("got %v, %v; want an INTERNAL error naming the file and saying %q", doc, err, tc.want)
			}
			if took := time.Since(start); took > 20*time.Second {
				t.Errorf("took %s", took)
			}
		})
	}
	t.Run("cancelled", func(t *testing.T) {
		iso := &ingest.Isolation{Exe: exe, Env: []string{childModeEnv + "=hang"}}
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		defer cancel()
		start := time.Now()
		if _, err := iso.Extract(ctx, "slow.txt", []byte("متن")); err != context.DeadlineExceeded {
			t.Errorf("err = %v, want the context's", err)
		}
		if took := time.Since(start); took > 10*time.Second {
			t.Errorf("the child outlived its context by %s", took)
		}
	})
}

// TestExtractReadsStandardInput: "extract -" reads the file from standard
// input and names its document --name; a second "-" is refused.
func TestExtractReadsStandardInput(t *testing.T) {
	ctx := context.Background()
	text := "تهران- ایرنا- در آیینی با حضور استاندار تهران، بهرام کاوه‌نیا به عنوان مدیرکل جدید بهزیستی استان تهران معرفی شد.\n"
	m, stdout, stderr := newTestMain(t, nil)
	m.Stdin = strings.NewReader(text)
	if err := m.ParseFlags(ctx, []string{"extract", "--name", "kaveh.txt", "-"}); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(ctx); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	want, err := extract.File("kaveh.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(want)
	if stdout.String() != buf.String() {
		t.Errorf("stdout = %s\nwant %s", stdout, &buf)
	}
	if len(want.Persons) == 0 || want.File != "kaveh.txt" {
		t.Errorf("document = %+v, want the person and the file name", want)
	}

	m, _, stderr = newTestMain(t, nil)
	m.Stdin = strings.NewReader(text)
	if err := m.ParseFlags(ctx, []string{"extract", "-", "-"}); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(ctx); err == nil || !strings.Contains(stderr.String(), "only once") {
		t.Errorf("err = %v, stderr %q; want a second - refused", err, stderr)
	}
}
