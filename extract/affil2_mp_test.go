package extract

import "testing"

// TestPeoplesRepresentativeSitsInParliament checks that «نماینده مردم
// PLACE» with no body named is a post of the parliament, and that a body
// named after «در» still is the post's.
func TestPeoplesRepresentativeSitsInParliament(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"no body", "خبر\n\nکامران نیک‌فر، نماینده مردم دامغان گفت: آب کشاورزی تامین شود.",
			[]string{"کامران نیک‌فر|نماینده مردم|مجلس شورای اسلامی"}},
		{"coordinated", "خبر\n\nکامران نیک‌فر، عضو کمیسیون کشاورزی مجلس شورای اسلامی و نماینده مردم دامغان گفت: آب تامین شود.",
			[]string{"کامران نیک‌فر|عضو|کمیسیون کشاورزی مجلس شورای اسلامی", "کامران نیک‌فر|نماینده مردم|مجلس شورای اسلامی"}},
		{"a body after «در»", "خبر\n\nکامران نیک‌فر، نماینده مردم سمنان در شورای اسلامی استان سمنان گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|نماینده مردم|شورای اسلامی استان سمنان"}},
	})
}
