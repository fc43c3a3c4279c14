package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/persian"
	"github.com/peyvand/peyvand/store/upsert"
)

// entity is a person or body of the document on its way to the graph.
type entity struct {
	typ      peyvand.EntityType
	id       string
	name     string
	aliases  []string
	titles   []string
	kind     string
	evidence []extract.Evidence
	// existing is the stored node the entity resolved to, if any.
	existing *peyvand.Node
}

// names returns the entity's name and aliases, for finding it in text.
func (e *entity) names() []string { return append([]string{e.name}, e.aliases...) }

// builder turns one validated document into one batch.
type builder struct {
	doc    *extract.Document
	ix     *index
	srcIDs []string
	finder *textFinder

	entities []*entity
	persons  map[string]*entity // by personKey of each name and alias
	orgs     map[string]*entity // by orgKey of each name and alias

	nodes     map[string]*peyvand.Node
	nodeOrder []string
	edges     map[string]*peyvand.Edge
	edgeOrder []string
	// ended marks the tenures whose end the document infers from a
	// successor's start.
	ended    map[string]bool
	warnings []string
}

// reader is what the builder reads of the stored graph: the nodes the
// document's persons and bodies resolved to and the tenures it could
// change.
type reader interface {
	Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error)
	Edges(ctx context.Context, ids []string) ([]*peyvand.Edge, error)
}

func newBuilder(doc *extract.Document, ix *index) *builder {
	return &builder{
		doc: doc, ix: ix,
		persons: map[string]*entity{}, orgs: map[string]*entity{},
		nodes: map[string]*peyvand.Node{}, edges: map[string]*peyvand.Edge{}, ended: map[string]bool{},
	}
}

// build makes the batch of the document. It reads the store once for the
// persons and bodies the document names and once for the tenures it
// states.
func (b *builder) build(ctx context.Context, s reader) (*peyvand.Batch, error) {
	b.addSources()
	for _, p := range b.doc.Persons {
		b.addPerson(p.Name, p.Aliases, p.Titles, p.Evidence)
	}
	for _, o := range b.doc.Organizations {
		b.addOrg(o.Name, o.Aliases, o.Kind, o.Evidence)
	}
	// References to unlisted names create their entities now, so that the
	// store is asked about every person and body at once.
	b.collectReferences()
	if err := b.lookUp(ctx, s); err != nil {
		return nil, err
	}
	for _, e := range b.entities {
		b.entityNode(e)
	}
	b.orgRelations()
	b.affiliations()
	b.appointments()
	b.events()
	b.projects()
	if err := b.keepStoredTenures(ctx, s); err != nil {
		return nil, err
	}
	batch := &peyvand.Batch{}
	for _, id := range b.nodeOrder {
		batch.Nodes = append(batch.Nodes, b.nodes[id])
	}
	for _, id := range b.edgeOrder {
		batch.Edges = append(batch.Edges, b.edges[id])
	}
	return batch, nil
}

func (b *builder) warn(format string, args ...any) {
	b.warnings = append(b.warnings, fmt.Sprintf(format, args...))
}

// addSources makes a source node of each article, or of the file itself
// when the document has no articles.
func (b *builder) addSources() {
	var texts []string
	if len(b.doc.Articles) == 0 {
		id := peyvand.NewID(peyvand.TypeSource, "file:"+b.doc.File)
		b.putNode(&peyvand.Node{ID: id, Type: peyvand.TypeSource, Name: b.doc.File, File: b.doc.File})
		b.srcIDs = append(b.srcIDs, id)
		texts = append(texts, "")
	}
	for i, a := range b.doc.Articles {
		id := sourceID(b.doc, i)
		name := a.Title
		if name == "" {
			name = fmt.Sprintf("%s #%d", b.doc.File, i+1)
		}
		n := &peyvand.Node{ID: id, Type: peyvand.TypeSource, Name: name, URL: a.URL, Text: a.Text, File: b.doc.File}
		if a.Published != "" {
			n.Date, _ = graphDate(&a.Published, "", "") // validated
		}
		b.putNode(n)
		b.srcIDs = append(b.srcIDs, id)
		texts = append(texts, a.Text)
	}
	b.finder = newTextFinder(b.srcIDs, texts)
}

