package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/persian"
)

// This file holds the entity-resolution rules: how a person or body named in
// a new document is matched with a node already in the graph. Within one
// document the extractor has already joined a name with its aliases; here
// the names meet the names of every earlier document.
//
// Persons:
//   - A name's key is persian.NameKey: honorifics, the non-joiner, spacing
//     and Arabic letter forms do not count.
//   - A node whose ID is the name's own ID (peyvand.NewID of the key) is the
//     person; this keeps re-ingesting a document stable.
//   - A full name (two words or more) matches a person whose name or alias
//     has the same key, or whose name has the key of one of the new
//     person's full-name aliases.
//   - A single word (a surname mentioned alone) joins a full-name person
//     only when the same article names the full name too: the extractor
//     has then made the surname an alias of the full name, and the full
//     name resolves. Across documents a surname alone never joins a
//     full-name person, neither by its surname nor by a surname alias that
//     another document gave it, since a surname is shared by many. It
//     matches only the one stored person whose name (or an alias of a
//     single-word name) is that word, else it is a person of its own,
//     which the review queue of duplicates (package dedupe) proposes
//     beside the full names that end with it (NAME_EXTENDS): ingestion
//     proposes, an editor decides.
//
// Bodies:
//   - A body's key drops the words of placeKinds («استان», «شهرستان»)
//     and anything in parentheses, so «اداره کل ورزش و جوانان
//     یزد» and «... استان یزد» are one body, and «قرارگاه سازندگی
//     (خاتم)» is «قرارگاه سازندگی»; a body and its city branches keep apart
//     because their place names differ.
//   - The new body's name matches an existing name or alias, and its aliases
//     match existing names. Aliases do not match aliases: short aliases
//     («شورای کانون») are generic across documents.
//   - Two or more candidates leave the body a node of its own.

// placeKinds are the words that name a kind of place before a place name,
// with the kind of place they name. They are left out of a body's key.
var placeKinds = map[string]string{
	"استان":   peyvand.PlaceProvince,
	"شهرستان": peyvand.PlaceCity,
}

// personKey is the identity key of a person's name.
func personKey(name string) string { return persian.NameKey(name) }

// isFullName reports whether name, honorifics dropped, has two words or more.
// A word joined by the non-joiner (رستمی‌فر) is one word.
func isFullName(name string) bool {
	bare, _ := persian.SplitTitles(name)
	return len(strings.Fields(bare)) >= 2
}

// surnameKey is the key of the last word of a full name, or "" for a single
// word.
func surnameKey(name string) string {
	bare, _ := persian.SplitTitles(name)
	f := strings.Fields(bare)
	if len(f) < 2 {
		return ""
	}
	return persian.Squash(f[len(f)-1])
}

// orgKey is the identity key of a body's name: parenthesized parts and the
// words of placeKinds dropped, then persian.Squash.
func orgKey(name string) string {
	s := persian.Normalize(name)
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			depth++
			continue
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
			b.WriteRune(' ')
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	words := strings.Fields(b.String())
	kept := words[:0]
	for _, w := range words {
		if _, ok := placeKinds[w]; !ok {
			kept = append(kept, w)
		}
	}
	return persian.Squash(strings.Join(kept, " "))
}

// keySet maps a key to the IDs of the nodes it names.
type keySet map[string][]string

func (k keySet) add(key, id string) {
	if key == "" || slices.Contains(k[key], id) {
		return
	}
	k[key] = append(k[key], id)
}

func (k keySet) remove(key, id string) {
	ids := slices.DeleteFunc(k[key], func(x string) bool { return x == id })
	if len(ids) == 0 {
		delete(k, key)
	} else {
		k[key] = ids
	}
}

// index is what the resolver knows of the stored persons and bodies.
type index struct {
	loaded bool
	known  map[string]bool
	// names holds each indexed node's names, so that forget can take them
	// out again.
	names map[string]*indexed

	personName, personAlias keySet
	orgName, orgAlias       keySet
	// fullName holds the IDs of persons whose name has two words or more.
	fullName map[string]bool
}

// indexed is what the index holds of one node.
type indexed struct {
	typ     peyvand.EntityType
	name    []string
	aliases []string
}

