package ingest

import (
	"context"
	"slices"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/dedupe"
	"github.com/peyvand/peyvand/extract"
)

func storedIndex() *index {
	x := newIndex()
	for _, n := range []*peyvand.Node{
		{ID: "per_sepehrinia", Type: peyvand.TypePerson, Name: "مازیار سپهری‌نیا", Aliases: []string{"سپهری‌نیا"}},
		{ID: "per_ali_bigdeli", Type: peyvand.TypePerson, Name: "علی بیگدلی"},
		{ID: "per_hasan_bigdeli", Type: peyvand.TypePerson, Name: "حسن بیگدلی"},
		{ID: "per_pakzad", Type: peyvand.TypePerson, Name: "جمشید پاکزاد"},
		{ID: "per_sadrinejad", Type: peyvand.TypePerson, Name: "محمد جواد صدری نژاد"},
		{ID: "per_merged", Type: peyvand.TypePerson, Name: "رضا رضایی", MergedInto: "per_other"},
		{ID: "org_hormozgan", Type: peyvand.TypeOrganization, Name: "سازمان بسیج مهندسین صنعت و معدن سپاه حضرت قائم (عج) استان هرمزگان",
			Aliases: []string{"سازمان بسیج مهندسین صنعت و معدن هرمزگان"}},
		{ID: "org_minab", Type: peyvand.TypeOrganization, Name: "کانون بسیج مهندسین صنعت و معدن شهرستان میناب"},
		{ID: "org_minab_council", Type: peyvand.TypeOrganization, Name: "شورای کانون بسیج مهندسین صنعت و معدن میناب", Aliases: []string{"شورای کانون"}},
		{ID: "org_bastak_council", Type: peyvand.TypeOrganization, Name: "شورای کانون بسیج مهندسین صنعت و معدن بستک", Aliases: []string{"شورای کانون"}},
	} {
		x.add(n)
	}
	return x
}

func TestResolvePerson(t *testing.T) {
	x := storedIndex()
	own := func(name string) string { return peyvand.NewID(peyvand.TypePerson, personKey(name)) }
	tests := []struct {
		name    string
		aliases []string
		want    string
	}{
		{"مازیار سپهری‌نیا", nil, "per_sepehrinia"},
		{"مازيار سپهري نيا", nil, "per_sepehrinia"},             // Arabic letters, a space for the non-joiner
		{"سپهری‌نیا", nil, own("سپهری‌نیا")},                    // another document's surname alias ties nothing here
		{"پاکزاد", nil, own("پاکزاد")},                          // the one person of that surname is only a candidate
		{"بیگدلی", nil, own("بیگدلی")},                          // two persons of that surname
		{"رضا سپهری‌نیا", nil, own("رضا سپهری‌نیا")},            // another given name is another person
		{"محمدجواد صدری‌نژاد", nil, "per_sadrinejad"},           // spacing differs
		{"جواد صدری", []string{"جمشید پاکزاد"}, "per_pakzad"},   // a full-name alias matches a stored name
		{"رضایی", nil, own("رضایی")},                            // merged nodes are not candidates
		{"علی", nil, own("علی")},                                // a given name alone is no surname
		{"حسن بیگدلی", []string{"بیگدلی"}, "per_hasan_bigdeli"}, // a surname alias does not make it ambiguous
		{"مهدی بیگدلی", nil, own("مهدی بیگدلی")},                // full names never match by surname
		{"سپهری", nil, own("سپهری")},                            // part of a joined surname is not the surname
	}
	for _, tt := range tests {
		if got := x.resolvePerson(tt.name, tt.aliases); got != tt.want {
			t.Errorf("resolvePerson(%q, %q) = %s, want %s", tt.name, tt.aliases, got, tt.want)
		}
	}
}

func TestResolvePersonPrefersOwnID(t *testing.T) {
	x := storedIndex()
	own := peyvand.NewID(peyvand.TypePerson, personKey("بیگدلی"))
	x.add(&peyvand.Node{ID: own, Type: peyvand.TypePerson, Name: "بیگدلی"})
	if got := x.resolvePerson("بیگدلی", nil); got != own {
		t.Errorf("a stored surname-only person is not found again: got %s", got)
	}
}

