package extract

import "testing"

// TestR9AAppliedScienceUniversityIsAnotherBody checks that the
// applied-science university of a town (دانشگاه علمی کاربردی X) is another
// body than the town's university (دانشگاه X), not its full form.
func TestR9AAppliedScienceUniversityIsAnotherBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس دانشگاه علمی کاربردی شاهرود گفت: کلاس‌ها آغاز شد. رئیس دانشگاه شاهرود نیز حضور داشت.",
			[]string{"دانشگاه علمی کاربردی شاهرود", "دانشگاه شاهرود"}},
	})
}