// addPerson records a person of the document, resolved against the graph.
func (b *builder) addPerson(name string, aliases, titles []string, ev []extract.Evidence) *entity {
	bare, found := persian.SplitTitles(name)
	e := newEntity(peyvand.TypePerson, bare, aliases, ev)
	for _, t := range append(found, titles...) {
		e.titles = appendNew(e.titles, tidy(t))
	}
	e.id = b.ix.resolvePerson(e.name, e.aliases)
	return b.record(e, b.persons, personKey)
}

// addOrg records a body of the document, resolved against the graph.
func (b *builder) addOrg(name string, aliases []string, kind string, ev []extract.Evidence) *entity {
	e := newEntity(peyvand.TypeOrganization, tidy(name), aliases, ev)
	e.kind = kind
	if e.kind == "" {
		e.kind = headNoun(e.name)
	}
	e.id = b.ix.resolveOrgIn(b.doc, b.srcIDs, e.name, e.aliases)
	return b.record(e, b.orgs, orgKey)
}

// newEntity returns an entity called name, with the aliases that differ
// from the name.
func newEntity(typ peyvand.EntityType, name string, aliases []string, ev []extract.Evidence) *entity {
	e := &entity{typ: typ, name: name, evidence: ev}
	for _, a := range aliases {
		if a = tidy(a); persian.Normalize(a) != persian.Normalize(name) {
			e.aliases = appendNew(e.aliases, a)
		}
	}
	return e
}

// record adds e to the document's entities, findable by the key of each of
// its names unless an earlier entity has that key.
func (b *builder) record(e *entity, byKey map[string]*entity, key func(string) string) *entity {
	b.entities = append(b.entities, e)
	for _, n := range e.names() {
		if k := key(n); byKey[k] == nil {
			byKey[k] = e
		}
	}
	return e
}

// person returns the document's person called name; a name the document
// does not list becomes a person of its own, with a warning.
func (b *builder) person(name string) *entity {
	if e := b.persons[personKey(name)]; e != nil {
		return e
	}
	b.warn("person «%s» is not among the document's persons; added", name)
	return b.addPerson(name, nil, nil, nil)
}

// org returns the document's body called name, adding an unlisted one.
func (b *builder) org(name string) *entity {
	if e := b.orgs[orgKey(name)]; e != nil {
		return e
	}
	b.warn("organization «%s» is not among the document's organizations; added", name)
	return b.addOrg(name, nil, "", nil)
}

// collectReferences resolves every name the document's relations use.
func (b *builder) collectReferences() {
	for _, o := range b.doc.Organizations {
		if o.Parent != "" {
			b.org(o.Parent)
		}
	}
	for _, a := range b.doc.Affiliations {
		b.person(a.Person)
		b.org(a.Organization)
	}
	for _, a := range b.doc.Appointments {
		b.person(a.Person)
		b.org(a.Organization)
		if a.Predecessor != "" {
			b.person(a.Predecessor)
		}
	}
	for _, e := range b.doc.Events {
		for _, p := range e.Participants {
			b.person(p)
		}
		for _, o := range e.Organizations {
			b.org(o)
		}
	}
	for _, p := range b.doc.Projects {
		if p.Organization != "" {
			b.org(p.Organization)
		}
	}
}

// lookUp reads the stored nodes the entities resolved to, so that stored
// names and kinds are kept and merged-away IDs give way to their survivors.
func (b *builder) lookUp(ctx context.Context, s reader) error {
	ids := make([]string, len(b.entities))
	for i, e := range b.entities {
		ids[i] = e.id
	}
	found, err := s.Nodes(ctx, ids)
	if err != nil {
		return fmt.Errorf("look up %d entities: %w", len(ids), err)
	}
	for i, n := range found {
		if n != nil {
			b.entities[i].existing = n
			b.entities[i].id = n.ID
		}
	}
	return nil
}

