package extract

import "testing"

// TestGasZoneBody checks «منطقه گازرسانی X», a provincial gas company's
// district, as a body its head's post is in.
func TestGasZoneBody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"head of a gas district", "نشست شرکت گاز استان سمنان برگزار شد\n\nدر این نشست کاوه رستمی رئیس منطقه گازرسانی دامغان حضور داشت.",
			[]string{"کاوه رستمی|رئیس|منطقه گازرسانی دامغان"}},
	})
}
