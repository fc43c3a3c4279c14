// Package synth generates synthetic graphs with the shape of the real one,
// for benchmarks and load tests: persons with Persian names; bodies in a
// hierarchy (provincial سازمان and اداره کل with city کانون and اداره
// branches, and mosque کانون under the provincial سازمان); posts with
// succession chains, some with LongChainHolders holders, with handovers,
// gaps, overlaps and undated tenures; events with 2–30 participants; projects;
// provinces and cities. Every tenure, succession, participation,
// involvement and project carries evidence quoting a synthetic source.
//
// The same Config always gives the same graph, and IDs do not depend on the
// seed, so PersonID and LongChainPosts name nodes of any generated graph.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/persian"
)

// LongChainHolders is the number of holders of each long succession chain.
const LongChainHolders = 20

// DefaultBatchSize is the number of nodes and edges per emitted batch.
const DefaultBatchSize = 5000

// Config sizes a synthetic graph.
type Config struct {
	// Persons is the number of persons; the rest of the graph scales with it.
	Persons int
	// Seed makes the graph: the same seed, the same graph.
	Seed int64
	// BatchSize is how many nodes and edges each batch holds at most:
	// DefaultBatchSize when zero.
	BatchSize int
	// LongChains is the number of posts with LongChainHolders holders:
	// one per 10,000 persons (at least one) when zero, at most one per
	// provincial body.
	LongChains int
}

func (c Config) check() (Config, error) {
	switch {
	case c.Persons < 1:
		return c, fmt.Errorf("synth: %d persons: need at least one", c.Persons)
	case c.BatchSize < 0 || c.LongChains < 0:
		return c, fmt.Errorf("synth: negative batch size or long chain count")
	}
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.LongChains == 0 {
		c.LongChains = max(1, c.Persons/10000)
	}
	c.LongChains = min(c.LongChains, len(provinces)*len(provincialBodies))
	return c, nil
}

// PersonID returns the ID of the i-th person (0-based) of a synthetic graph.
func PersonID(i int) string {
	return peyvand.NewID(peyvand.TypePerson, fmt.Sprintf("synth/person/%d", i))
}

func provinceOrgID(p, b int) string {
	return peyvand.NewID(peyvand.TypeOrganization, fmt.Sprintf("synth/org/%d/%d", p, b))
}

// LongChainPosts returns the posts that have LongChainHolders holders in
// the graph cfg generates.
func LongChainPosts(cfg Config) ([]peyvand.Position, error) {
	cfg, err := cfg.check()
	if err != nil {
		return nil, err
	}
	var out []peyvand.Position
	for i := range cfg.LongChains {
		org, role := provinceOrgID(i/len(provincialBodies), i%len(provincialBodies)), provincialBodies[i%len(provincialBodies)].posts[0]
		out = append(out, *curation.PositionOf(org, role))
	}
	return out, nil
}

// gen holds the state of one generation.
type gen struct {
	cfg     Config
	rng     *rand.Rand
	emit    func(*peyvand.Batch) error
	batch   *peyvand.Batch
	nProv   int
	sources int
	// cityProv is the province of each city; orgs are the bodies, with what
	// events and projects need of them.
	cityProv []int
	orgs     []org
}

type org struct {
	id, name string
	city     int // -1 for a provincial body
	prov     int
	holder   int // a current holder of its first post, -1 when none
}

// Generate makes the graph cfg describes and hands it to emit in batches of
// at most cfg.BatchSize nodes and edges, every node in a batch no later
// than the first edge that needs it. It stops at emit's first error.
func Generate(cfg Config, emit func(*peyvand.Batch) error) error {
	cfg, err := cfg.check()
	if err != nil {
		return err
	}
	g := &gen{cfg: cfg, rng: rand.New(rand.NewPCG(uint64(cfg.Seed), 0x9e3779b97f4a7c15)), emit: emit,
		batch: &peyvand.Batch{}, nProv: len(provinces)}
	for _, step := range []func() error{g.places, g.persons, g.bodies, g.posts, g.events, g.projects} {
		if err := step(); err != nil {
			return err
		}
	}
	return g.flush()
}

func (g *gen) flush() error {
	if len(g.batch.Nodes)+len(g.batch.Edges) == 0 {
		return nil
	}
	b := g.batch
	g.batch = &peyvand.Batch{}
	if err := g.emit(b); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	return nil
}