// entityNode writes a person's or body's node. A stored node keeps its
// name and kind (upsert.MergeNode); the document's name joins its aliases,
// as the node is written here, so the name index learns it as the store
// keeps it.
func (b *builder) entityNode(e *entity) {
	n := &peyvand.Node{ID: e.id, Type: e.typ, Name: e.name, Titles: e.titles, Kind: e.kind}
	n.Evidence = b.evidence(e.evidence, e.names())
	aliases := e.aliases
	if x := e.existing; x != nil {
		n.Name = x.Name
		aliases = append([]string{e.name}, e.aliases...)
	}
	for _, a := range aliases {
		if a != n.Name {
			n.Aliases = appendNew(n.Aliases, a)
		}
	}
	b.putNode(n)
}

// orgRelations writes PART_OF and LOCATED_IN of the document's bodies.
func (b *builder) orgRelations() {
	for _, o := range b.doc.Organizations {
		e := b.org(o.Name)
		if o.Parent != "" {
			if p := b.org(o.Parent); p.id != e.id {
				b.putEdge(&peyvand.Edge{Type: peyvand.RelPartOf, From: e.id, To: p.id}, o.Evidence, e.names(), p.names())
			}
		}
		if o.Place != "" {
			b.locatedIn(e.id, e.names(), o.Place, e.name, o.Evidence)
		}
	}
}

// affiliations writes a HOLDS tenure the text states.
func (b *builder) affiliations() {
	for _, a := range b.doc.Affiliations {
		p, o := b.person(a.Person), b.org(a.Organization)
		b.putEdge(&peyvand.Edge{Type: peyvand.RelHolds, From: p.id, To: o.id, Role: tidy(a.Role), Began: peyvand.BeganStated},
			a.Evidence, p.names(), o.names())
	}
}

// appointments writes what each appointment writes
// (curation.AppointmentEdges): the incoming person's tenure and, with a
// predecessor, the outgoing person's ended tenure and the SUCCEEDED
// relation between them.
func (b *builder) appointments() {
	for _, a := range b.doc.Appointments {
		in, o := b.person(a.Person), b.org(a.Organization)
		how := a.How
		if how == "" {
			how = peyvand.BeganAppointment
		}
		date, _ := graphDate(a.Date, a.DateText, "") // validated
		ap := curation.Appointment{Person: in.id, Organization: o.id, Role: a.Role, Began: how, Start: date}
		var out *entity
		if a.Predecessor != "" {
			out = b.person(a.Predecessor)
			ap.Predecessor = out.id
		}
		s := curation.AppointmentEdges(ap)
		b.putEdge(s.Tenure, a.Evidence, in.names(), o.names())
		if out != nil {
			b.putEdge(s.Ended, a.Evidence, out.names(), o.names())
			b.ended[s.Ended.ID] = true
			b.putEdge(s.Succeeded, a.Evidence, in.names(), out.names())
		}
	}
}

// events writes event nodes with their participants, bodies and place.
func (b *builder) events() {
	for _, ev := range b.doc.Events {
		kind := strings.ToLower(strings.TrimSpace(ev.Type))
		if !slices.Contains(peyvand.EventTypes, kind) {
			b.warn("event «%s»: type %q is not known; stored as %q", ev.Title, ev.Type, peyvand.EventOther)
			kind = peyvand.EventOther
		}
		title := tidy(ev.Title)
		date, _ := graphDate(ev.Date, ev.DateText, ev.DatePrecision) // validated
		n := &peyvand.Node{Type: peyvand.TypeEvent, Name: title, Kind: kind, Date: date}
		n.Evidence = b.evidence(ev.Evidence, []string{title})
		// A dated event is the same event in every report of it; an undated
		// one is known only within its source, lest recurring meetings of
		// the same name fold into one.
		when := ""
		if date != nil {
			when = date.ISO
		} else {
			when = n.Evidence[0].SourceID
		}
		n.ID = peyvand.NewID(peyvand.TypeEvent, persian.NameKey(title)+"|"+when)
		b.putNode(n)
		names := []string{title}
		parts := b.parts(ev)
		for _, name := range ev.Participants {
			p := b.person(name)
			part := parts[p]
			if part == "" {
				part = peyvand.PartAttendee
			}
			b.putEdge(&peyvand.Edge{Type: peyvand.RelParticipated, From: p.id, To: n.ID, Role: part}, ev.Evidence, p.names(), names)
		}
		for _, name := range ev.Organizations {
			o := b.org(name)
			b.putEdge(&peyvand.Edge{Type: peyvand.RelInvolved, From: o.id, To: n.ID}, ev.Evidence, o.names(), names)
		}
		if ev.Place != "" {
			b.locatedIn(n.ID, names, ev.Place, "", ev.Evidence)
		}
	}
}

