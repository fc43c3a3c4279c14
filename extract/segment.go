package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// Article is one news article of a file, as segmentation finds it.
type Article struct {
	Title     string
	URL       string
	Published string // ISO date from a «date YYYY-MM-DD» marker
	// Kicker is how many of the last Lines were printed above the title:
	// a kicker naming the speaker or the occasion, the site's name, a
	// breadcrumb. They are read after the report, so that the title and
	// the lead stay the article's first lines.
	Kicker int
	kicker []string // the lines above the title, while segmenting
	// Lines are the article's paragraphs, normalized; the title, when there
	// is one, is the first.
	Lines []string
	// photoItems holds the lines that are items of a list of who is in
	// the report's pictures (r26dInPhotoCaption).
	photoItems map[string]bool
}

// Text is the article's text: its paragraphs joined by line breaks.
func (a Article) Text() string { return strings.Join(a.Lines, "\n") }

var (
	dateMarker = regexp.MustCompile(`^date\s+(\d{4}-\d{2}-\d{2})\s*`)
	urlLine    = regexp.MustCompile(`^<?(https?://\S+?)>?$`)
	urlInText  = regexp.MustCompile(`https?://\S+`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
)

// boilerplate lines carry no news: navigation, captions, share links.
var boilerplate = keySet("رفتن به محتوای اصلی", "عکس", "تصویر", "ویدئو", "اشتراک گذاری", "اشتراکگذاری",
	"چاپ", "ارسال به دوستان", "بازگشت", "صفحه اصلی", "نظرات", "کپی لینک", "لینک کوتاه")

// segLine is one cleaned line of a raw page.
type segLine struct {
	text      string
	key       string // squash of text
	published string // a date marker at the line's start
	url       string
	blankPrev bool // an empty line came before it
	bold      bool // the raw line was wrapped in «**»
	item      bool // the raw line opened as a list's item («۱-»، «-»)
}

// Segment splits a raw page into articles. It drops navigation, hashtag
// lines, captions and share links, removes repeated paragraphs, and starts
// a new article at a headline (a short line with no closing mark followed by
// a paragraph), at a «date YYYY-MM-DD» marker, or at a «به گزارش» lead that
// follows a headline.
func Segment(text string) []Article {
	lines := cleanLines(text)
	lines = dropNavigationRuns(lines)
	lines = dropRepeats(lines)
	if len(lines) == 0 {
		return nil
	}
	hasMarkers := false
	for _, l := range lines {
		if l.published != "" {
			hasMarkers = true
			break
		}
	}
	var arts []Article
	var cur *Article
	start := func(title string) {
		arts = append(arts, Article{Title: title})
		cur = &arts[len(arts)-1]
		if title != "" {
			cur.Lines = append(cur.Lines, title)
		}
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.url != "" {
			if cur != nil && cur.URL == "" {
				cur.URL = l.url
			}
			continue
		}
		switch {
		case l.published != "":
			// A headline just before the marker belongs to the new article.
			title := ""
			if cur != nil && len(cur.Lines) == 1 && cur.Published == "" && !endsSentence(cur.Lines[0]) &&
				wordCount(cur.Lines[0]) <= 35 {
				title = cur.Lines[0]
				arts = arts[:len(arts)-1]
			}
			start(title)
			cur.Published = l.published
			if l.text != "" {
				cur.Lines = append(cur.Lines, l.text)
			}
			continue
		case hasMarkers && isMarkedHead(cur) && isHeadline(lines, i):
			// «date ...» over the page's furniture and a kicker, then the
			// title: the title is the article's first line, as it is on a
			// page with no markers. A kicker closed with «؛» or «:» over a
			// headline goes over it.
			if t := strings.TrimSpace(l.text); (strings.HasSuffix(t, "؛") || strings.HasSuffix(t, ":")) && isKicker(t) &&
				i+1 < len(lines) && lines[i+1].published == "" && isHeadline(lines, i+1) {
				cur.Lines = append(cur.Lines, l.text)
				continue
			}
			above, kicker := splitHeader(cur.Lines)
			cur.Title = l.text
			cur.Lines = append([]string{l.text}, above...)
			cur.kicker = kicker
			continue
		case !hasMarkers && isHeadline(lines, i) && r20CVerblessSubheading(lines, i, cur, arts):
			// «ارسک؛ دومین ایستگاه سفر» within a report: a subheading.
		case cur != nil && r26dQuotedAfterColon(lines, i):
			// «متن این پیام به این شرح است:» over «سرکار خانم X ...»: the
			// text quoted, not a new report.
		case cur != nil && r25aPhotoListItem(lines, i):
			// «در تصاویر: ۱- X، R BODY، در حال ...»: a picture's caption.
		case !hasMarkers && isHeadline(lines, i) && isKickerOver(cur, l.text):
			// «در آیین الف مطرح شد» over «رئیس ب: ...»: a kicker and its
			// title, one article.
		case !hasMarkers && isHeadline(lines, i) && isClosedKicker(cur):
			// «در راستای ...؛» taken for a headline over the page's
			// furniture, then the title: the kicker goes over the title.
			above, kicker := splitHeader(cur.Lines)
			arts = arts[:len(arts)-1]
			start(l.text)
			cur.Lines = append(cur.Lines, above...)
			cur.kicker = kicker
			continue
		case !hasMarkers && isHeadline(lines, i):
			// A dateline printed above the title is the new article's; so
			// are a kicker and the page's furniture, kept apart.
			var above, kicker []string
			if cur != nil && cur.Title == "" && onlyHeaderLines(cur.Lines) {
				above, kicker = splitHeader(cur.Lines)
				arts = arts[:len(arts)-1]
			}
			title := l.text
			if n := len(kicker); n > 0 && isStackedHeadline(kicker[n-1], title) {
				// Two headlines, one over the other, each a finished
				// report («کارگاه الف برگزار شد» over «مدرسه ب به
				// بهره‌برداری رسید»): the first is the title, the
				// second is read after the report.
				kicker, title = append(kicker[:n-1:n-1], title), kicker[n-1]
			}
			start(title)
			cur.Lines = append(cur.Lines, above...)
			cur.kicker = kicker
			continue
		case !hasMarkers && cur != nil && l.blankPrev && hasBody(cur) && opensEventReport(l.text) && !hasLead(cur) &&
			!introducesAppointee(cur, l.text) && !isBackRefSubheading(lines, i) && !refersBack(l.text):
			// A report with a «به گزارش» lead goes on: its later paragraph
			// «مراسم معارفه X ... برگزار شد» tells more of the same news;
			// so does one that refers back («مراسم امضای این تفاهم‌نامه
			// ...»).
			start("")
		case cur == nil:
			start("")
		}
		cur.Lines = append(cur.Lines, l.text)
		r26dMarkPhotoItem(cur, lines, i)
	}
	out := arts[:0]
	for _, a := range arts {
		a.Lines, a.Kicker, a.kicker = append(a.Lines, a.kicker...), len(a.kicker), nil
		if len(a.Lines) == 0 || (len(a.Lines) == 1 && a.Title != "" && a.URL == "") && len(arts) > 1 {
			continue
		}
		if a.Title == "" {
			a.Title = leadTitle(a.Lines[0])
		}
		out = append(out, a)
	}
	return out
}

// cleanLines normalizes each line and drops boilerplate.
func cleanLines(text string) []segLine {
	var out []segLine
	blank, skipNext := false, false
	for _, raw := range strings.Split(text, "\n") {
		if isArabicVerse(raw) {
			continue // a verse or prayer quoted in Arabic names no one
		}
		s := persian.Normalize(strings.ReplaceAll(raw, "ڪ", "ک"))
		s = strings.TrimLeft(s, "#*>•·🔹🔸🔻✍️▪◾️-– ")
		s = strings.TrimSpace(strings.ReplaceAll(s, "**", ""))
		if strings.Contains(s, "](") {
			s = mdLink.ReplaceAllString(s, "$1")
		}
		if s == "" {
			blank = true
			continue
		}
		l := segLine{blankPrev: blank, bold: isBoldLine(raw) || r21cMarkedSubhead(raw), item: r25aListItemLine(raw)}
		blank = false
		if m := matchIf(urlLine, s, strings.Contains(s, "http")); m != nil {
			l.url = m[1]
			out = append(out, l)
			continue
		}
		if m := matchIf(dateMarker, s, strings.HasPrefix(s, "date")); m != nil {
			l.published = m[1]
			s = strings.TrimSpace(s[len(m[0]):])
		}
		if strings.HasPrefix(strings.TrimSpace(raw), "#") && !strings.HasPrefix(strings.TrimSpace(raw), "##") {
			continue // a hashtag line
		}
		k := persian.Squash(s)
		if skipNext {
			skipNext = false
			continue // the headline a «بیشتر بخوانید:» links to
		}
		if isRelatedLine(k) {
			skipNext = wordCount(s) <= maxRelatedMarkerWords
			continue
		}
		if boilerplate[k] || isBasmala(s, k) || isCategoryLine(s) || isCounterLine(s) || isOutletLine(s) {
			continue
		}
		l.text, l.key = s, k
		if s == "" && l.published == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

// isArabicVerse reports a line written in vocalized Arabic, as verses and
// prayers are quoted: Quranic annotation marks, or short vowels on at least
// a quarter of its letters (Persian prose marks a word now and then).
func isArabicVerse(raw string) bool {
	letters, vowels := 0, 0
	for _, r := range raw {
		switch {
		case r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6:
			return true // Quranic annotation signs (small high ligatures, pause marks)
		case r >= 0x064B && r <= 0x0652:
			vowels++
		case r >= 0x0621 && r <= 0x064A || r >= 0x067E && r <= 0x06CC:
			letters++
		}
	}
	return vowels >= 4 && vowels*4 >= letters
}

// matchIf is re.FindStringSubmatch(s) when cheap tells that s may match.
func matchIf(re *regexp.Regexp, s string, cheap bool) []string {
	if !cheap {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// isBasmala reports the opening and closing formulas of statements; k is
// the line's key.
func isBasmala(s, k string) bool {
	return strings.HasPrefix(k, keyBasmala) && utf8.RuneCountInString(s) < 40 || strings.HasPrefix(k, keyFarewell)
}

var (
	keyBasmala  = persian.Squash("بسم الله")
	keyFarewell = persian.Squash("والسلام علیکم")
	keyCategory = persian.Squash("دسته بندی")
	keyTag      = persian.Squash("برچسب")
	keyKeywords = persian.Squash("کلیدواژه")
)

// relatedMarkers open the lines that link to other news: «بیشتر
// بخوانید: ...»، «اخبار مرتبط». Their persons are of other reports.
var relatedMarkers = []string{persian.Squash("بیشتر بخوانید"), persian.Squash("اخبار مرتبط"), persian.Squash("مطالب مرتبط"),
	persian.Squash("بخوانید:"), persian.Squash("پیشنهاد ویژه")}

// maxRelatedMarkerWords is how many words a marker alone on its line
// has; the line after it is then the linked headline.
const maxRelatedMarkerWords = 3

// isRelatedLine reports a line, by its key, that links to other news.
func isRelatedLine(k string) bool {
	for _, m := range relatedMarkers {
		if strings.HasPrefix(k, m) {
			return true
		}
	}
	return false
}

// counterLine is a page's counter of views or comments: «تعداد بازدید:
// ۴۵»، «بازدید: ۱۲۰۳»، «۳ نظر».
var counterLine = regexp.MustCompile(`^(تعداد\s*)?(بازدید|نظرات|نظر|دیدگاه|دیدگاه‌ها|امتیاز)\s*[:：]?\s*[0-9۰-۹٠-٩,٬]+$|^[0-9۰-۹٠-٩,٬]+\s*(بازدید|نظر|دیدگاه)$`)

// isCounterLine reports a counter of views or comments, which tells of no
// visit.
func isCounterLine(s string) bool {
	return len(s) < 60 && (strings.Contains(s, "بازدید") || strings.Contains(s, "نظر") || strings.Contains(s, "دیدگاه") ||
		strings.Contains(s, "امتیاز")) && counterLine.MatchString(strings.TrimSpace(s))
}

// isCategoryLine reports «دسته بندی: ...» and similar tag lines.
func isCategoryLine(s string) bool {
	head, _, ok := strings.Cut(s, ":")
	if !ok {
		return false
	}
	k := persian.Squash(head)
	return strings.HasPrefix(k, keyCategory) || strings.HasPrefix(k, keyTag) || strings.HasPrefix(k, keyKeywords)
}

// dropNavigationRuns removes runs of three or more short lines with no
// closing mark: menus, tag clouds and caption lists.
func dropNavigationRuns(lines []segLine) []segLine {
	// A page's dated line («۱۴۰۴/۰۹/۲۴ - ساعت ۱۴:۲۰») among them is its
	// dateline, not a menu.
	short := func(l segLine) bool {
		return l.url == "" && l.published == "" && wordCount(l.text) <= 4 && !endsSentence(l.text) &&
			!(mayHoldDigitDate(l.text) && isDatelineLine(l.text) && fullDate(l.text) != nil)
	}
	keep := make([]bool, len(lines))
	for i := range keep {
		keep[i] = true
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && short(lines[j]) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				keep[k] = false
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	out := lines[:0:0]
	for i, l := range lines {
		if keep[i] {
			out = append(out, l)
		}
	}
	return out
}

// dropRepeats keeps the first copy of each paragraph; pages often repeat
// their teasers.
func dropRepeats(lines []segLine) []segLine {
	seen := map[string]bool{}
	var out []segLine
	for _, l := range lines {
		if l.url != "" || l.published != "" {
			out = append(out, l)
			continue
		}
		k := l.key
		if utf8.RuneCountInString(k) >= 12 && seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, l)
	}
	return out
}

// isHeadline reports whether line i opens an article: a line of 3 to 35
// words with no closing mark, followed by a longer paragraph or a lead.
func isHeadline(lines []segLine, i int) bool {
	s := lines[i].text
	n := wordCount(s)
	if n < 3 || n > 35 || endsSentence(s) && !closedByName(s) || strings.HasPrefix(lines[i].key, keyReport) && !strings.HasPrefix(lines[i].key, keyAReport) || isDatelineLine(s) || isServiceLine(s) {
		return false
	}
	if i+1 >= len(lines) {
		return false
	}
	// «کد خبر: ... تاریخ انتشار: ...», the agency's name or its desk
	// between title and lead
	j := i + 1
	for j+1 < len(lines) && j-i <= maxHeaderLines && lines[j].url == "" && isHeaderFurniture(lines[j].text) {
		j++
	}
	next := lines[j]
	if next.url != "" {
		return false
	}
	if lines[i].bold && hasProseBefore(lines, i) && refersBack(next.text) {
		return false // «**نمایشگاه الف**» over «به گزارش ب، نمایشگاه الف نیز دیروز ...» goes on with the report
	}
	if next.published != "" || isLead(next.text) {
		return true
	}
	if i > 0 && refersBack(next.text) {
		return false // a subheading: «پس از پایان این آیین ...» goes on with the report above
	}
	if lines[i].bold && hasProseBefore(lines, i) {
		return false // a bold subheading «**افتتاح الف**» inside a report goes on with it
	}
	return wordCount(next.text) >= 12 && wordCount(next.text) > n
}

// deskWords open the line naming an agency's desk: «سرویس
// استان‌ها»، «گروه اقتصادی».
var deskWords = keySet("سرویس", "گروه")

// maxServiceWords bounds the words of a desk's line.
const maxServiceWords = 3

// isServiceLine reports the short line that names the agency's desk a
// report comes from, printed between its title and lead: «سرویس
// استان‌ها»، «خبرگزاری الف - گروه استان‌ها».
func isServiceLine(s string) bool {
	if !strings.Contains(s, "سرویس") && !strings.Contains(s, "گروه") || wordCount(s) > 2*maxServiceWords || endsSentence(s) {
		return false
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '|' || r == '–' }) {
		w := persian.Words(part)
		if len(w) > 0 && len(w) <= maxServiceWords && deskWords[persian.Squash(w[0])] {
			return true
		}
	}
	return false
}

// maxHeaderLines bounds the datelines, desks and outlets' names looked
// over between a title and its lead.
const maxHeaderLines = 3

// isHeaderFurniture reports a line a page prints between a title and its
// lead: a dateline, the desk's name, a breadcrumb. (A line naming only the
// agency is dropped with the boilerplate.)
func isHeaderFurniture(s string) bool {
	return isDatelineLine(s) || isServiceLine(s) || isBreadcrumb(s)
}

// onlyHeaderLines reports lines that are all what a page prints above a
// title: datelines, desks' and outlets' names, breadcrumbs and kickers,
// at most maxHeaderLines+1 kickers and twice as many lines in all.
func onlyHeaderLines(lines []string) bool {
	if len(lines) > 2*(maxHeaderLines+1) {
		return false
	}
	kickers := 0
	for _, l := range lines {
		if !isHeaderLine(l) {
			return false
		}
		if !isHeaderFurniture(l) {
			kickers++
		}
	}
	// A page may print a breadcrumb, a news code and two dates over its
	// kicker; short lines that are no furniture are a short report of
	// their own past maxHeaderLines+1.
	return len(lines) > 0 && kickers <= maxHeaderLines+1
}

// isHeaderLine reports a line a page may print around a title: its
// furniture or a kicker.
func isHeaderLine(s string) bool { return isHeaderFurniture(s) || isKicker(s) }

// splitHeader parts the lines printed above a title into its datelines
// and desks' names, which the article reads, and the rest: kickers and
// breadcrumbs.
func splitHeader(lines []string) (datelines, kicker []string) {
	for _, l := range lines {
		if isDatelineLine(l) || isServiceLine(l) {
			datelines = append(datelines, l)
		} else {
			kicker = append(kicker, l)
		}
	}
	return datelines, kicker
}

// maxKickerWords bounds the words of a kicker, the line above a title
// that names its speaker or occasion («رئیس کل دادگستری استان الف:»،
// «با حکم وزیر؛»، «انتصاب در اداره کل الف»).
const maxKickerWords = 20

// isKicker reports a line that can stand above a title: short, no lead,
// and not closed as a sentence is (a colon or «؛» may close it).
func isKicker(s string) bool {
	if wordCount(s) > maxKickerWords || isLead(s) {
		return false
	}
	// Not a sentence's end but a colon, nor a comma, which a paragraph
	// goes on from.
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r == ':' || r != ',' && !endsSentence(s)
}

// maxOutletLineWords bounds the words of a line naming the agency.
const maxOutletLineWords = 8

// isOutletLine reports a line that names the agency, alone or with its
// desk or site: «خبرگزاری الف»، «باشگاه خبرنگاران جوان - استان‌ها».
func isOutletLine(s string) bool {
	if wordCount(s) > maxOutletLineWords || endsSentence(s) {
		return false
	}
	for _, part := range strings.FieldsFunc(s, isHeaderSeparator) {
		k := persian.Squash(part)
		if outlets.has(k) || outlets.has(strings.TrimPrefix(k, keyAgency)) {
			return true
		}
	}
	return false
}

// isHeaderSeparator reports the marks that part a page's header lines:
// «الف | ب»، «الف - ب»، «الف › ب».
func isHeaderSeparator(r rune) bool {
	return r == '|' || r == '-' || r == '–' || r == '›' || r == '‹' || r == '>'
}

// maxCrumbWords bounds the words of one step of a breadcrumb.
const maxCrumbWords = 4

// isBreadcrumb reports a page's breadcrumb, steps parted by «›» or «>»:
// «استان‌ها › استان الف»، «صفحه اصلی › اخبار». Steps parted by «/» or «»»
// are one when there are three of them or the first is the site's home
// or a section («خانه / اخبار / رویدادها»، «استان‌ها » الف»): a title
// may join two headlines with «/».
func isBreadcrumb(s string) bool {
	if endsSentence(s) {
		return false
	}
	var parts []string
	switch {
	case strings.ContainsAny(s, "›‹>"):
		parts = strings.FieldsFunc(s, func(r rune) bool { return r == '›' || r == '‹' || r == '>' })
	case strings.ContainsAny(s, "/»"):
		parts = strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '»' })
		if len(parts) < 3 && (len(parts) == 0 || !crumbHomes[persian.Squash(strings.TrimSpace(parts[0]))]) {
			return false
		}
	default:
		return false
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n := wordCount(p); n == 0 || n > maxCrumbWords {
			return false
		}
	}
	return true
}

// crumbHomes are the first steps of a breadcrumb: the site's home page and
// its sections.
var crumbHomes = keySet("خانه", "صفحه اصلی", "صفحه نخست", "نخست", "اخبار", "استانها", "استان‌ها", "اخبار استانها")

// hasBody reports whether an article has a paragraph besides its title
// and the lines printed around it.
func hasBody(a *Article) bool {
	for i, l := range a.Lines {
		if i == 0 && a.Title != "" {
			continue
		}
		if !isHeaderLine(l) {
			return true
		}
	}
	return false
}

// newsCodeCues name a page's news code or date: a line holding one is
// the page's dateline.
var newsCodeCues = []string{"کد خبر", "کدخبر", "شناسه خبر", "کد مطلب", "تاریخ انتشار", "تاریخ خبر"}

// isDatelineLine reports an agency's dateline: «کد خبر: ...»، «تاریخ
// انتشار: ...», or a short line with a date and a time of day.
//
// A line that is only a date, with its weekday («سه‌شنبه ۱۲ فروردین
// ۱۴۰۴»), is one too, as is a short line with another cue and a full
// date («منتشر شده در ۱۲ فروردین ۱۴۰۴»).
func isDatelineLine(s string) bool {
	for _, c := range newsCodeCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	n := wordCount(s)
	if n > 12 || !mayHoldDigitDate(s) {
		return false
	}
	ds := persian.FindDates(s, 0)
	if len(ds) > 0 && hasClockTime(s) {
		return true
	}
	var d *persian.DateMatch
	for n := range ds {
		if ds[n].Precision == persian.PrecisionDay {
			d = &ds[n]
			break
		}
	}
	if d == nil {
		return false
	}
	if hasDatelineCue(s) {
		return true
	}
	rest := wordCount(string([]rune(s)[:d.Start])) + wordCount(string([]rune(s)[d.End:]))
	return rest <= maxWeekdayWords
}

// maxWeekdayWords is how many words beside its date a line that is only
// a date may have: a weekday («سه شنبه»).
const maxWeekdayWords = 2

// mayHoldDigitDate reports a digit in s, which every dateline's date has.
func mayHoldDigitDate(s string) bool {
	for _, r := range s {
		if isASCIIOrPersianDigit(r) {
			return true
		}
	}
	return false
}

// opensEventReport reports a paragraph that reports an event from its first
// words: «جلسه ... برگزار شد»، «اولین جلسه ...»، «رزمایش ...».
func opensEventReport(s string) bool {
	ts, _ := tokenize(s)
	if len(ts) == 0 {
		return false
	}
	if continuations[ts[0].key] {
		return false // «همچنین مراسم ...» tells more of the report before it
	}
	i := 0
	if _, ok := persian.ParseNumber(ts[0].text); ok || isOrdinal(ts[0].key) {
		i = 1
	}
	if eventWordAt(ts, i) == "" {
		return false
	}
	for _, t := range ts {
		if eventVerbs[t.key] {
			return true
		}
	}
	return false
}

// continuations are the words a paragraph opens with to go on with the
// report before it: «همچنین مراسم ...»، «سپس جلسه ...».
var continuations = keySet("همچنین", "سپس", "ضمنا", "ضمناً")

// ordinalWords are the ordinals that do not end in «مین» (سومین).
var ordinalWords = keySet("اولین", "نخستین", "آخرین", "واپسین")

// isOrdinal reports an ordinal adjective by its key: «دومین»، «نخستین».
func isOrdinal(key string) bool {
	return ordinalWords[key] || strings.HasSuffix(key, "مین") && len([]rune(key)) > 3
}

// hasLead reports whether an article has a «به گزارش» lead.
func hasLead(a *Article) bool {
	for _, l := range a.Lines {
		if isLead(l) {
			return true
		}
	}
	return false
}

// introducesAppointee reports a paragraph on an introduction («آیین
// معارفه ... برگزار شد») after a report of a decree or appointment
// («... را منصوب کرد»، «با حکم ...»): the ceremony of the appointee just
// told, the same news, not a new report.
func introducesAppointee(a *Article, para string) bool {
	if !hasWordKey(para, introductionKeys) {
		return false
	}
	if hasWordKey(a.Title, r16CIntroducedKeys) {
		return true // «سرپرست جدید شبکه الف معرفی شد» over «آیین تودیع و معارفه سرپرست شبکه الف ...»
	}
	for _, l := range a.Lines {
		if hasWordKey(l, decreeWordKeys) {
			return true
		}
	}
	return false
}

// introductionKeys are the words of an introduction ceremony; the
// «و» of «تودیع‌ومعارفه» typed glued is read too.
var introductionKeys = keySet("معارفه", "ومعارفه", "تودیع‌ومعارفه")

// decreeWordKeys are the words of a decree or an appointment: whole words,
// so that «محکم» or «استحکام» tell none.
var decreeWordKeys = keySet("منصوب", "حکم", "حکمی", "احکام", "احکامی", "حکم‌های", "حکمهای")

// hasWordKey reports a word of s whose key is in set.
func hasWordKey(s string, set map[string]bool) bool {
	for _, w := range persian.Words(s) {
		if set[persian.Squash(w)] {
			return true
		}
	}
	return false
}

// isLead reports a news lead: «به گزارش ...».
func isLead(s string) bool {
	w := persian.Words(s)
	return len(w) >= 2 && persian.Squash(w[0]) == keyTo && persian.Squash(w[1]) == keyReport
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	switch r {
	case '.', '!', '?', '؟', ':', '»', '"', '”', '…', '،', ')':
		return true
	}
	return false
}

func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if r == ' ' || r == persian.ZWNJ || r >= '\t' && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
			in = true
		}
	}
	return n
}

