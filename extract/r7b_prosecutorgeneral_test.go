package extract

import (
	"strings"
	"testing"
)

// TestProsecutorGeneralOffice checks that «دادستان کل کشور» heads the
// «دادستانی کل کشور», not a «دادسرای کل کشور».
func TestProsecutorGeneralOffice(t *testing.T) {
	got := affiliationsOf("در این نشست، کاوه رستمی، معاون قضایی دادستان کل کشور، گفت: کار ادامه دارد.")
	for _, g := range got {
		if strings.HasPrefix(g, "کاوه رستمی|") {
			if !strings.HasSuffix(g, "|دادستانی کل کشور") {
				t.Errorf("got %q, want the body «دادستانی کل کشور»", g)
			}
			return
		}
	}
	t.Errorf("no affiliation in %q", got)
}
