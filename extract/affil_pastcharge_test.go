package extract

import (
	"reflect"
	"testing"
)

// TestChargeHeldBefore checks that «ریاست BODY را بر عهده دارد» is a post
// held now, «... خواهد داشت» one to be held, and «... بر عهده داشت» one
// held before, which is no affiliation.
func TestChargeHeldBefore(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"now", "کامران نیک‌فر ریاست دانشکده کشاورزی دانشگاه سمنان را بر عهده دارد.",
			[]string{"کامران نیک‌فر|رئیس|دانشکده کشاورزی دانشگاه سمنان"}},
		{"before", "بهمن کیانی از زحمات کامران نیک‌فر که شش سال ریاست دانشکده کشاورزی دانشگاه سمنان را بر عهده داشت، قدردانی کرد.", nil},
	})
}

// TestPostHeldBeforeAsPredicate checks «پیش از این X فرماندار Y بود»: a
// post held before, which is no affiliation, and whose holder is the
// predecessor of the report's appointment in that post.
func TestPostHeldBeforeAsPredicate(t *testing.T) {
	text := "با حکم وزیر کشور، کامران نیک‌فر به عنوان فرماندار ویژه شهرستان دامغان منصوب شد. پیش از این بهمن راد فرماندار دامغان بود."
	checkAffiliationCases(t, []affCase{{"past", text, nil}}) // the appointee's post comes with the appointment
	if got, want := appointmentsOf(text), []string{"کامران نیک‌فر|فرماندار|فرمانداری ویژه شهرستان دامغان|بهمن راد"}; !reflect.DeepEqual(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
}
