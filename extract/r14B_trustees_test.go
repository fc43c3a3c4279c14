package extract

import "testing"

// TestR14BTrusteeBoard checks a post of the board of trustees of a
// religious site, read both ways: «رئیس هیئت امنا» of the mosque, and
// «رئیس» of the board «هیئت امنای مسجد X»; a university's board stays
// part of the post only.
func TestR14BTrusteeBoard(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"head of a mosque's board", "حاج رسول کاظمی‌نیا، رئیس هیئت امنای مسجد جامع ساوه نیز از آغاز مرمت شبستان خبر داد.",
			[]string{"رسول کاظمی‌نیا|رئیس هیئت امنای|مسجد جامع ساوه", "رسول کاظمی‌نیا|رئیس|هیئت امنای مسجد جامع ساوه"}},
		{"this mosque", "زمین را هیئت امنای مسجد جامع قائمیه ساوه اهدا کرد. حاج مهدی صفری‌نیا، رئیس هیئت امنای این مسجد نیز حاضر بود.",
			[]string{"مهدی صفری‌نیا|رئیس هیئت امنای|مسجد جامع قائمیه ساوه", "مهدی صفری‌نیا|رئیس|هیئت امنای مسجد جامع قائمیه ساوه"}},
		{"university's board", "حاج رسول تقوی‌نیا، عضو هیئت امنای دانشگاه علوم پزشکی ساوه نیز از آغاز کار خبر داد.",
			[]string{"رسول تقوی‌نیا|عضو هیئت امنای|دانشگاه علوم پزشکی ساوه"}},
	})
}

// TestR14BNationalDepartment checks «مدیر امور شعب استان‌های بانک X»: a
// department of the national bank serving the provinces; the post is in
// the bank.
func TestR14BNationalDepartment(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"branches of the provinces", "دکتر بهرام کاظمی‌نیا، مدیر امور شعب استان‌های بانک ملت که به نمایندگی از مدیرعامل بانک در نشست حضور داشت، از افزایش سقف تسهیلات خبر داد.",
			[]string{"بهرام کاظمی‌نیا|مدیر امور شعب استان‌های|بانک ملت"}},
		{"branches of one province", "بهرام کاظمی‌نیا، مدیر شعب بانک ملت استان لرستان در این نشست گفت: کار آغاز شده است.",
			[]string{"بهرام کاظمی‌نیا|مدیر|مدیریت شعب بانک ملت استان لرستان"}},
	})
}

// TestR14BUniversityBoardListed checks «عضو هیئت‌امنای دانشگاه X»: the
// post is the university's, and the board is listed as a body too.
func TestR14BUniversityBoardListed(t *testing.T) {
	d, err := File("x.txt", []byte("نشست خیران برگزار شد.\n\nحاج رسول تقوی‌نیا، عضو هیئت‌امنای دانشگاه علوم پزشکی ساوه نیز از آغاز کار خبر داد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, o := range d.Organizations {
		if o.Name == "هیئت‌امنای دانشگاه علوم پزشکی ساوه" {
			found = true
		}
	}
	if !found {
		t.Errorf("organizations %v, want the board", d.Organizations)
	}
	if len(d.Affiliations) != 1 || d.Affiliations[0].Organization != "دانشگاه علوم پزشکی ساوه" {
		t.Errorf("affiliations %v, want one in the university", d.Affiliations)
	}
}

// TestR14BThisOtherBody checks «R هیئت امنای این امامزاده» when the
// report names no shrine as a body: the post is not given the mosque or
// the university named before.
func TestR14BThisOtherBody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"this shrine", "حاج رسول کاظمی‌نیا، رئیس هیئت امنای مسجد جامع ساوه نیز از آغاز مرمت خبر داد.\n" +
			"حاج مهدی صفری‌نیا، رئیس هیئت امنای این امامزاده نیز حاضر بود.",
			[]string{"رسول کاظمی‌نیا|رئیس هیئت امنای|مسجد جامع ساوه", "رسول کاظمی‌نیا|رئیس|هیئت امنای مسجد جامع ساوه"}},
	})
}
