package extract

import "testing"

// TestStopWordsFoldedIntoGivenName checks that two stop words written
// apart that fold like a one-word given name («این از» like «آیناز») are
// no given name, while the name itself still is one.
func TestStopWordsFoldedIntoGivenName(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"stop words", "خبر\n\nروزنامه سمنان پیش از این از کمبود واحد مسکونی خبر داده بود.", nil},
		{"the name", "خبر\n\nآیناز کاظمی‌راد، مدیر منطقه ۳ گفت: کار آغاز شد.", []string{"آیناز کاظمی‌راد"}},
	})
}
