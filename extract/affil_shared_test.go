package extract

import (
	"reflect"
	"testing"
)

// TestSharedRoleOnlyInPlural checks that «X و Y، ROLE» gives the post to
// both only when the post is told in the plural, and that a word of a
// fixed pair in a post («وزیر راه و شهرسازی») is no person before the
// next post.
func TestSharedRoleOnlyInPlural(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"singular post: the second name's", "این طرح با حضور کامران نیک‌فر و بهمن کیانی، مدیرکل راه و شهرسازی استان سمنان افتتاح شد.",
			[]string{"بهمن کیانی|مدیرکل|اداره کل راه و شهرسازی استان سمنان"}},
		{"plural post: both", "کامران نیک‌فر و بهمن کیانی نمایندگان مردم سمنان در مجلس شورای اسلامی در این جلسه حاضر بودند.",
			[]string{"کامران نیک‌فر|نماینده مردم|مجلس شورای اسلامی", "بهمن کیانی|نماینده مردم|مجلس شورای اسلامی"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := affiliationsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	names, _ := personsOf("پس از این جلسه با حضور وزیر راه و شهرسازی، استاندار و کامران نیک‌فر، مدیرکل راه و شهرسازی استان سمنان، بزرگراه افتتاح شد.")
	if want := []string{"کامران نیک‌فر"}; !reflect.DeepEqual(names, want) {
		t.Errorf("persons %q, want %q", names, want)
	}
}

// TestSemicolonAppositionAndThisBody checks «ROLE BODY؛ NAME» (the
// semicolon of an apposition) and «NAME مدیر هنری این اداره کل», a post's
// own words before «این» and the body named before.
func TestSemicolonAppositionAndThisBody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"semicolon", "به گزارش ایرنا، فرمانده انتظامی استان سمنان؛ سردار کامران نیک‌فر در این نشست گفت: امنیت برقرار است.",
			[]string{"کامران نیک‌فر|فرمانده|فرماندهی انتظامی استان سمنان"}},
		{"this body", "این نشست با حضور مینا راد، معاون فرهنگی اداره کل فرهنگ و ارشاد اسلامی استان سمنان و کامران نیک‌فر مدیر هنری این اداره کل برگزار شد.",
			[]string{"مینا راد|معاون فرهنگی|اداره کل فرهنگ و ارشاد اسلامی استان سمنان", "کامران نیک‌فر|مدیر هنری|اداره کل فرهنگ و ارشاد اسلامی استان سمنان"}},
	})
}

// TestDistrictManagerAndPronounsPost checks «مدیر منطقه N شهرداری X»
// (the district's municipality) and «Y معاون وی» (a post in the body of
// the one the pronoun stands for).
func TestDistrictManagerAndPronounsPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"district manager", "مدیر منطقه ۳ شهرداری سمنان، کامران نیک‌فر گفت: کار ادامه دارد.",
			[]string{"کامران نیک‌فر|مدیر|منطقه ۳ شهرداری سمنان"}},
		{"his deputy", "کامران نیک‌فر سرپرست سازمان مدیریت بحران کشور در سفر به سمنان گفت: خسارت جبران می‌شود. بهمن راد معاون وی نیز حضور داشت.",
			[]string{"کامران نیک‌فر|سرپرست|سازمان مدیریت بحران کشور", "بهمن راد|معاون|سازمان مدیریت بحران کشور"}},
	})
}

// TestHeadAndLocalOfficeAreTwoGuests checks «X، رئیس دانشگاه Y و فرماندار
// Z»: the governor is another guest, while «معاون استاندار و فرماندار
// ویژه Z» are one person's two posts.
func TestHeadAndLocalOfficeAreTwoGuests(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"two guests", "این بازدید با حضور کامران نیک‌فر، رئیس دانشگاه علوم پزشکی سمنان و فرماندار دامغان انجام شد.",
			[]string{"کامران نیک‌فر|رئیس|دانشگاه علوم پزشکی سمنان"}},
		{"one person's two posts", "بهمن راد، معاون استاندار و فرماندار ویژه شهرستان کاشان، گفت که طرح تصویب شد.",
			[]string{"بهمن راد|معاون استاندار|استانداری اصفهان", "بهمن راد|فرماندار|فرمانداری ویژه شهرستان کاشان"}},
	})
}
