package extract

import "testing"

// TestR10B3GroupManager checks «مدیر گروه X (دانشکده Y)»: the head of a
// department holds the post «مدیر گروه» of the department «گروه X (دانشکده
// Y)», and two departments whose names share words stay apart.
func TestR10B3GroupManager(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"group of a faculty", "در این نشست دکتر بهراد تابان مدیر گروه زبان‌شناسی دانشکده ادبیات دانشگاه یزد سخن گفت.",
			[]string{"بهراد تابان|مدیر گروه|گروه زبان‌شناسی دانشکده ادبیات دانشگاه یزد"}},
		{"two groups", "دکتر بهراد تابان مدیر گروه مهندسی عمران دانشکده مهندسی مکانیک و دکتر کاوه سپهری‌نیا مدیر گروه مهندسی مکانیک گزارش دادند.",
			[]string{"بهراد تابان|مدیر گروه|گروه مهندسی عمران دانشکده مهندسی مکانیک", "کاوه سپهری‌نیا|مدیر گروه|گروه مهندسی مکانیک"}},
	})
}

// TestR10B3GroupsStayApart checks that a department named short is not
// merged into another department whose fuller name holds its words.
func TestR10B3GroupsStayApart(t *testing.T) {
	text := "آیین تقدیر از استادان دانشگاه یزد برگزار شد.\n\nدر این آیین دکتر بهراد تابان مدیر گروه مهندسی عمران دانشکده مهندسی مکانیک دانشگاه یزد و دکتر کاوه سپهری‌نیا مدیر گروه مهندسی مکانیک گزارش دادند.\n"
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, af := range doc.Affiliations {
		if af.Person == "کاوه سپهری‌نیا" {
			found = true
			if af.Organization != "گروه مهندسی مکانیک" {
				t.Errorf("%s: body %q, want گروه مهندسی مکانیک", af.Person, af.Organization)
			}
		}
	}
	if !found {
		t.Errorf("no affiliation of the second head: %+v", doc.Affiliations)
	}
}
