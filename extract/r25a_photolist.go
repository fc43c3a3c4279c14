package extract

import (
	"strings"
	"unicode"

	"github.com/peyvand/peyvand/persian"
)

// A photo report's list of who is in its pictures (round 25, tuner A).

// r25aPhotoWords name the pictures a list under «در تصاویر:» tells of.
var r25aPhotoWords = keySet("تصاویر", "تصویر", "عکس", "عکس‌ها", "عکسها", "تصویرها")

// r25aMaxPhotoItems bounds the items of a photo list.
const r25aMaxPhotoItems = 12

// r25aListItemLine reports a line that opens as an item of a list: a
// number and a mark («۱-»، «2)»، «۳.») or a bullet («-»، «•»).
func r25aListItemLine(s string) bool {
	s = strings.TrimSpace(s)
	rs := []rune(s)
	if len(rs) == 0 {
		return false
	}
	switch rs[0] {
	case '-', '–', '•', '*', '▪', '●':
		return true
	}
	n := 0
	for n < len(rs) && unicode.IsDigit(rs[n]) {
		n++
	}
	return n > 0 && n < len(rs) && strings.ContainsRune("-–.)_", rs[n])
}

// r25aPhotoListItem reports line i as an item of a list of who is in a
// report's pictures, under a line that names them and ends with a colon
// («در تصاویر:»، «در این تصویر:»): «۱- X، R BODY، در حال ...» is told of
// the report's event, not the title of a report of its own.
func r25aPhotoListItem(lines []segLine, i int) bool {
	if !lines[i].item {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= r25aMaxPhotoItems; j-- {
		if lines[j].item {
			continue
		}
		s := strings.TrimSpace(lines[j].text)
		if !strings.HasSuffix(s, ":") {
			return false
		}
		for _, w := range persian.Words(s) {
			if r25aPhotoWords[persian.Squash(w)] {
				return true
			}
		}
		return false
	}
	return false
}
