package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/peyvand/peyvand/persian"
)

// analysis holds what the rules find in one article.
type analysis struct {
	idx       int
	art       Article
	body      string
	runes     []rune
	toks      []token
	sents     []persian.Span
	year      int       // Solar Hijri year for dates written without one
	published time.Time // zero when the article has no date
	province  string    // the article's main province, or the file's
	city      string    // the article's main city, or the file's

	cache     *fileCache
	titleMemo []int  // titleAt by token, -1 until computed
	nameMemo  []int8 // isNameWord by token: 0 unknown, 1 yes, 2 no
	// sentTok[s] is the first token of sentence s; sentTok[len(sents)]
	// is len(toks).
	sentTok    []int
	placeSpans []placeSpan // the provinces and cities named, in order
	// townWords are the words the article gives as a town no list holds
	// (its dateline's place, a word after two kinds of local office or
	// place word), built when first asked (townPlace).
	townWords map[string]bool
	// dates holds datesIn by sentence once a.year is settled.
	dates map[int][]persian.DateMatch
	// roleMemo holds roleAt by token once the persons are found, as
	// roles depend on them: nil until then.
	roleMemo []*roleMemoEntry
	// r17bPostScan marks r17bSentencePostBody at work, which reads the
	// posts before one being read and must not start again inside them.
	r17bPostScan bool
	// shortHeads indexes the bodies with a head of two or more words by
	// that head's first word and their place, for shortHeadBody: indices
	// into orgs, built for the first shortHeadsN of them (rebuilt when
	// bodies were added since); nil until first used.
	shortHeads  map[string]int
	shortHeadsN int

	// quoted marks the tokens of reported speech (after «X گفت:»), made
	// by quotedTokens when events need it.
	quoted []bool
	// lead is leadSentences once computed, else 0.
	lead int
	// r25eSpaced is 1 once the text is found to type no non-joiner at all
	// (r25eSpacedPage), 2 once found to type one, 0 until asked.
	r25eSpaced int8

	orgCover    []bool
	projCover   []bool
	personCover []bool

	orgs    []orgMention
	heads   *headIndex // the bodies by head noun, for recentOrgWithHead
	persons []personMention
	roles   []roleRef
	affs    []affMention
	// pastPosts are posts told as held before the report («X که ...
	// ریاست BODY را بر عهده داشت»): no affiliation, but a predecessor.
	pastPosts []affMention
	events    []eventMention
	apps      []appMention
	projects  []projectMention
	// standIns are the posts of those who stand in for a head («X به
	// نمایندگی از وزیر Y»): no affiliation, but an event's «نماینده وزیر Y».
	standIns []affMention

	// warnings are doubts about the text found on the way (a weekday
	// that does not fit its date).
	warnings []string

	// rejected collects the candidates rules turned down, when explaining;
	// nil otherwise.
	rejected *[]Note
}

func persianKey(s string) string { return persian.Squash(s) }

func newAnalysis(idx int, art Article) *analysis {
	a := &analysis{idx: idx, art: art, body: art.Text(), cache: newFileCache()}
	a.runes = []rune(a.body)
	a.toks, a.sents = tokenize(a.body)
	a.sentTok = make([]int, len(a.sents)+1)
	for i, s := len(a.toks)-1, len(a.sents); s >= 0; s-- {
		for i >= 0 && a.toks[i].sent >= s {
			i--
		}
		a.sentTok[s] = i + 1
	}
	for i := 0; i < len(a.toks); i++ {
		if n, prov := placeAt(a.toks, i); n > 0 {
			a.placeSpans = append(a.placeSpans, placeSpan{start: i, end: i + n, name: a.text(i, i+n), province: prov})
			i += n - 1
		}
	}
	a.orgCover = make([]bool, len(a.toks))
	a.projCover = make([]bool, len(a.toks))
	a.personCover = make([]bool, len(a.toks))
	a.titleMemo = make([]int, len(a.toks))
	for i := range a.titleMemo {
		a.titleMemo[i] = -1
	}
	if art.Published != "" {
		if t, err := time.Parse(time.DateOnly, art.Published); err == nil {
			a.published = t
			a.year, _, _ = persian.ToSolarHijri(t)
		}
	} else if d := articleDateline(&art); d != nil {
		if t, err := d.Time(); err == nil {
			a.published = t
			a.year, _, _ = persian.ToSolarHijri(t)
		}
	}
	return a
}

// text returns the article's text from token i to token j (exclusive).
func (a *analysis) text(i, j int) string {
	if i >= j || j > len(a.toks) {
		return ""
	}
	return string(a.runes[a.toks[i].start:a.toks[j-1].end])
}