func newIndex() *index {
	return &index{
		known: map[string]bool{}, names: map[string]*indexed{}, fullName: map[string]bool{},
		personName: keySet{}, personAlias: keySet{},
		orgName: keySet{}, orgAlias: keySet{},
	}
}

// lister lists stored nodes (peyvand.Store.Find).
type lister interface {
	Find(ctx context.Context, q peyvand.Query) (*peyvand.Page, error)
}

// load reads every stored person and body, a page at a time.
func (x *index) load(ctx context.Context, s lister) error {
	const pageSize = 1000
	for _, t := range []peyvand.EntityType{peyvand.TypePerson, peyvand.TypeOrganization} {
		for off := 0; ; {
			p, err := s.Find(ctx, peyvand.Query{Types: []peyvand.EntityType{t}, Sort: peyvand.SortName, Offset: off, Limit: pageSize})
			if err != nil {
				return fmt.Errorf("load %s names: %w", t, err)
			}
			for _, h := range p.Hits {
				x.add(h.Node)
			}
			off += len(p.Hits)
			if len(p.Hits) == 0 || off >= p.Total {
				break
			}
		}
	}
	x.loaded = true
	return nil
}

// add records a stored node's names.
func (x *index) add(n *peyvand.Node) {
	if n == nil || n.MergedInto != "" || (n.Type != peyvand.TypePerson && n.Type != peyvand.TypeOrganization) {
		return
	}
	x.known[n.ID] = true
	in := x.names[n.ID]
	if in == nil {
		in = &indexed{typ: n.Type}
		x.names[n.ID] = in
	}
	in.name = appendNew(in.name, n.Name)
	for _, a := range n.Aliases {
		in.aliases = appendNew(in.aliases, a)
	}
	x.keys(n.ID, in, keySet.add)
	if n.Type == peyvand.TypePerson && slices.ContainsFunc(in.name, isFullName) {
		x.fullName[n.ID] = true
	}
}

// forget takes node id's names out of the index.
func (x *index) forget(id string) {
	if in := x.names[id]; in != nil {
		x.keys(id, in, keySet.remove)
		delete(x.names, id)
	}
	delete(x.known, id)
	delete(x.fullName, id)
}

// keys calls f with each key set and key the names of node id belong to.
func (x *index) keys(id string, in *indexed, f func(k keySet, key, id string)) {
	switch in.typ {
	case peyvand.TypePerson:
		for _, n := range in.name {
			f(x.personName, personKey(n), id)
		}
		for _, a := range in.aliases {
			f(x.personAlias, personKey(a), id)
		}
	case peyvand.TypeOrganization:
		for _, n := range in.name {
			f(x.orgName, orgKey(n), id)
		}
		for _, a := range in.aliases {
			f(x.orgAlias, orgKey(a), id)
		}
	}
}

