package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The tests in this file's company run the real peyvand binary, built
// once per test run into a temporary directory.
var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	if mode := os.Getenv(childModeEnv); mode != "" {
		os.Exit(brokenExtractor(mode))
	}
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// peyvandBinary builds the command (without the race detector, so it runs
// at the speed users see) and returns its path.
func peyvandBinary(tb testing.TB) string {
	tb.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "peyvand-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "peyvand")
		goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goTool); err != nil {
			goTool = "go"
		}
		out, err := exec.Command(goTool, "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		tb.Fatal(binErr)
	}
	return binPath
}

// serveProc is a running "peyvand serve" on a free loopback port.
type serveProc struct {
	cmd    *exec.Cmd
	URL    string
	stderr *lockedBuffer
	done   chan struct{}
	err    error
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var listeningAddr = regexp.MustCompile(`msg=listening (?:\S+\.)?addr=(\S+)`)

// startServe starts serve on data with args and waits until it listens;
// the test stops it at its end (gracefully, then with SIGKILL).
func startServe(tb testing.TB, data string, env []string, args ...string) *serveProc {
	tb.Helper()
	cmd := exec.Command(peyvandBinary(tb), append([]string{"serve", "--addr", "127.0.0.1:0", "--data", data}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Env = append(cmd.Env, "NEO4J_URI=")
	pr, pw := io.Pipe()
	p := &serveProc{cmd: cmd, stderr: &lockedBuffer{}, done: make(chan struct{})}
	cmd.Stderr = io.MultiWriter(pw, p.stderr)
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() {
		p.err = cmd.Wait()
		pw.Close()
		close(p.done)
	}()
	tb.Cleanup(func() { p.stop(tb) })
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		sent := false
		for sc.Scan() {
			if m := listeningAddr.FindStringSubmatch(sc.Text()); m != nil && !sent {
				addr <- m[1]
				sent = true
			}
		}
		io.Copy(io.Discard, pr)
	}()
	select {
	case a := <-addr:
		p.URL = "http://" + a
	case <-p.done:
		tb.Fatalf("serve exited before listening: %v\n%s", p.err, p.stderr)
	case <-time.After(3 * time.Minute):
		tb.Fatalf("serve did not listen within 3 minutes\n%s", p.stderr)
	}
	return p
}

// PID returns the process ID.
func (p *serveProc) PID() int { return p.cmd.Process.Pid }

// alive reports whether the process is still running.
func (p *serveProc) alive() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// stop asks the server to shut down, and kills it when it does not.
func (p *serveProc) stop(tb testing.TB) {
	if !p.alive() {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(20 * time.Second):
		tb.Errorf("serve did not stop on SIGTERM; killing it")
		p.kill()
	}
}

// kill stops the process at once, as a crash would.
func (p *serveProc) kill() {
	_ = p.cmd.Process.Kill()
	<-p.done
}

// gqlResponse is a GraphQL response as the tests read it.
type gqlResponse struct {
	Data   map[string]json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// code returns the code of the first error, or "".
func (r *gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// gql posts query (with variables, as key when not empty) and decodes the
// answer.
func gql(ctx context.Context, url, key, query string, vars map[string]any) (int, *gqlResponse, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return 0, nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	out := &gqlResponse{}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, nil, err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return resp.StatusCode, nil, fmt.Errorf("decode %.200q: %w", b, err)
	}
	return resp.StatusCode, out, nil
}

// rssMB returns the resident memory of process pid in MiB, from /proc.
func rssMB(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return -1
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return -1
}