// add queues a node (or none) and edges, emitting a batch whenever one is
// full; queued in order, a node always goes out no later than its edges.
func (g *gen) add(n *peyvand.Node, es ...*peyvand.Edge) error {
	if n != nil {
		g.batch.Nodes = append(g.batch.Nodes, n)
		if err := g.flushFull(); err != nil {
			return err
		}
	}
	for _, e := range es {
		g.batch.Edges = append(g.batch.Edges, e)
		if err := g.flushFull(); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) flushFull() error {
	if len(g.batch.Nodes)+len(g.batch.Edges) >= g.cfg.BatchSize {
		return g.flush()
	}
	return nil
}

func edge(rt peyvand.RelType, from, to, role string) *peyvand.Edge {
	return &peyvand.Edge{ID: peyvand.EdgeID(rt, from, to, role), Type: rt, From: from, To: to, Role: role}
}

// source makes a source node of sentences and returns it with the evidence
// of each sentence.
func (g *gen) source(title string, date *peyvand.Date, sentences []string) (*peyvand.Node, []peyvand.Evidence) {
	id := peyvand.NewID(peyvand.TypeSource, fmt.Sprintf("synth/source/%d", g.sources))
	g.sources++
	ev := make([]peyvand.Evidence, len(sentences))
	at := 0
	for i, s := range sentences {
		n := utf8.RuneCountInString(s)
		ev[i] = peyvand.Evidence{SourceID: id, Quote: s, Start: at, End: at + n}
		at += n + 1
	}
	return &peyvand.Node{ID: id, Type: peyvand.TypeSource, Name: title, Date: date, Text: strings.Join(sentences, " ")}, ev
}

func (g *gen) places() error {
	for p, name := range provinces {
		if err := g.add(&peyvand.Node{ID: provinceID(p), Type: peyvand.TypePlace, Name: name, Kind: peyvand.PlaceProvince}); err != nil {
			return err
		}
	}
	nCities := min(max(g.cfg.Persons/200, g.nProv), 1500)
	for c := range nCities {
		p := c % g.nProv
		g.cityProv = append(g.cityProv, p)
		city := &peyvand.Node{ID: cityID(c), Type: peyvand.TypePlace, Name: cityName(c), Kind: peyvand.PlaceCity}
		if err := g.add(city, edge(peyvand.RelLocatedIn, city.ID, provinceID(p), "")); err != nil {
			return err
		}
	}
	return nil
}

func provinceID(p int) string {
	return peyvand.NewID(peyvand.TypePlace, fmt.Sprintf("synth/province/%d", p))
}
func cityID(c int) string { return peyvand.NewID(peyvand.TypePlace, fmt.Sprintf("synth/city/%d", c)) }

func cityName(c int) string {
	n := len(cityHeads) * len(cityTails)
	q := cityQualifiers[(c/n)%len(cityQualifiers)]
	return cityHeads[c%len(cityHeads)] + string(persian.ZWNJ) + cityTails[(c/len(cityHeads))%len(cityTails)] + q
}

// personName returns the name and titles of person i, drawn from a hash of
// the seed and i so they can be told again without being kept.
func (g *gen) personName(i int) (string, []string) {
	r := rand.New(rand.NewPCG(uint64(g.cfg.Seed), uint64(i)))
	first := maleNames[r.IntN(len(maleNames))]
	if r.IntN(5) == 0 {
		first = femaleNames[r.IntN(len(femaleNames))]
	}
	name := first + " " + familyNames[r.IntN(len(familyNames))]
	if r.IntN(7) == 0 {
		return name, []string{titles[r.IntN(len(titles))]}
	}
	return name, nil
}

// spoken returns how a report names person i: titles, then name.
func (g *gen) spoken(i int) string {
	name, ts := g.personName(i)
	return strings.Join(append(ts, name), " ")
}

func (g *gen) persons() error {
	for i := range g.cfg.Persons {
		name, ts := g.personName(i)
		if err := g.add(&peyvand.Node{ID: PersonID(i), Type: peyvand.TypePerson, Name: name, Titles: ts}); err != nil {
			return err
		}
	}
	return nil
}

// localPerson picks a person of province p, favouring a few: officials
// and public figures turn up far more often than others.
func (g *gen) localPerson(p int, skew float64) int {
	count := (g.cfg.Persons - p + g.nProv - 1) / g.nProv
	if count <= 0 {
		return g.rng.IntN(g.cfg.Persons)
	}
	k := int(float64(count) * math.Pow(g.rng.Float64(), skew))
	return p + min(k, count-1)*g.nProv
}

func (g *gen) bodies() error {
	for p, prov := range provinces {
		for b, body := range provincialBodies {
			o := org{id: provinceOrgID(p, b), name: fmt.Sprintf(body.name, prov), city: -1, prov: p, holder: -1}
			g.orgs = append(g.orgs, o)
			n := &peyvand.Node{ID: o.id, Type: peyvand.TypeOrganization, Name: o.name, Kind: body.kind}
			if err := g.add(n, edge(peyvand.RelLocatedIn, o.id, provinceID(p), "")); err != nil {
				return err
			}
		}
	}
	for c, p := range g.cityProv {
		city := cityName(c)
		for b, body := range cityBodies {
			o := org{id: peyvand.NewID(peyvand.TypeOrganization, fmt.Sprintf("synth/org/city/%d/%d", c, b)),
				name: fmt.Sprintf(body.name, city), city: c, prov: p, holder: -1}
			if err := g.addBody(o, body.kind, body.parent); err != nil {
				return err
			}
		}
	}
	for m := range g.cfg.Persons / 50 {
		c := g.rng.IntN(len(g.cityProv))
		o := org{id: peyvand.NewID(peyvand.TypeOrganization, fmt.Sprintf("synth/org/mosque/%d", m)),
			name: fmt.Sprintf(mosqueBody, mosques[m%len(mosques)], cityName(c)), city: c, prov: g.cityProv[c], holder: -1}
		if err := g.addBody(o, cityBodies[0].kind, cityBodies[0].parent); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) addBody(o org, kind string, parent int) error {
	g.orgs = append(g.orgs, o)
	n := &peyvand.Node{ID: o.id, Type: peyvand.TypeOrganization, Name: o.name, Kind: kind}
	es := []*peyvand.Edge{edge(peyvand.RelLocatedIn, o.id, cityID(o.city), "")}
	if parent >= 0 {
		up := provinceOrgID(o.prov, parent)
		e := edge(peyvand.RelPartOf, o.id, up, "")
		src, ev := g.source(o.name, nil, []string{fmt.Sprintf(branchSentence, o.name, g.orgs[o.prov*len(provincialBodies)+parent].name)})
		e.Evidence = ev
		es = append(es, e)
		if err := g.add(src); err != nil {
			return err
		}
	}
	return g.add(n, es...)
}

// postsOf returns the posts of body i of g.orgs.
func (g *gen) postsOf(i int) []string {
	switch np := g.nProv * len(provincialBodies); {
	case i < np:
		return provincialBodies[i%len(provincialBodies)].posts
	case i < np+len(g.cityProv)*len(cityBodies):
		return cityBodies[(i-np)%len(cityBodies)].posts
	}
	return cityBodies[0].posts
}

var (
	firstDay = time.Date(2000, 3, 21, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
)

func date(t time.Time) *peyvand.Date {
	return &peyvand.Date{ISO: t.Format(time.DateOnly), SolarHijri: persian.SolarHijriOf(t), Precision: peyvand.PrecisionDay}
}

func (g *gen) posts() error {
	for i := range g.orgs {
		for j, role := range g.postsOf(i) {
			holders := 1 + int(7*math.Pow(g.rng.Float64(), 1.5))
			long := i < g.cfg.LongChains && j == 0
			if long {
				holders = LongChainHolders
			}
			if err := g.chain(i, role, holders, long); err != nil {
				return err
			}
		}
	}
	return nil
}

// chain makes the succession of holders of one post.
func (g *gen) chain(i int, role string, holders int, long bool) error {
	o := &g.orgs[i]
	holders = min(holders, g.cfg.Persons)
	var people []int
	for tries := 0; len(people) < holders; tries++ {
		// A province with too few people lends from the others.
		p := g.rng.IntN(g.cfg.Persons)
		if tries < 20*holders {
			p = g.localPerson(o.prov, 3)
		}
		if !contains(people, p) {
			people = append(people, p)
		}
	}
	day := firstDay.AddDate(0, 0, g.rng.IntN(15*365))
	tenures := make([]*peyvand.Edge, len(people))
	var sentences []string
	var succ []*peyvand.Edge
	for k, p := range people {
		t := edge(peyvand.RelHolds, PersonID(p), o.id, role)
		t.Began = peyvand.BeganAppointment
		length := 300 + g.rng.IntN(1900)
		if long {
			length = 150 + g.rng.IntN(250)
		}
		end := day.AddDate(0, 0, length)
		if g.rng.IntN(12) > 0 || long {
			t.Start = date(day)
			if k < len(people)-1 || g.rng.IntN(5) == 0 {
				if end.Before(lastDay) {
					t.End = date(end)
				}
			}
		}
		sentence := fmt.Sprintf(appointedSentence, g.spoken(p), role, o.name)
		if k > 0 && g.rng.IntN(2) == 0 {
			prev := people[k-1]
			t.Began = peyvand.BeganHandover
			t.PredecessorID = PersonID(prev)
			tenures[k-1].SuccessorID = t.From
			sentence = fmt.Sprintf(handoverSentence, o.name, g.spoken(p), g.spoken(prev), role)
			s := edge(peyvand.RelSucceeded, t.From, PersonID(prev), role)
			s.OrganizationID = o.id
			succ = append(succ, s)
		}
		sentences = append(sentences, sentence)
		tenures[k] = t
		// The next holder takes over the day after, mostly; sometimes after
		// a vacancy, sometimes before this one has gone.
		switch r := g.rng.IntN(20); {
		case r < 2 && !long:
			day = end.AddDate(0, 0, 30+g.rng.IntN(370))
		case r < 3 && !long:
			day = end.AddDate(0, 0, -10-g.rng.IntN(50))
		default:
			day = end.AddDate(0, 0, g.rng.IntN(2))
		}
	}
	src, ev := g.source(o.name, nil, sentences)
	if err := g.add(src); err != nil {
		return err
	}
	for k, t := range tenures {
		t.Evidence = ev[k : k+1]
		if err := g.add(nil, t); err != nil {
			return err
		}
	}
	for _, s := range succ {
		for k, t := range tenures {
			if t.From == s.From {
				s.Evidence = ev[k : k+1]
			}
		}
		if err := g.add(nil, s); err != nil {
			return err
		}
	}
	o.holder = people[len(people)-1]
	return nil
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (g *gen) events() error {
	for ev := range g.cfg.Persons / 5 {
		kind := peyvand.EventTypes[g.rng.IntN(len(peyvand.EventTypes))]
		c := g.rng.IntN(len(g.cityProv))
		p := g.cityProv[c]
		name := eventNames[kind] + " " + eventTopics[g.rng.IntN(len(eventTopics))]
		when := date(firstDay.AddDate(0, 0, g.rng.IntN(int(lastDay.Sub(firstDay).Hours()/24))))
		n := &peyvand.Node{ID: peyvand.NewID(peyvand.TypeEvent, fmt.Sprintf("synth/event/%d", ev)), Type: peyvand.TypeEvent,
			Name: name + " " + cityName(c), Kind: kind, Date: when}
		// Organizers: bodies of the city or province, or any.
		var bodies []int
		for range 1 + g.rng.IntN(3) {
			b := g.rng.IntN(len(g.orgs))
			if !contains(bodies, b) {
				bodies = append(bodies, b)
			}
		}
		var people []int
		size := 2 + int(28*math.Pow(g.rng.Float64(), 3))
		if h := g.orgs[bodies[0]].holder; h >= 0 && g.rng.IntN(2) == 0 {
			people = append(people, h)
		}
		for tries := 0; len(people) < size && tries < 4*size; tries++ {
			if q := g.localPerson(p, 2); !contains(people, q) {
				people = append(people, q)
			}
		}
		var sentences []string
		for _, b := range bodies {
			sentences = append(sentences, fmt.Sprintf(organizedSentence, g.orgs[b].name, n.Name))
		}
		for _, q := range people {
			sentences = append(sentences, fmt.Sprintf(attendedSentence, g.spoken(q), n.Name))
		}
		src, evid := g.source(n.Name, when, sentences)
		es := []*peyvand.Edge{edge(peyvand.RelLocatedIn, n.ID, cityID(c), "")}
		for k, b := range bodies {
			e := edge(peyvand.RelInvolved, g.orgs[b].id, n.ID, "")
			e.Evidence = evid[k : k+1]
			es = append(es, e)
		}
		for k, q := range people {
			part := peyvand.PartAttendee
			switch {
			case k == 0:
				part = peyvand.PartChair
			case k < 3:
				part = peyvand.PartSpeaker
			}
			e := edge(peyvand.RelParticipated, PersonID(q), n.ID, part)
			e.Evidence = evid[len(bodies)+k : len(bodies)+k+1]
			es = append(es, e)
		}
		if err := g.add(src); err != nil {
			return err
		}
		if err := g.add(n, es...); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) projects() error {
	for pr := range g.cfg.Persons / 50 {
		b := g.rng.IntN(len(g.orgs))
		o := g.orgs[b]
		kind := projectKinds[g.rng.IntN(len(projectKinds))]
		name := kind + " " + projectTopics[g.rng.IntN(len(projectTopics))]
		place := provinceID(o.prov)
		if o.city >= 0 {
			place = cityID(o.city)
			name += " " + cityName(o.city)
		} else {
			name += " " + provinceWord + " " + provinces[o.prov]
		}
		n := &peyvand.Node{ID: peyvand.NewID(peyvand.TypeProject, fmt.Sprintf("synth/project/%d", pr)), Type: peyvand.TypeProject,
			Name: name, Kind: kind, Figures: []string{fmt.Sprintf(figureFormat, 1+g.rng.IntN(500))}}
		src, ev := g.source(name, nil, []string{fmt.Sprintf(runsSentence, o.name, name)})
		runs := edge(peyvand.RelRuns, o.id, n.ID, "")
		runs.Evidence = ev
		if err := g.add(src); err != nil {
			return err
		}
		if err := g.add(n, runs, edge(peyvand.RelLocatedIn, n.ID, place, "")); err != nil {
			return err
		}
	}
	return nil
}
