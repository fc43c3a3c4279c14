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

// TestR9BPostsBeforeHoldersListed checks «با حضور R1 BODY1 الف، R2 BODY2
// ب و R3 BODY3 ج»: each post is told right before its holder, none is
// the name before it.
func TestR9BPostsBeforeHoldersListed(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"post then holder, listed", "این مراسم با حضور معاون استاندار یزد کاوه نیکو، فرماندار میبد بهمن راد و رئیس اداره بهزیستی میبد نسرین رستمی برگزار شد.",
			[]string{"کاوه نیکو|معاون استاندار|استانداری یزد", "بهمن راد|فرماندار|فرمانداری میبد", "نسرین رستمی|رئیس|اداره بهزیستی میبد"}},
		{"holder then post, listed", "این مراسم با حضور کاوه نیکو، معاون استاندار یزد و بهمن راد، فرماندار میبد برگزار شد.",
			[]string{"کاوه نیکو|معاون استاندار|استانداری یزد", "بهمن راد|فرماندار|فرمانداری میبد"}},
	})
}

// TestR9BRespectivelyPosts checks «الف، ب و ج به ترتیب R1، R2 و R3»:
// each person holds the post in the same place of the list.
func TestR9BRespectivelyPosts(t *testing.T) {
	got := affiliationsOf("این مراسم با حضور کاوه نیکو، بهمن راد و نسرین رستمی به ترتیب معاون استاندار یزد، فرماندار میبد و رئیس اداره بهزیستی میبد برگزار شد.")
	sort.Strings(got)
	want := []string{"بهمن راد|فرماندار|فرمانداری میبد", "نسرین رستمی|رئیس|اداره بهزیستی میبد", "کاوه نیکو|معاون استاندار|استانداری یزد"}
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestR9BBareGovernorDeputyInCounty checks «معاون استاندار» with no
// province in a report of a county: the county's province.
func TestR9BBareGovernorDeputyInCounty(t *testing.T) {
	doc, err := File("t.txt", []byte("این مراسم با حضور کاوه نیکو معاون استاندار، بهمن راد فرماندار میبد و جمعی از مسئولان برگزار شد."))
	if err != nil {
		t.Fatal(err)
	}
	affs, _ := affPairs(doc)
	if !has(affs, "کاوه نیکو | معاون استاندار | استانداری یزد") {
		t.Errorf("affiliations %q", affs)
	}
}

// TestR9BRepresentativeInParliamentShort checks «نماینده مردم X در مجلس»:
// the parliament by its full name.
func TestR9BRepresentativeInParliamentShort(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"in «مجلس»", "کاوه نیکو نماینده مردم میبد، اردکان و بافق در مجلس گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|نماینده مردم|مجلس شورای اسلامی"}},
	})
}
