package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// envFlags is a flag set whose every flag has an environment twin: the
// variable gives the default, the flag overrides it.
type envFlags struct {
	*flag.FlagSet
	getenv func(string) string
	env    map[string]string // flag name → variable
	secret map[string]bool   // flags whose value help must not show
	err    error             // a variable that did not parse
}

func newEnvFlags(name string, getenv func(string) string) *envFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	return &envFlags{FlagSet: fs, getenv: getenv, env: map[string]string{}, secret: map[string]bool{}}
}

func (f *envFlags) String(p *string, name, env, def, usage string) {
	if v := f.getenv(env); v != "" {
		def = v
	}
	f.env[name] = env
	f.StringVar(p, name, def, usage)
}

func (f *envFlags) Int(p *int, name, env string, def int, usage string) {
	if v := f.getenv(env); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil && f.err == nil {
			f.err = fmt.Errorf("%s=%q is not a number", env, v)
		}
		def = n
	}
	f.env[name] = env
	f.IntVar(p, name, def, usage)
}

func (f *envFlags) Bool(p *bool, name, env string, def bool, usage string) {
	if v := f.getenv(env); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil && f.err == nil {
			f.err = fmt.Errorf("%s=%q is not true or false", env, v)
		}
		def = b
	}
	f.env[name] = env
	f.BoolVar(p, name, def, usage)
}

func (f *envFlags) Duration(p *time.Duration, name, env string, def time.Duration, usage string) {
	if v := f.getenv(env); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil && f.err == nil {
			f.err = fmt.Errorf("%s=%q is not a duration such as 30s", env, v)
		}
		def = d
	}
	f.env[name] = env
	f.DurationVar(p, name, def, usage)
}

// usage prints a command's help: what it does, then its flags with their
// environment twins and defaults.
func (f *envFlags) usage(w io.Writer, synopsis, about string) func() {
	return func() {
		fmt.Fprintf(w, "Usage: peyvand %s\n\n%s\n", synopsis, strings.TrimSpace(about))
		if !f.hasFlags() {
			return
		}
		fmt.Fprintf(w, "\nFlags (and the environment variables that set them):\n")
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		f.VisitAll(func(fl *flag.Flag) {
			name, _ := flag.UnquoteUsage(fl)
			arg := "--" + fl.Name
			if name != "" {
				arg += " " + name
			}
			def := ""
			if fl.DefValue != "" && fl.DefValue != "false" && fl.DefValue != "0" && !f.secret[fl.Name] {
				def = " (default " + fl.DefValue + ")"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s%s\n", arg, f.env[fl.Name], fl.Usage, def)
		})
		tw.Flush()
	}
}

func (f *envFlags) hasFlags() bool {
	n := 0
	f.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}
