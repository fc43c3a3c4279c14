package extract

import "testing"

// TestThisPostNotGuests checks «... با حضور POST برگزار شد. X به این سمت
// منصوب شد»: the post of a guest named after «با حضور» is not the post the
// appointee fills.
func TestThisPostNotGuests(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"guest after the post", "آیین معارفه فرماندار شهرستان نطنز صبح امروز با حضور معاون سیاسی استاندار اصفهان برگزار شد. در این آیین بهرام نیکزاد که با حکم وزیر کشور به این سمت منصوب شده، جانشین کاوه رستمی شد.",
			[]string{"بهرام نیکزاد|فرماندار|فرمانداری شهرستان نطنز|کاوه رستمی"}},
	})
}

// TestHospitalPosts checks the nursing posts of a hospital (مترون،
// سوپروایزر) as posts of the hospital named.
func TestHospitalPosts(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"matron", "بازدید از بیمارستان امام رضا سمنان\n\nدر این بازدید سیما آقایی‌نژاد مترون بیمارستان امام رضا سمنان حضور داشت.",
			[]string{"سیما آقایی‌نژاد|مترون|بیمارستان امام رضا سمنان"}},
		{"supervisor", "بازدید از بیمارستان امام رضا سمنان\n\nدر این بازدید بهرام نیک‌فر، سوپروایزر بیمارستان امام رضا سمنان حضور داشت.",
			[]string{"بهرام نیک‌فر|سوپروایزر|بیمارستان امام رضا سمنان"}},
	})
}