// parts maps the event's participants to the parts Event.Parts gives them.
// A part may name a participant by any of their names, or by the surname
// of one participant alone.
func (b *builder) parts(ev extract.Event) map[*entity]string {
	m := map[*entity]string{}
	for name, part := range ev.Parts {
		key := personKey(name)
		if p := b.persons[key]; p != nil {
			m[p] = part
			continue
		}
		var bySurname []*entity
		for _, pn := range ev.Participants {
			if p := b.person(pn); surnameKey(p.name) == key && !slices.Contains(bySurname, p) {
				bySurname = append(bySurname, p)
			}
		}
		if len(bySurname) == 1 {
			m[bySurname[0]] = part
		} else {
			b.warn("event «%s»: the part of «%s» names no participant", ev.Title, name)
		}
	}
	return m
}

// projects writes project nodes, the bodies that run them and their place.
func (b *builder) projects() {
	for _, p := range b.doc.Projects {
		name := tidy(p.Name)
		kind := p.Kind
		if kind == "" {
			kind = headNoun(name)
		}
		n := &peyvand.Node{ID: peyvand.NewID(peyvand.TypeProject, persian.NameKey(name)), Type: peyvand.TypeProject,
			Name: name, Kind: kind, Figures: p.Figures}
		n.Evidence = b.evidence(p.Evidence, []string{name})
		b.putNode(n)
		names := []string{name}
		if p.Organization != "" {
			o := b.org(p.Organization)
			b.putEdge(&peyvand.Edge{Type: peyvand.RelRuns, From: o.id, To: n.ID}, p.Evidence, o.names(), names)
		}
		if p.Place != "" {
			b.locatedIn(n.ID, names, p.Place, "", p.Evidence)
		}
	}
}

// locatedIn writes a place node and a LOCATED_IN edge to it. context is a
// name the place appears in (a body's name), from which the place's kind is
// read: «استان X» is a province, «شهرستان X» a city.
func (b *builder) locatedIn(from string, fromNames []string, place, context string, ev []extract.Evidence) {
	place = tidy(place)
	n := &peyvand.Node{ID: peyvand.NewID(peyvand.TypePlace, persian.NameKey(place)), Type: peyvand.TypePlace,
		Name: place, Kind: placeKind(place, context)}
	n.Evidence = b.evidence(ev, []string{place})
	b.putNode(n)
	b.putEdge(&peyvand.Edge{Type: peyvand.RelLocatedIn, From: from, To: n.ID}, ev, fromNames, []string{place})
}

// evidence converts an item's evidence, or finds a sentence that mentions
// one of names of each group: all groups first, then the first alone.
func (b *builder) evidence(ev []extract.Evidence, groups ...[]string) []peyvand.Evidence {
	if len(ev) > 0 {
		out := make([]peyvand.Evidence, 0, len(ev))
		for _, e := range ev {
			pe := peyvand.Evidence{SourceID: b.srcIDs[e.Article], Quote: e.Quote, Start: e.Start, End: e.End}
			if !slices.Contains(out, pe) {
				out = append(out, pe)
			}
		}
		return out
	}
	if e, ok := b.finder.find(groups...); ok {
		return []peyvand.Evidence{e}
	}
	if len(groups) > 1 {
		if e, ok := b.finder.find(groups[0]); ok {
			return []peyvand.Evidence{e}
		}
	}
	return []peyvand.Evidence{b.finder.fallback()}
}