// leadTitle makes a title of an article's first paragraph: its first
// sentence, cut at a word near 120 letters.
func leadTitle(s string) string {
	if sp := persian.Sentences(s); len(sp) > 0 {
		s = sp[0].Text
	}
	r := []rune(s)
	if len(r) <= 120 {
		return s
	}
	cut := 120
	for cut > 60 && !unicode.IsSpace(r[cut]) {
		cut--
	}
	return strings.TrimSpace(string(r[:cut])) + "…"
}

// backRefs are the words that open a reference back to an event told
// before: «این آیین»، «همان روز».
var backRefs = [][2]string{{"این", "آیین"}, {"این", "مراسم"}, {"این", "نشست"}, {"این", "جلسه"}, {"همان", "روز"}, {"همین", "روز"}, {"همان", "مراسم"}, {"همین", "مراسم"}}

// keyGoesOn opens a paragraph that goes on with the report: «همچنین».
var keyGoesOn = persian.Squash("همچنین")

// keyContinuation after «در» opens one too: «در ادامه، ...».
var keyContinuation = persian.Squash("ادامه")

// afterWhat follow «پس از» opening a paragraph told after the event above.
var afterWhat = keySet("پایان", "اتمام", "خاتمه", "آیین", "مراسم")

// newHolderWords after a post name its new holder: «فرماندار جدید»،
// «شهردار منتخب».
var newHolderWords = keySet("جدید", "منتخب")

