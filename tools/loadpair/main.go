// Command loadpair measures the GraphQL endpoint over loopback against a
// bare net/http handler doing the same store read and writing the same
// JSON. It seeds an embedded store in a temporary directory, starts the
// real server (API, limits, CORS, keys, request log to a file) and the
// bare server on 127.0.0.1, and runs wrk against each in turn, alternating
// which goes first, for a number of pairs. It prints every pair's
// requests per second and the median ratio.
//
//	go run ./tools/loadpair -pairs 5 -duration 5s
//
// wrk must be on PATH (apt-get install wrk).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"slices"
	"strconv"
	"syscall"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/server"
	"github.com/peyvand/peyvand/store/embedded"
)

const usage = `usage: go run ./tools/loadpair [flags]

Runs wrk over loopback against the real GraphQL server and a bare handler
serving the same node lookup, alternating, and prints requests/s of each
pair and the median ratio graphql/bare.

`

// nodeQuery is the node lookup both servers answer.
const nodeQuery = `query($id: ID!) { node(id: $id) { id ... on Person { name aliases titles } } }`

// benchNode is the node looked up: a made-up person.
var benchNode = &peyvand.Node{ID: "per_bench", Type: peyvand.TypePerson, Name: "Bench Person",
	Aliases: []string{"B. Person"}, Titles: []string{"Dr."}, Updated: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}

func main() {
	pairs := flag.Int("pairs", 5, "number of graphql/bare pairs to run")
	duration := flag.Duration("duration", 5*time.Second, "length of each wrk run")
	conns := flag.Int("connections", 16, "wrk connections")
	threads := flag.Int("threads", 1, "wrk threads")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the GraphQL runs to this file")
	flag.Usage = func() { fmt.Fprint(os.Stderr, usage); flag.PrintDefaults() }
	flag.Parse()
	if err := run(*pairs, *duration, *conns, *threads, *cpuProfile); err != nil {
		fmt.Fprintln(os.Stderr, "loadpair:", err)
		os.Exit(1)
	}
}

func run(pairs int, duration time.Duration, conns, threads int, cpuProfile string) error {
	if _, err := exec.LookPath("wrk"); err != nil {
		return fmt.Errorf("wrk is not on PATH: install it with apt-get install wrk")
	}
	dir, err := os.MkdirTemp("", "loadpair-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	store, err := embedded.Open(filepath.Join(dir, "db"), embedded.Options{NoSync: true})
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	if _, err := store.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{benchNode}}); err != nil {
		return fmt.Errorf("seed store: %w", err)
	}

	logFile, err := os.Create(filepath.Join(dir, "requests.log"))
	if err != nil {
		return err
	}
	defer logFile.Close()
	real := server.New(server.Config{Addr: "127.0.0.1:0", Store: store, Logger: slog.New(slog.NewTextHandler(logFile, nil))})
	if err := real.Open(); err != nil {
		return err
	}
	defer real.Close(ctx)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	bare := &http.Server{Handler: bareHandler(store), ReadHeaderTimeout: 10 * time.Second}
	go bare.Serve(ln)
	defer bare.Close()

	body, _ := json.Marshal(map[string]any{"query": nodeQuery, "variables": map[string]string{"id": benchNode.ID}})
	script := filepath.Join(dir, "post.lua")
	lua := fmt.Sprintf("wrk.method = \"POST\"\nwrk.body = %s\nwrk.headers[\"Content-Type\"] = \"application/json\"\n", strconv.Quote(string(body)))
	if err := os.WriteFile(script, []byte(lua), 0o644); err != nil {
		return err
	}
	urls := map[string]string{"graphql": real.URL() + "/graphql", "bare": "http://" + ln.Addr().String() + "/graphql"}

	// Both answer the same before anything is timed.
	for name, u := range urls {
		if err := check(u, body); err != nil {
			return fmt.Errorf("%s server: %w", name, err)
		}
	}

	var ratios, cpuRatios []float64
	fmt.Printf("%-5s %12s %12s %7s %14s %14s %9s\n", "pair", "graphql r/s", "bare r/s", "ratio", "graphql cpu/r", "bare cpu/r", "cpu ratio")
	for i := range pairs {
		order := []string{"graphql", "bare"}
		if i%2 == 1 {
			order = []string{"bare", "graphql"}
		}
		got := map[string]float64{}
		cpu := map[string]float64{}
		for _, name := range order {
			if name == "graphql" && cpuProfile != "" && i == 0 {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return err
				}
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer f.Close()
			}
			cpu0 := cpuTime()
			rps, err := wrk(urls[name], script, duration, conns, threads)
			// The servers run in this process, so its CPU time while wrk
			// runs is theirs: per request it is what a request costs,
			// however many other jobs share the machine.
			cpu[name] = float64(cpuTime()-cpu0) / (rps * duration.Seconds())
			if name == "graphql" && cpuProfile != "" && i == 0 {
				pprof.StopCPUProfile()
			}
			if err != nil {
				return fmt.Errorf("wrk %s: %w", name, err)
			}
			got[name] = rps
		}
		r := got["graphql"] / got["bare"]
		cr := cpu["bare"] / cpu["graphql"]
		ratios, cpuRatios = append(ratios, r), append(cpuRatios, cr)
		fmt.Printf("%-5d %12.0f %12.0f %7.2f %12.1fµs %12.1fµs %9.2f\n", i+1, got["graphql"], got["bare"], r,
			cpu["graphql"]/1e3, cpu["bare"]/1e3, cr)
	}
	slices.Sort(ratios)
	slices.Sort(cpuRatios)
	fmt.Printf("median ratio graphql/bare over %d pairs: %.2f requests/s, %.2f by CPU time per request (bare/graphql)\n",
		pairs, median(ratios), median(cpuRatios))
	return nil
}