func TestResolveOrg(t *testing.T) {
	x := storedIndex()
	own := func(name string) string { return peyvand.NewID(peyvand.TypeOrganization, orgKey(name)) }
	tests := []struct {
		name    string
		aliases []string
		want    string
	}{
		{"سازمان بسیج مهندسین صنعت و معدن استان هرمزگان", nil, "org_hormozgan"},                // «استان» does not count
		{"سازمان بسیج مهندسین صنعت و معدن سپاه حضرت قائم استان هرمزگان", nil, "org_hormozgan"}, // nor «(عج)»
		{"کانون بسیج مهندسین صنعت و معدن میناب", nil, "org_minab"},                             // nor «شهرستان»
		{"کانون بسیج مهندسین صنعت و معدن جاسک", nil, own("کانون بسیج مهندسین صنعت و معدن جاسک")},
		{"سازمان بسیج مهندسین صنعت و معدن", nil, own("سازمان بسیج مهندسین صنعت و معدن")},
		{"شورای کانون", nil, own("شورای کانون")},                               // the alias of two councils
		{"شورای کانون بسیج", []string{"شورای کانون"}, own("شورای کانون بسیج")}, // aliases never match aliases
		{"کانون میناب", []string{"کانون بسیج مهندسین صنعت و معدن میناب"}, "org_minab"},
	}
	for _, tt := range tests {
		if got := x.resolveOrg(tt.name, tt.aliases); got != tt.want {
			t.Errorf("resolveOrg(%q, %q) = %s, want %s", tt.name, tt.aliases, got, tt.want)
		}
	}
}

func TestOrgKey(t *testing.T) {
	same := [][2]string{
		{"سازمان بسیج مهندسین صنعت و معدن هرمزگان", "سازمان بسیج مهندسین صنعت و معدن استان هرمزگان"},
		{"کانون بسیج مهندسین شهرستان بستک", "كانون بسيج مهندسين بستك"},
		{"سپاه حضرت قائم (عج)", "سپاه حضرت قائم"},
	}
	for _, p := range same {
		if orgKey(p[0]) != orgKey(p[1]) {
			t.Errorf("orgKey(%q) = %q, orgKey(%q) = %q; want equal", p[0], orgKey(p[0]), p[1], orgKey(p[1]))
		}
	}
	apart := [][2]string{
		{"سازمان بسیج مهندسین صنعت و معدن هرمزگان", "سازمان بسیج مهندسین صنعت و معدن میناب"},
		{"شورای اسلامی شهر رودهن", "شورای اسلامی رودهن"},
		{"استانداری گلستان", "گلستان"},
	}
	for _, p := range apart {
		if orgKey(p[0]) == orgKey(p[1]) {
			t.Errorf("orgKey(%q) == orgKey(%q) = %q; want different", p[0], p[1], orgKey(p[0]))
		}
	}
}

func TestGenericBodiesStayApartAcrossDocuments(t *testing.T) {
	s := openStore(t)
	in := New(s, nil)
	// govID ingests a made-up document naming «name» (in place, under
	// parent) and returns the ID the body got.
	govID := func(file, name, place, parent string) string {
		t.Helper()
		orgs := []extract.Organization{{Name: name, Place: place, Parent: parent}}
		if parent != "" {
			orgs = append(orgs, extract.Organization{Name: parent})
		}
		return ingestOrgs(t, s, in, file, orgs...)
	}
	a1 := govID("a1", "فرمانداری", "شهر الف", "")
	b := govID("b", "فرمانداری شهرستان", "شهر ب", "")
	a2 := govID("a2", "فرمانداری", "شهر الف", "")
	none1 := govID("n1", "فرمانداری", "", "")
	none2 := govID("n2", "فرمانداری", "", "")
	again := govID("n1", "فرمانداری", "", "")
	if a1 != a2 || a1 == b {
		t.Errorf("one county's governorate %s %s, another's %s: want the same place to join and another to stay apart", a1, a2, b)
	}
	if none1 == none2 || none1 == a1 || none2 == a1 {
		t.Errorf("governorates without a place %s %s joined each other or %s", none1, none2, a1)
	}
	if again != none1 {
		t.Errorf("re-ingesting a document moved its body from %s to %s", none1, again)
	}
	// A council of a named body belongs to that body.
	c1 := govID("c1", "شورای مرکزی", "", "انجمن ساختگی نخست")
	c2 := govID("c2", "شورای مرکزی", "", "انجمن ساختگی دوم")
	c3 := govID("c3", "شورای مرکزی", "", "انجمن ساختگی نخست")
	if c1 == c2 || c1 != c3 {
		t.Errorf("central councils %s %s %s: want the first and third one, the second apart", c1, c2, c3)
	}
	// A name that is not generic still resolves across documents.
	if x, y := govID("s1", "انجمن ساختگی سوم", "", ""), govID("s2", "انجمن ساختگی سوم", "شهر الف", ""); x != y {
		t.Errorf("a named body split: %s, %s", x, y)
	}
	if !isGenericBody("اداره کل ورزش و جوانان استان") || isGenericBody("اداره کل ورزش و جوانان گیلان") {
		t.Error("isGenericBody: a department without a place is generic, with one it is not")
	}
}

