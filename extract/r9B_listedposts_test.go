package extract

import (
	"reflect"
	"sort"
	"testing"
)

// TestR9BListedLocalHeads checks «الف استاندار و ب فرماندار X»: a post
// that heads a body of its own kind shares no other kind's body, and a
// bare «استاندار» in a report of a county is its province's.
func TestR9BListedLocalHeads(t *testing.T) {
	doc, err := File("t.txt", []byte("در این مراسم کاوه نیکو استاندار و نسرین رستمی فرماندار میبد حضور داشتند."))
	if err != nil {
		t.Fatal(err)
	}
	affs, _ := affPairs(doc)
	want := []string{"نسرین رستمی | فرماندار | فرمانداری میبد", "کاوه نیکو | استاندار | استانداری یزد"}
	sort.Strings(want)
	if !reflect.DeepEqual(affs, want) {
		t.Errorf("got %q, want %q", affs, want)
	}
	checkAffiliationCases(t, []affCase{
		{"same kind of body shared", "در این جلسه کاوه نیکو رئیس و نسرین رستمی نایب‌رئیس شورای اسلامی شهر میبد حضور داشتند.",
			[]string{"کاوه نیکو|رئیس|شورای اسلامی شهر میبد", "نسرین رستمی|نایب\u200cرئیس|شورای اسلامی شهر میبد"}},
	})
}
