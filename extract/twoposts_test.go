package extract

import (
	"reflect"
	"testing"
)

// TestTwoPostsTwoBodies checks that a person holding two posts in two
// bodies keeps both: in a relative clause in the present, and when the
// first post, of a governorate, names no province but the second names a
// place of one.
func TestTwoPostsTwoBodies(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a relative clause in the present", "بهمن راد که مشاور وزیر کشور و دبیر شورای هماهنگی مدیریت بحران استان قم است، گفت: بودجه تصویب شد.",
			[]string{"بهمن راد|مشاور وزیر|وزارت کشور", "بهمن راد|دبیر|شورای هماهنگی مدیریت بحران استان قم"}},
		{"a past relative clause is no post", "بهمن راد که مشاور وزیر کشور و دبیر شورای هماهنگی مدیریت بحران استان قم بود، گفت: بودجه تصویب شد.", nil},
		{"the governor's deputy, name first", "بهمن راد، معاون استاندار و فرماندار ویژه شهرستان کاشان، گفت که طرح تصویب شد.",
			[]string{"بهمن راد|معاون استاندار|استانداری اصفهان", "بهمن راد|فرماندار|فرمانداری ویژه شهرستان کاشان"}},
		{"the governor's deputy, name after", "معاون استاندار و فرماندار ویژه شهرستان کاشان، بهمن راد، گفت که طرح تصویب شد.",
			[]string{"بهمن راد|فرماندار|فرمانداری ویژه شهرستان کاشان", "بهمن راد|معاون استاندار|استانداری اصفهان"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := affiliationsOf(tc.text)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