var (
	keyAfter1  = persian.Squash("پس")
	keyAlsoToo = persian.Squash("نیز")
)

// maxBackRefWords bounds the words of a paragraph's opening looked over
// for a reference back; maxAlsoWords those looked over for its «نیز».
const (
	maxBackRefWords = 10
	maxAlsoWords    = 14
	// maxNewHolderWords bounds the words of a post before its «جدید»
	// that opens a paragraph going on with the report of its holder.
	maxNewHolderWords = 3
)

// refersBack reports a paragraph whose opening refers back to an event
// told before («عصر همان روز ...»، «پس از پایان این آیین ...»): it goes
// on with the report above, under a subheading, not a new article.
func refersBack(s string) bool {
	if r18CPresentAtThis(s) || r20CHonouredAtThis(s) {
		return true
	}
	w := persian.Words(s)
	if len(w) > 0 && persian.Squash(w[0]) == keyGoesOn || r17CAlsoEarly(w) {
		return true // «همچنین صبح امروز ...»، «عصر امروز همچنین ...» go on with what was told
	}
	if len(w) > 1 && persian.Squash(w[0]) == keyIn && persian.Squash(strings.TrimRight(w[1], "،,")) == keyContinuation {
		return true // «در ادامه، تفاهم‌نامه ... منعقد شد» goes on too
	}
	for k := 1; k < len(w) && k < maxNewHolderWords && roleWords.has(persian.Squash(w[0])); k++ {
		if newHolderWords[persian.Squash(w[k])] {
			// «دادستان جدید دیروز ... بازدید کرد»، «شهردار منتخب صبح
			// امروز ...»: a post's new holder, whom the report above told of
			return true
		}
	}
	for k := 0; k < len(w) && k < maxAlsoWords; k++ {
		if k > 0 && persian.Squash(w[k]) == keyAlsoToo {
			// «عصر امروز نیز ...»، «نخستین جلسه شورای الف به ریاست
			// فرماندار جدید نیز ...»: one more thing of the report above
			return true
		}
	}
	for k := 0; k+1 < len(w) && k < maxBackRefWords; k++ {
		a, b := persian.Squash(w[k]), persian.Squash(w[k+1])
		if a == keyAfter1 && b == keyFrom && k+2 < len(w) && afterWhat[persian.Squash(w[k+2])] {
			// «پس از پایان آیین معارفه ...»، «فرماندار بلافاصله پس از
			// مراسم ...»: after the event told above
			return true
		}
		for _, r := range backRefs {
			if a == persian.Squash(r[0]) && b == persian.Squash(r[1]) {
				return true
			}
		}
		if a == keyThis || sameDayWords[a] {
			// «مراسم امضای این تفاهم‌نامه ...»، «در همین بازدید ...»
			if eventWords.has(b) || k+2 < len(w) && eventWords.has(b+persian.Squash(w[k+2])) {
				return true
			}
		}
	}
	return false
}

