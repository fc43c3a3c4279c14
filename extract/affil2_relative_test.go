package extract

import (
	"reflect"
	"testing"
)

// TestRelativePostWithAlso checks «وی که R Y نیز هست»: a post told in a
// relative clause with the copula «هست» or «می‌باشد», after «نیز» or
// «هم», is held now; with «بود» it was held before.
func TestRelativePostWithAlso(t *testing.T) {
	lead := "کامران نیک‌فر، رئیس شورای اسلامی شهر سمنان گفت: بودجه تامین شد. "
	tests := []struct {
		name, text string
		want       []string
	}{
		{"نیز هست", lead + "وی که عضو هیئت‌مدیره سازمان اتوبوسرانی سمنان نیز هست، افزود: کار آغاز شد.",
			[]string{"کامران نیک‌فر|رئیس|شورای اسلامی شهر سمنان", "کامران نیک‌فر|عضو هیئت‌مدیره|سازمان اتوبوسرانی سمنان"}},
		{"هم می‌باشد", lead + "وی که رئیس کمیسیون عمران شورای اسلامی شهر سمنان هم می‌باشد، افزود: کار آغاز شد.",
			[]string{"کامران نیک‌فر|رئیس|شورای اسلامی شهر سمنان", "کامران نیک‌فر|رئیس|کمیسیون عمران شورای اسلامی شهر سمنان"}},
		{"past", lead + "وی که عضو هیئت‌مدیره سازمان اتوبوسرانی سمنان نیز بود، افزود: کار آغاز شد.",
			[]string{"کامران نیک‌فر|رئیس|شورای اسلامی شهر سمنان"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := affiliationsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