func (a *analysis) covered(i int) bool { return a.orgCover[i] || a.projCover[i] }

// fileCache holds what the articles of one file share: the answers of
// persian.IsTitle by phrase.
type fileCache struct {
	isTitle map[string]bool
	// mastheads are the outlets named on the page's own lines of its
	// outlet, which segmenting drops (mastheadOutlets).
	mastheads []string
	// arts are the file's articles in order, once all are made.
	arts []*analysis
}

func newFileCache() *fileCache { return &fileCache{isTitle: map[string]bool{}} }

// isTitleWord is persian.IsTitle, remembered.
func (c *fileCache) isTitleWord(w string) bool {
	v, ok := c.isTitle[w]
	if !ok {
		v = persian.IsTitle(w)
		c.isTitle[w] = v
	}
	return v
}

// placeSpan is a province or city named in an article.
type placeSpan struct {
	start, end int
	name       string
	province   bool
}

// sentRange returns the tokens of sentence s: from i to j (exclusive).
func (a *analysis) sentRange(s int) (i, j int) {
	if s < 0 || s >= len(a.sents) {
		return 0, 0
	}
	return a.sentTok[s], a.sentTok[s+1]
}

// places finds the article's main province and city: the ones named most,
// and at least twice.
func (a *analysis) places() (province, city string) {
	pc, cc := a.placeCounts()
	return sureMostCommon(pc), sureMostCommon(cc)
}

// anyPlaces is places without the at-least-twice condition.
func (a *analysis) anyPlaces() (province, city string) {
	pc, cc := a.placeCounts()
	return mostCommon(pc), mostCommon(cc)
}

func (a *analysis) placeCounts() (map[string]int, map[string]int) {
	pc, cc := map[string]int{}, map[string]int{}
	for _, p := range a.placeSpans {
		if p.province {
			pc[p.name]++
		} else {
			cc[p.name]++
		}
	}
	return pc, cc
}

// sureMostCommon is mostCommon when the winner is named at least twice.
func sureMostCommon(m map[string]int) string {
	best := mostCommon(m)
	if m[best] < 2 {
		return ""
	}
	return best
}

func mostCommon(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// yearHint returns the first explicit Solar Hijri year of the article's
// dates, or 0.
func (a *analysis) yearHint() int {
	for s, sp := range a.sents {
		if !a.mayHoldDate(s) {
			continue
		}
		for _, d := range persian.FindDates(sp.Text, 0) {
			if y, err := strconv.Atoi(strings.SplitN(d.SolarHijri, "-", 2)[0]); err == nil && y > 0 {
				return y
			}
		}
	}
	return 0
}

// mayHoldDate reports whether sentence s has a word every date the date
// reader knows needs: a number written in digits, a month name, «سال»
// before a year, or a named period. Sentences without one are not read.
func (a *analysis) mayHoldDate(s int) bool {
	i, j := a.sentRange(s)
	for ; i < j; i++ {
		t := a.toks[i]
		if t.punct {
			continue
		}
		if t.digit || dateCues.has(t.key) || dateCues.has(strings.TrimSuffix(t.key, keyMonth)) {
			return true
		}
	}
	return false
}

// run applies the rules in order: bodies and projects first, so that
// persons named inside them (دبیرخانه شهید چمران) are not taken as persons.
func (a *analysis) run() {
	a.findNames()
	a.findSurnames(articleSurnames(a))
	a.findRelations()
}

// findNames finds the bodies, projects and persons named in full.
func (a *analysis) findNames() {
	a.findOrgs()
	a.r21cSeatAfterDash()
	a.r21cDashedAdjectives()
	a.r22cBrandAfterPlace()
	a.r22cBasijOfCorps()
	a.r22cLocalOfficeBeforeObject()
	a.r23cDropCrumbSteps()
	a.r23cBareHeadOfPlace()
	a.r23cMastheadOutlets()
	a.r24cBodiesPass()
	a.r25cBodiesPass()
	a.findProjects()
	a.nameMemo = make([]int8, len(a.toks))
	a.findPersons()
	a.r22cDropOutletNames()
	a.r23cDropBodyNames()
}

// findRelations finds what the named ones do: posts, events,
// appointments.
func (a *analysis) findRelations() {
	a.roleMemo = make([]*roleMemoEntry, len(a.toks))
	a.heads = nil // persons may have lengthened a body's name since
	a.findAffiliations()
	a.findEvents()
	a.findBodyEvents()
	a.r24dTwoDaysOneVerb()
	a.r26dBackToPresenceLead()
	a.findAppointments()
	a.dropSpeakersAppointedElsewhere()
	a.r25fDropDepartmentTwins()
	a.addInferredOrgs()
}

// nameBranchManagements names «شعب بانک X استان Y» after «مدیر» («مدیر
// (جدید/پیشین) شعب بانک X استان Y») by the body the manager heads,
// «مدیریت شعب بانک X استان Y», as the post's body is named (roleAt), and
// «فرماندهی سپاه X» by the unit commanded.
func (a *analysis) nameBranchManagements() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start == 0 || firstWordKey(o.name) != keyBranches {
			continue
		}
		k := o.start - 1
		if k > 0 && (ts[k].key == keyNew || formerWords[ts[k].key]) {
			k--
		}
		if ts[k].key == keyManager && ts[k].sent == ts[o.start].sent {
			o.name = managementOf + " " + o.name
		}
	}
	// «در فرماندهی سپاه X» (the command of a unit that is a body of its
	// own, as a post held) names the unit, «سپاه X».
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start == 0 || ts[o.start-1].key != keyIn {
			continue
		}
		if w := persian.Words(o.name); len(w) > 2 && persianKey(w[0]) == keyCommand && commandBodies[persianKey(w[1])] {
			o.name = strings.TrimSpace(strings.TrimPrefix(o.name, w[0]))
			o.head = w[1]
		}
	}
}