// maxSubheadingWords bounds the words of a subheading.
const maxSubheadingWords = 12

// isBackRefSubheading reports line i as a subheading, a short line that
// ends no sentence, over a paragraph that refers back to the event told
// above («بازدید از پروژه الف» over «عصر همان روز ... بازدید کرد»).
func isBackRefSubheading(lines []segLine, i int) bool {
	s := lines[i].text
	return i+1 < len(lines) && !endsSentence(s) && wordCount(s) <= maxSubheadingWords &&
		refersBack(lines[i+1].text)
}

// isKickerOver reports cur as holding only a title, with the page's
// furniture after it, that does not end a sentence and tells where the
// title's words were said («در آیین الف مطرح شد»، «در نشست ب عنوان
// کرد»), over title, a quote of a speaker («رئیس ج: ...»).
func isKickerOver(cur *Article, title string) bool {
	if cur == nil || cur.Title == "" || cur.Published != "" || len(cur.Lines) == 0 || cur.Lines[0] != cur.Title ||
		!onlyHeaderLines(cur.Lines[1:]) || endsSentence(cur.Title) || !strings.Contains(title, ":") {
		return false
	}
	w := persian.Words(cur.Title)
	return len(w) >= 3 && persian.Squash(w[0]) == persian.Squash("در") && kickerVerbs[persian.Squash(w[len(w)-1])]
}

