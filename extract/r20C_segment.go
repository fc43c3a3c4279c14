package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// r20CMaxSubheadingWords bounds the words of a verbless subheading.
const r20CMaxSubheadingWords = 8

// r20CVerblessSubheading reports line i, after a report that has a body,
// as a subheading of that report, not the title of a new one: a short
// line with no verb, no colon and no closing mark («ارسک؛ دومین ایستگاه
// سفر»، «کندلان و انبار تازه»), or a speaker's words set alone in
// guillemets («"هیچ روستایی بی‌آب نمی‌ماند"»), over a paragraph
// that opens no new report with a lead («به گزارش ...»), a dateline or
// «در خبری دیگر». A new report's title tells what was done («سرپرست
// فرمانداری الف معرفی شد») or quotes after its speaker («رئیس الف: ...»).
//
// Only the page of an agency's report, opened with a lead or a dateline,
// is read so: a page listing a body's news under short titles has
// neither.
func r20CVerblessSubheading(lines []segLine, i int, cur *Article, arts []Article) bool {
	if cur == nil || !hasBody(cur) || i+1 >= len(lines) || lines[i+1].url != "" || lines[i+1].published != "" || isLead(lines[i+1].text) || r20CDatelineOpens(lines[i+1].text) {
		return false
	}
	agency := false
	for n := range arts {
		agency = agency || r20CAgencyReport(&arts[n])
	}
	if !agency {
		return false
	}
	s := strings.TrimSpace(lines[i].text)
	n := wordCount(s)
	if n < 2 || n > r20CMaxSubheadingWords || isDatelineLine(s) || isServiceLine(s) {
		return false
	}
	if strings.HasPrefix(s, "«") && strings.HasSuffix(s, "»") && strings.Count(s, "«") == 1 {
		return true // a pull quote
	}
	if endsSentence(s) || strings.ContainsAny(s, ":«»\"") {
		return false
	}
	for _, w := range persian.Words(s) {
		k := persian.Squash(w)
		if stackedVerbs[k] || kickerVerbs[k] || isVerbLike(k) || r20CCopulas[k] || handoverWords[k] {
			return false // «معارفه مدیرعامل جدید الف» heads the news of another handover
		}
	}
	if w := persian.Words(lines[i+1].text); len(w) > 2 && persian.Squash(w[0]) == keyIn {
		if n, o := persian.Squash(w[1]), persian.Squash(strings.TrimRight(w[2], "،,")); n == keyR19CNewsIndef && o == keyR19COther || n == keyNews && o == keyR19COtherIndef {
			return false // «در خبری دیگر، ...» opens other news
		}
	}
	return true
}

// r20CCopulas are the copula and the commonest short verbs a title may end
// with that the verb test by «می» misses.
var r20CCopulas = keySet("است", "هستند", "شود", "شوند", "دارد", "ندارد", "رسد", "یابد", "کند", "کنند", "خواهد", "باید",
	"داد", "دادند", "گرفت", "گرفتند", "داشت", "داشتند", "زد", "آمد", "رفت")

// r20CMaxDatelineWords bounds the words before the dash or slash of a
// lead's dateline («الف‌آباد- ایرنا-»، «ایسنا/استان الف»).
const r20CMaxDatelineWords = 3

// r20CAgencyReport reports an article whose body has a «به گزارش» lead or
// a paragraph opened by an agency's dateline («الف- ایرنا- ...»، «ایسنا/
// استان الف ...»).
func r20CAgencyReport(cur *Article) bool {
	for n, l := range cur.Lines {
		if n == 0 && l == cur.Title {
			continue
		}
		if isLead(l) {
			return true
		}
		if r20CDatelineOpens(l) {
			return true
		}
	}
	return false
}

// r20CDatelineOpens reports a paragraph opened by an agency's dateline:
// a dash or a slash among its first words («الف- ایرنا- ...»، «ایسنا/
// استان الف ...»), and a lead's length after it.
func r20CDatelineOpens(l string) bool {
	w := strings.Fields(l)
	for k := 0; k < len(w) && k < r20CMaxDatelineWords; k++ {
		if strings.ContainsAny(w[k], "-/–") {
			return wordCount(l) >= 12
		}
	}
	return false
}