// resolvePerson returns the ID of the person called name (with aliases):
// a stored person's ID when the rules above match one, else the name's own
// ID.
func (x *index) resolvePerson(name string, aliases []string) string {
	key := personKey(name)
	own := peyvand.NewID(peyvand.TypePerson, key)
	if x.known[own] {
		return own
	}
	var cands []string
	if isFullName(name) {
		cands = union(x.personName[key], x.personAlias[key])
		for _, a := range aliases {
			if isFullName(a) {
				cands = union(cands, x.personName[personKey(a)])
			}
		}
	} else {
		cands = x.personName[key]
		for _, id := range x.personAlias[key] {
			if !x.fullName[id] {
				cands = union(cands, []string{id})
			}
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return own
}

// resolveOrg returns the ID of the body called name (with aliases).
func (x *index) resolveOrg(name string, aliases []string) string {
	key := orgKey(name)
	own := peyvand.NewID(peyvand.TypeOrganization, key)
	if x.known[own] {
		return own
	}
	cands := union(x.orgName[key], x.orgAlias[key])
	for _, a := range aliases {
		// A generic alias («فرمانداری» beside «فرمانداری شهرستان X») names
		// a body of every place, so it ties the body to no stored one.
		if isGenericBody(a) {
			continue
		}
		cands = union(cands, x.orgName[orgKey(a)])
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return own
}

// union returns the IDs of a and b, each once.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, id := range b {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// Generic bodies. Some names are not one body but one in every county,
// city or province («فرمانداری», «شورای اسلامی شهر», «اداره کل ورزش و
// جوانان»), or one in every organization («شورای مرکزی», «روابط عمومی»).
// Such a name, once its key drops the place words, never matches a stored
// body by name. Its ID is scoped instead: by the place the document gives
// the body, else by its parent body, else by the document itself, so that
// «فرمانداری» of one county and of another stay two bodies, and two
// mentions without a place become a duplicate candidate for an editor
// rather than a guess.

// genericBodies are names of bodies that exist once per place or once per
// organization.
var genericBodies = []string{
	"فرمانداری", "فرمانداری ویژه", "شهرداری", "بخشداری", "دهیاری", "استانداری",
	"شورای شهر", "شورای اسلامی شهر", "شورای روستا", "شورای اسلامی روستا", "شورای اسلامی بخش",
	"شورای تأمین", "شورای اداری", "شورای برنامه‌ریزی و توسعه", "شورای آموزش و پرورش",
	"دادگستری", "دادسرا", "دادستانی", "دادسرای عمومی و انقلاب", "شبکه بهداشت", "شبکه بهداشت و درمان",
	"مرکز بهداشت", "ستاد نماز جمعه", "ستاد اقامه نماز", "بنیاد مسکن", "کمیته امداد",
	"شورای مرکزی", "هیئت مدیره", "هیئت امنا", "هیئت رئیسه", "مجمع عمومی", "روابط عمومی",
	"حراست", "دبیرخانه", "شورای کانون",
}

// genericDepartments are what a provincial or county office is an office
// of: each is generic alone, after «اداره» and after «اداره کل».
var genericDepartments = []string{
	"ورزش و جوانان", "آموزش و پرورش", "بهزیستی", "تعاون، کار و رفاه اجتماعی", "کار",
	"فرهنگ و ارشاد اسلامی", "ارشاد", "میراث فرهنگی، صنایع دستی و گردشگری", "میراث فرهنگی",
	"منابع طبیعی", "منابع طبیعی و آبخیزداری", "جهاد کشاورزی", "راه و شهرسازی", "تبلیغات اسلامی",
	"ثبت اسناد و املاک", "ثبت احوال", "امور مالیاتی", "حفاظت محیط زیست", "محیط زیست",
	"صنعت، معدن و تجارت", "دامپزشکی", "اوقاف و امور خیریه", "امور اقتصادی و دارایی",
	"استاندارد", "پست", "برق", "گاز", "آب و فاضلاب",
}

// genericKeys holds the orgKey of every generic name.
var genericKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range genericBodies {
		m[orgKey(n)] = true
	}
	for _, d := range genericDepartments {
		for _, head := range []string{"", "اداره ", "اداره کل "} {
			m[orgKey(head+d)] = true
		}
	}
	return m
}()

// isGenericBody reports whether name, place words dropped, names a body
// of every place or every organization.
func isGenericBody(name string) bool { return genericKeys[orgKey(name)] }

// resolveOrgIn returns the ID of the body called name (with aliases) in
// doc, whose articles are stored as srcIDs: for a generic name, the ID
// scoped by the body's place, parent or document (see genericBodies);
// for any other, resolveOrg.
func (x *index) resolveOrgIn(doc *extract.Document, srcIDs []string, name string, aliases []string) string {
	if !isGenericBody(name) {
		return x.resolveOrg(name, aliases)
	}
	key := orgKey(name)
	scope := "doc:" + strings.Join(srcIDs, ",")
	for _, o := range doc.Organizations {
		if orgKey(o.Name) != key {
			continue
		}
		switch {
		case o.Place != "":
			scope = "place:" + persian.NameKey(o.Place)
		case o.Parent != "" && !isGenericBody(o.Parent):
			scope = "parent:" + x.resolveOrg(o.Parent, nil)
		}
		break
	}
	return peyvand.NewID(peyvand.TypeOrganization, key+"@"+scope)
}