// isClosedKicker reports cur as holding only a title closed with «؛», as
// a kicker is («با حکم وزیر؛»، «در آیینی با حضور استاندار؛»), and the
// page's furniture.
func isClosedKicker(cur *Article) bool {
	if cur == nil || cur.Title == "" || cur.Published != "" || len(cur.Lines) == 0 || cur.Lines[0] != cur.Title ||
		len(cur.Lines) > 1 && !onlyHeaderLines(cur.Lines[1:]) {
		return false
	}
	t := strings.TrimSpace(cur.Title)
	return strings.HasSuffix(t, "؛") && isKicker(t)
}

// kickerVerbs end a kicker telling where a title's words were said.
var kickerVerbs = keySet("شد", "کرد", "کردند")

// stackedVerbs end a headline that reports a finished event: «... برگزار
// شد»، «... به بهره‌برداری رسید»، «... گشایش یافت».
var stackedVerbs = keySet("شد", "شدند", "رسید", "رسیدند", "گردید", "یافت", "کرد", "کردند")

// kickerOpeners open a kicker that tells the title's occasion, no
// headline of its own: «در آیین الف مطرح شد»، «با حضور استاندار برگزار
// شد»، «طی حکمی ... انجام شد».
var kickerOpeners = keySet("در", "با", "طی", "به")

