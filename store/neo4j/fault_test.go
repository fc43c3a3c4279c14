package neo4j

import (
	"context"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
)

// fakeServer listens on 127.0.0.1 and hands every connection to serve.
func fakeServer(t *testing.T, serve func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				serve(c)
			}()
		}
	}()
	return ln.Addr().String()
}

func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// readHandshake reads the Bolt handshake a driver sends: a magic number
// and four proposed versions.
func readHandshake(c net.Conn) bool {
	c.SetDeadline(time.Now().Add(5 * time.Second))
	_, err := io.ReadFull(c, make([]byte, 20))
	return err == nil
}

func TestOpenFailsClearly(t *testing.T) {
	cases := []struct {
		name   string
		addr   func(t *testing.T) string
		reason string
	}{
		{"closed port", closedPort, "cannot reach the server"},
		{"accepts and drops", func(t *testing.T) string {
			return fakeServer(t, func(net.Conn) {})
		}, "cannot reach the server"},
		{"HTTP port", func(t *testing.T) string {
			return fakeServer(t, func(c net.Conn) {
				if readHandshake(c) {
					c.Write([]byte("HTTP/1.1 400 Bad Request\r\n\r\n"))
				}
			})
		}, "HTTP port"},
		{"no common Bolt version", func(t *testing.T) string {
			return fakeServer(t, func(c net.Conn) {
				if readHandshake(c) {
					c.Write([]byte{0, 0, 0, 0})
				}
			})
		}, "server is too old"},
		{"silent after handshake", func(t *testing.T) string {
			return fakeServer(t, func(c net.Conn) {
				readHandshake(c)
				time.Sleep(10 * time.Second)
			})
		}, "cannot reach the server"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			uri := "bolt://" + c.addr(t)
			start := time.Now()
			_, err := Open(context.Background(), Config{URI: uri, Timeout: 2 * time.Second})
			elapsed := time.Since(start)
			t.Logf("%s: %v", elapsed.Round(time.Millisecond), err)
			if err == nil {
				t.Fatal("Open succeeded against a server that is not Neo4j")
			}
			msg := err.Error()
			if !strings.Contains(msg, uri) || !strings.Contains(msg, c.reason) {
				t.Errorf("error %q does not name %s and %q", msg, uri, c.reason)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans lines: %q", msg)
			}
			if peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE {
				t.Errorf("code = %s, want UNAVAILABLE", peyvand.ErrorCode(err))
			}
			if elapsed > 8*time.Second {
				t.Errorf("Open took %s to fail, more than its 2s timeout allows", elapsed)
			}
		})
	}
}

func TestOpenRejectsBadConfig(t *testing.T) {
	_, err := Open(context.Background(), Config{URI: "http://localhost:7474"})
	if peyvand.ErrorCode(err) != peyvand.EINVALID || !strings.Contains(err.Error(), "http://localhost:7474") {
		t.Errorf("err = %v, want INVALID_ARGUMENT naming the URI", err)
	}
}