// addInferredOrgs lists the bodies named only through a role
// («فرماندار شهرستان دماوند» → فرمانداری شهرستان دماوند) as bodies too.
func (a *analysis) addInferredOrgs() {
	a.nameBranchManagements()
	a.addFieldManagements()
	known := map[string]bool{}
	for _, o := range a.orgs {
		known[persianKey(o.name)] = true
	}
	add := func(r roleRef) {
		k := persianKey(r.org)
		if r.org == "" || known[k] || r18bEndsWithAnd(r.org) || r23cCommandOfPlaceOnly(r.org, r.orgPlace) {
			return
		}
		known[k] = true
		head := ""
		if w := persian.Words(r.org); len(w) > 0 {
			head = w[0]
		}
		a.orgs = append(a.orgs, orgMention{start: r.start, end: r.next, name: r.org, head: head, place: r.orgPlace})
	}
	for _, af := range a.affs {
		add(af.role)
	}
	for _, ap := range a.apps {
		add(ap.role)
	}
	// «به گفته مشاور وزیر نفت»، «معاون وزیر کشور و استاندار یزد»: a
	// post that heads a body names that body with no holder named.
	ts := a.toks
	for k := 0; k < len(ts); k++ {
		if ts[k].punct || a.covered(k) || a.personCover[k] || k > 0 && isDeterminer(ts[k-1].key) && !afterFromThis(ts, k) {
			continue
		}
		n, _ := roleWords.at(ts, k)
		if n == 0 {
			continue
		}
		if r, ok := a.roleAt(k); ok && r.org != "" && a.headsInferredBody(r) {
			add(r)
			k = max(k, r.next-1)
		}
	}
}

// afterFromThis reports «از این» right before token k, as in «پیش از
// این مدیرکل X بود» (formerly): there «این» points to no post.
func afterFromThis(ts []token, k int) bool {
	return k > 1 && ts[k-1].key == keyThis && ts[k-2].key == keyFrom
}

// headsInferredBody reports a role phrase holding a post that heads a
// body of its own (وزیر، استاندار، مدیرکل) and naming that body whole in
// words after it: a ministry, or an office with its place. A bare office
// («مدیرکل آموزش و پرورش») is a short form of one named in full, and
// «مدیر X» names no «مدیریت X» by itself, unless «مدیریت X» is under a
// listed head (listedManagementHead); the body it is read as otherwise (a
// county's «اداره X») it names.
func (a *analysis) headsInferredBody(r roleRef) bool {
	if r.next <= r.start || r25fDepartmentPost(r) {
		return false
	}
	for m := r.start; m < r.next && m < len(a.toks); m++ {
		if n, prefix := roleBodies.at(a.toks, m); n > 0 {
			k := persianKey(prefix)
			if m+n >= r.next || k == keyManagement && firstWordKey(r.org) == keyManagement && !listedManagementHead(r.org) || m == r.start && localOfficePrefixes[k] && !afterFromThis(a.toks, m) && !a.holderBefore(m) {
				return false // «فرماندار X» with no holder named lists no body; «که پیش از این فرماندار X بود» has one
			}
			return r.orgPlace != "" || k == keyMinistry && strings.HasPrefix(persianKey(r.org), keyMinistry)
		}
	}
	return false
}