// putNode adds n to the batch, merging it with a node of the same ID the
// document already produced by the store's rule (upsert.MergeNode: the
// first name and kind stay); evidence by mergeEvidence.
func (b *builder) putNode(n *peyvand.Node) {
	old := b.nodes[n.ID]
	if old == nil {
		b.nodes[n.ID] = n
		b.nodeOrder = append(b.nodeOrder, n.ID)
		return
	}
	merged := upsert.MergeNode(old, n)
	merged.Evidence = mergeEvidence(old.Evidence, n.Evidence)
	b.nodes[n.ID] = merged
}

// putEdge adds e, with its ID and evidence, to the batch, merging it with
// an edge of the same ID: a known date, predecessor or successor fills a
// missing one, and an appointment's way of beginning wins over STATED.
func (b *builder) putEdge(e *peyvand.Edge, ev []extract.Evidence, fromNames, toNames []string) {
	e.ID = upsert.EdgeID(e)
	e.Evidence = b.evidence(ev, fromNames, toNames)
	old := b.edges[e.ID]
	if old == nil {
		b.edges[e.ID] = e
		b.edgeOrder = append(b.edgeOrder, e.ID)
		return
	}
	if old.Began == "" || old.Began == peyvand.BeganStated && e.Began != "" {
		old.Began = e.Began
	}
	if old.Start == nil {
		old.Start = e.Start
	}
	if old.End == nil {
		old.End = e.End
	}
	if old.PredecessorID == "" {
		old.PredecessorID = e.PredecessorID
	}
	if old.SuccessorID == "" {
		old.SuccessorID = e.SuccessorID
	}
	if old.OrganizationID == "" {
		old.OrganizationID = e.OrganizationID
	}
	old.Evidence = mergeEvidence(old.Evidence, e.Evidence)
}

// mergeEvidence adds the evidence of more to list, each once; a source
// without a quote is left out when list has a quote from that source.
func mergeEvidence(list, more []peyvand.Evidence) []peyvand.Evidence {
	for _, e := range more {
		if slices.Contains(list, e) {
			continue
		}
		if e.Quote == "" && slices.ContainsFunc(list, func(x peyvand.Evidence) bool { return x.SourceID == e.SourceID }) {
			continue
		}
		list = append(list, e)
	}
	return list
}

// keepStoredTenures reads the stored tenures the document's could change
// against the rules (curation.KeepStored): a report that only states a post
// does not overwrite how a stored tenure began (an appointment, a decree),
// and an end inferred from a successor's start does not overwrite a known
// end.
func (b *builder) keepStoredTenures(ctx context.Context, s reader) error {
	var ids []string
	for _, id := range b.edgeOrder {
		if e := b.edges[id]; e.Type == peyvand.RelHolds && (e.Began == peyvand.BeganStated || b.ended[id]) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	stored, err := s.Edges(ctx, ids)
	if err != nil {
		return fmt.Errorf("look up %d tenures: %w", len(ids), err)
	}
	for i, x := range stored {
		curation.KeepStored(b.edges[ids[i]], x, b.ended[ids[i]])
	}
	return nil
}

// headNoun is the first word of a name: a body's or project's kind when
// the document gives none (سازمان، کانون، طرح).
func headNoun(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// placeKind reads the kind of place from the word before it in context.
func placeKind(place, context string) string {
	words := strings.Fields(context)
	first := strings.Fields(place)
	if len(first) == 0 {
		return ""
	}
	for i := 1; i < len(words); i++ {
		if words[i] == first[0] {
			if k, ok := placeKinds[words[i-1]]; ok {
				return k
			}
		}
	}
	return ""
}

// tidy is a shown string as the source writes it, its white space folded
// to single spaces; keys and comparisons fold the letters too
// (persian.Normalize), what is stored and shown does not.
func tidy(s string) string { return strings.Join(strings.Fields(s), " ") }

// appendNew appends s to list unless it is empty or already there.
func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
