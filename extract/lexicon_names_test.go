package extract

import (
	"strings"
	"testing"

	"github.com/peyvand/peyvand/persian"
)

// lexiconEntries returns the entries of a word list, one per line, each
// split into its spellings («|») and cut at a tab.
func lexiconEntries(t *testing.T, name string) [][]string {
	t.Helper()
	data, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var entries [][]string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		phrase, _, _ := strings.Cut(line, "\t")
		var alts []string
		for _, alt := range strings.Split(phrase, "|") {
			alts = append(alts, strings.TrimSpace(alt))
		}
		entries = append(entries, alts)
	}
	return entries
}

// TestGivenNamesCount checks that the given-name list holds the several
// thousand names that unseen news needs.
func TestGivenNamesCount(t *testing.T) {
	if n := len(lexiconEntries(t, "given_names.txt")); n < 3000 {
		t.Errorf("%d given names, want at least 3000", n)
	}
}

// TestGivenNamesUnique checks that no spelling of a given name has the
// key of another listed spelling, in its own line or another.
func TestGivenNamesUnique(t *testing.T) {
	seen := map[string]string{}
	for _, alts := range lexiconEntries(t, "given_names.txt") {
		for _, alt := range alts {
			k := persian.Squash(alt)
			if k == "" {
				t.Errorf("empty spelling in %q", strings.Join(alts, "|"))
				continue
			}
			if prev, ok := seen[k]; ok {
				t.Errorf("given name %s has the key of %s", alt, prev)
			}
			seen[k] = alt
		}
	}
}

// TestGivenNamesAreNoWords checks that no given name is a word of the
// other word lists: a name that is also a function word, a verb, a
// common noun, a head of a body's name, a post or a place would make a
// person of an ordinary phrase («X» followed by a noun read as a
// surname). Month names (بهمن، آذر) are given names and date cues both;
// «کریم» is a common given name that common_words.txt lists only so that
// it is never read as a surname (قرآن کریم).
func TestGivenNamesAreNoWords(t *testing.T) {
	bothListed := map[string]string{persian.Squash("کریم"): "common_words.txt"}
	lists := []struct {
		name string
		set  *phraseSet
	}{
		{"stopwords.txt", stopWords},
		{"common_words.txt", commonWords},
		{"light_verbs.txt", lightVerbs},
		{"head_nouns.txt", headNouns},
		{"roles.txt", roleWords},
		{"cities.txt", cities},
		{"provinces.txt", provinces},
	}
	for _, alts := range lexiconEntries(t, "given_names.txt") {
		for _, alt := range alts {
			k := persian.Squash(alt)
			for _, l := range lists {
				if l.set.has(k) && !(l.set == stopWords && dateCues.has(k)) && bothListed[k] != l.name {
					t.Errorf("given name %s is in %s", alt, l.name)
				}
			}
		}
	}
}

// TestOutletsCoverAgencies checks that the national news agencies and
// the major papers a dateline names («به گزارش X») are listed outlets.
func TestOutletsCoverAgencies(t *testing.T) {
	for _, name := range []string{
		"ایرنا", "ایسنا", "مهر", "تسنیم", "فارس", "ایلنا", "ایمنا", "برنا", "میزان",
		"شانا", "پانا", "باشگاه خبرنگاران جوان", "صدا و سیما", "همشهری", "جام جم",
		"روزنامه اطلاعات", "کیهان", "دنیای اقتصاد", "ایکنا", "ایبنا", "دانا", "حوزه",
	} {
		if !outlets.has(persian.Squash(name)) {
			t.Errorf("outlet %s is not listed", name)
		}
	}
}

// TestGivenNamesOfEveryGroup checks that a person with a given name of
// each group the list covers is found in a made-up sentence, and that a
// name-like run of two common words is no person.
func TestGivenNamesOfEveryGroup(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"شاخوان کانی‌مرادی در جلسه سخن گفت.", "شاخوان کانی‌مرادی"},       // Kurdish
		{"هێمن آهنگرپور در جلسه سخن گفت.", "هێمن آهنگرپور"},               // Kurdish spelling
		{"نوربردی آق‌قلعه‌ای در جلسه سخن گفت.", "نوربردی آق‌قلعه‌ای"},     // Turkmen
		{"نوروزقلی گرگانی‌پور در جلسه سخن گفت.", "نوروزقلی گرگانی‌پور"},   // «…قلی» made in code
		{"صیدمراد بختیاری‌نژاد در جلسه سخن گفت.", "صیدمراد بختیاری‌نژاد"}, // Lori
		{"دادشاه ریگی‌زاده در جلسه سخن گفت.", "دادشاه ریگی‌زاده"},         // Baluchi
		{"واروژان آوانسیان در جلسه سخن گفت.", "واروژان آوانسیان"},         // Armenian
		{"یونادم شمعونی‌پور در جلسه سخن گفت.", "یونادم شمعونی‌پور"},       // Assyrian
		{"عیدان سواری‌پور در جلسه سخن گفت.", "عیدان سواری‌پور"},           // Arabic of Khuzestan
		{"رومیسا کاشانی‌فر در جلسه سخن گفت.", "رومیسا کاشانی‌فر"},         // modern female
		{"شیرویه خسروانی‌پور در جلسه سخن گفت.", "شیرویه خسروانی‌پور"},     // old Persian
	})
	for _, text := range []string{
		"تا با تکیه بر توان داخلی کار ادامه یابد.",
		"در دی ماه کار ادامه یافت.",
		"از خداوند منان توفیق روزافزون خواستند.",
	} {
		if names, _ := personsOf(text); len(names) != 0 {
			t.Errorf("%s: persons %q, want none", text, names)
		}
	}
}