// holderBefore reports a person named right before the post at m
// («X بخشدار Y»، «X، فرماندار Y»).
func (a *analysis) holderBefore(m int) bool {
	return m > 0 && a.personCover[m-1] || m > 1 && a.toks[m-1].punct && a.toks[m-1].text == "،" && a.personCover[m-2]
}

// localOfficePrefixes are the bodies a local office's head names
// (فرماندار X → فرمانداری X، دادستان X → دادسرای X), from role_bodies.txt
// for the heads of bareListHeads: with no holder named, the post lists
// none.
var localOfficePrefixes = func() map[string]bool {
	m := map[string]bool{}
	for post := range bareListHeads {
		m[persianKey(roleBodies.vals[post])] = true
	}
	return m
}()

// datesIn returns the dates of sentence s with offsets in the article,
// their years settled by settleYear.
func (a *analysis) datesIn(s int) []persian.DateMatch {
	if s < 0 || s >= len(a.sents) {
		return nil
	}
	if ds, ok := a.dates[s]; ok {
		return ds
	}
	if a.dates == nil {
		a.dates = map[int][]persian.DateMatch{}
	}
	if !a.mayHoldDate(s) {
		a.dates[s] = nil
		return nil
	}
	sp := a.sents[s]
	ds := persian.FindDates(sp.Text, a.year)
	ds = dropRankOrdinals(sp.Text, ds)
	for i := range ds {
		d := &ds[i]
		a.settleYear(d, textAfter(sp.Text, d.End))
		d.Start += sp.Start
		d.End += sp.Start
	}
	a.dates[s] = ds
	return ds
}

// leadingWeekday returns the Persian weekday (0 = شنبه) a date's text
// starts with.
func leadingWeekday(s string) (int, bool) {
	w := persian.Words(s)
	for n := 2; n >= 1; n-- {
		if len(w) >= n {
			if wd, ok := weekdayIndex[persian.Squash(strings.Join(w[:n], ""))]; ok {
				return wd, true
			}
		}
	}
	return 0, false
}

// weekdayOf returns the Persian weekday (0 = شنبه) of an ISO date, or -1.
func weekdayOf(iso string) int {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return -1
	}
	return (int(t.Weekday()) + 1) % 7
}

// evidence quotes sentence s of the article.
func (a *analysis) evidence(s int) Evidence {
	if s < 0 || s >= len(a.sents) {
		return Evidence{Article: a.idx}
	}
	sp := a.sents[s]
	return Evidence{Article: a.idx, Quote: sp.Text, Start: sp.Start, End: sp.End}
}

// roleLeadsToBody reports whether the role at k names a body.
func (a *analysis) roleLeadsToBody(k int) bool {
	r, ok := a.roleAt(k)
	return ok && r.org != ""
}

// projectMention is a named project, plan or facility.
type projectMention struct {
	start, end int
	name       string
	kind       string
	org        string
	figures    []string
}

// findProjects finds projects by their head words (طرح، پروژه، دستگاه ...)
// with at least one more word, and the body named before them in the
// same sentence.
func (a *analysis) findProjects() {
	ts := a.toks
	for i := 0; i < len(ts); i++ {
		if a.orgCover[i] || ts[i].punct {
			continue
		}
		hn, _ := projectHeads.at(ts, i)
		if hn == 0 || i > 0 && isDeterminer(ts[i-1].key) {
			continue
		}
		end, _, _ := a.nameExtent(i + hn)
		if end == i+hn || end-i > 10 {
			continue
		}
		for end > i+hn && ts[end-1].key == keyAnd {
			end--
		}
		p := projectMention{start: i, end: end, name: a.text(i, end), kind: a.text(i, i+hn)}
		s := ts[i].sent
		for k := range a.orgs {
			o := a.orgs[k]
			if ts[o.start].sent == s && o.end <= i+1 && (p.org == "" || o.end-o.start >= 2) {
				p.org = o.name
			}
		}
		for k := i; k < len(ts) && ts[k].sent == s; k++ {
			if ts[k].digit && k+1 < len(ts) && !ts[k+1].punct {
				p.figures = append(p.figures, a.text(k, k+2))
			}
		}
		a.projects = append(a.projects, p)
		for k := i; k < end; k++ {
			a.projCover[k] = true
		}
		i = end - 1
	}
}