// minStackedWords bounds below the words of a headline over another.
const minStackedWords = 4

// isStackedHeadline reports a line printed just above the title that is a
// headline of its own: a finished report ending with a past verb, not a
// kicker telling where the title's words were said («در آیین الف مطرح
// شد») over a quote («رئیس ب: ...»), nor one closed with «؛» or «:».
func isStackedHeadline(above, title string) bool {
	if strings.Contains(title, ":") || !isKicker(above) || strings.ContainsAny(strings.TrimSpace(above), "؛:") {
		return false
	}
	w := persian.Words(above)
	if len(w) < minStackedWords || kickerOpeners[persian.Squash(w[0])] || !stackedVerbs[persian.Squash(w[len(w)-1])] {
		return false
	}
	t := persian.Words(title)
	return len(t) >= minStackedWords && stackedVerbs[persian.Squash(t[len(t)-1])]
}

// keyAReport opens a title «گزارشی از ...», not a lead.
var keyAReport = persian.Squash("گزارشی از")

// closedByName reports a line that ends with a quoted or bracketed name
// and not with a sentence's mark inside it: «... در اجلاس "پیشگامان
// صنعت"»، «... فرماندهی سپاه حضرت ولیعصر (عج)»، «... شعار «سرمایه‌گذاری
// برای تولید»». A quote after a colon («X گفت: «...»») is speech.
func closedByName(s string) bool {
	t := []rune(strings.TrimSpace(s))
	if len(t) < 2 || strings.ContainsAny(s, ":") {
		return false
	}
	open := map[rune]rune{'»': '«', '"': '"', '”': '“', ')': '('}[t[len(t)-1]]
	if open == 0 {
		return false
	}
	body := t[:len(t)-1]
	switch body[len(body)-1] {
	case '.', '!', '?', '؟', '…', '،':
		return false
	}
	for _, w := range persian.Words(s) {
		if isSpeechVerb(persian.Squash(w)) {
			return false // «وی گفت «کار ادامه دارد»» is speech
		}
	}
	for _, r := range body {
		if r == open {
			return true
		}
	}
	return false
}

// isBoldLine reports a raw line wrapped whole in «**», as a page prints
// its subheadings.
func isBoldLine(raw string) bool {
	t := strings.TrimSpace(raw)
	return len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**")
}

// hasProseBefore reports a finished sentence of the report's body, not
// bold, among the lines before i: a bold line after it is a subheading.
func hasProseBefore(lines []segLine, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if lines[j].published != "" {
			return false
		}
		if !lines[j].bold && lines[j].url == "" && endsSentence(lines[j].text) && wordCount(lines[j].text) >= 12 {
			return true
		}
	}
	return false
}

// isMarkedHead reports an article a «date ...» marker opened that holds
// so far only what a page prints above its title: its furniture (a
// dateline, a news code, a breadcrumb), at least one line of it, and any
// kicker.
func isMarkedHead(cur *Article) bool {
	if cur == nil || cur.Title != "" || cur.Published == "" || len(cur.Lines) == 0 || !onlyHeaderLines(cur.Lines) {
		return false
	}
	for _, l := range cur.Lines {
		if isHeaderFurniture(l) {
			return true
		}
	}
	return false
}