// TestGenericAliasJoinsNoBody: a body named with its place and known in its
// document by the generic word alone does not join another place's body
// through that word.
func TestGenericAliasJoinsNoBody(t *testing.T) {
	s := openStore(t)
	in := New(s, nil)
	other := ingestOrgs(t, s, in, "a", extract.Organization{Name: "فرمانداری", Place: "شهر الف"})
	named := ingestOrgs(t, s, in, "b", extract.Organization{Name: "فرمانداری شهرستان ساختگی", Aliases: []string{"فرمانداری"}})
	if named == other {
		t.Errorf("«فرمانداری شهرستان ساختگی» joined another place's governorate %s through its generic alias", other)
	}
}

// ingestOrgs ingests a made-up document naming the bodies orgs and returns
// the ID the first of them got.
func ingestOrgs(t *testing.T, s peyvand.Store, in *Ingester, file string, orgs ...extract.Organization) string {
	t.Helper()
	ctx := context.Background()
	text := "مراسمی در " + orgs[0].Name + " برگزار شد."
	doc := &extract.Document{File: file, Articles: []extract.SourceInfo{{Title: file, URL: "https://example.org/" + file, Text: text}},
		Organizations: orgs}
	res, err := in.Document(ctx, doc)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	nodes, err := s.Nodes(ctx, res.NodeIDs)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		if n != nil && n.Type == peyvand.TypeOrganization && orgKey(n.Name) == orgKey(orgs[0].Name) {
			return n.ID
		}
	}
	t.Fatalf("%s: no body «%s» among %v", file, orgs[0].Name, res.NodeIDs)
	return ""
}

// TestSurnameAloneIsProposedNotGuessed ingests made-up documents: a full
// name with its surname in one document is one person; the surname alone
// in another document is a person of its own, listed by the review queue
// beside the full name; a third document naming both ties its surname to
// the full name again.
func TestSurnameAloneIsProposedNotGuessed(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	in := New(s, nil)
	doc := func(file string, persons ...extract.Person) *Result {
		t.Helper()
		r, err := in.Document(ctx, &extract.Document{File: file, Persons: persons})
		if err != nil {
			t.Fatalf("ingest %s: %v", file, err)
		}
		return r
	}
	const full, surname = "پرویز نمونه‌زاده", "نمونه‌زاده"
	doc("tied.txt", extract.Person{Name: full, Aliases: []string{surname}})
	fullID := nodeNamed(t, s, peyvand.TypePerson, full).ID
	alone := doc("alone.txt", extract.Person{Name: surname})
	aloneID := peyvand.NewID(peyvand.TypePerson, personKey(surname))
	if aloneID == fullID || !slices.Contains(alone.NodeIDs, aloneID) || slices.Contains(alone.NodeIDs, fullID) {
		t.Fatalf("the surname alone resolved to %q, want its own %s apart from %s", alone.NodeIDs, aloneID, fullID)
	}
	page, err := dedupe.New(s).Candidates(ctx, peyvand.TypePerson, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range page.Pairs {
		if ids := []string{p.A.Node.ID, p.B.Node.ID}; slices.Contains(ids, fullID) && slices.Contains(ids, aloneID) {
			found = slices.Contains(p.Reasons, dedupe.NameExtends)
		}
	}
	if !found {
		t.Errorf("the review queue does not propose the surname beside the full name: %+v", page.Pairs)
	}
	both := doc("both.txt", extract.Person{Name: full, Aliases: []string{surname}})
	if !slices.Contains(both.NodeIDs, fullID) || slices.Contains(both.NodeIDs, aloneID) {
		t.Errorf("a document naming the full name with its surname resolved to %q, want %s", both.NodeIDs, fullID)
	}
}