func median(sorted []float64) float64 {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// cpuTime is the CPU time the process has used, in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

var rpsLine = regexp.MustCompile(`Requests/sec:\s+([0-9.]+)`)
var errLine = regexp.MustCompile(`Non-2xx or 3xx responses: (\d+)`)

// wrk runs wrk against url and returns its requests per second.
func wrk(url, script string, d time.Duration, conns, threads int) (float64, error) {
	out, err := exec.Command("wrk", "-t", strconv.Itoa(threads), "-c", strconv.Itoa(conns),
		"-d", strconv.Itoa(max(1, int(d.Seconds())))+"s", "-s", script, url).CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("%w: %s", err, out)
	}
	if m := errLine.FindSubmatch(out); m != nil {
		return 0, fmt.Errorf("%s responses were errors:\n%s", m[1], out)
	}
	m := rpsLine.FindSubmatch(out)
	if m == nil {
		return 0, fmt.Errorf("no Requests/sec in:\n%s", out)
	}
	return strconv.ParseFloat(string(m[1]), 64)
}

// check sends one request to url and wants the looked-up node back.
func check(url string, body []byte) error {
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var got struct {
		Data struct {
			Node struct{ ID, Name string }
		}
		Errors []json.RawMessage
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || len(got.Errors) > 0 || got.Data.Node.ID != benchNode.ID {
		return fmt.Errorf("status %d, answer %+v", resp.StatusCode, got)
	}
	return nil
}

// bareHandler is the node lookup without GraphQL: decode the body, read
// the node, write the same JSON.
func bareHandler(store peyvand.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Variables struct{ ID string } `json:"variables"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		nodes, err := store.Nodes(r.Context(), []string{req.Variables.ID})
		if err != nil || nodes[0] == nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		n := nodes[0]
		type node struct {
			ID      string   `json:"id"`
			Name    string   `json:"name"`
			Aliases []string `json:"aliases"`
			Titles  []string `json:"titles"`
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"node": node{n.ID, n.Name, n.Aliases, n.Titles}}})
	})
}
