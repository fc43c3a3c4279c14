package extract

import (
	"reflect"
	"testing"
)

// TestChargeHeldBefore checks that «ریاست BODY را بر عهده دارد» is a post
// held now, «... خواهد داشت» one to be held, and «... بر عهده داشت» one
// held before, which is no affiliation.
func TestChargeHeldBefore(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"now", "کامران نیک‌فر ریاست دانشکده کشاورزی دانشگاه سمنان را بر عهده دارد.",
			[]string{"کامران نیک‌فر|رئیس|دانشکده کشاورزی دانشگاه سمنان"}},
		{"before", "بهمن کیانی از زحمات کامران نیک‌فر که شش سال ریاست دانشکده کشاورزی دانشگاه سمنان را بر عهده داشت، قدردانی کرد.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := affiliationsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
