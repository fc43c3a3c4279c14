package extract

import "testing"

// TestHeadBeforeSurnameEnding checks that a head noun followed by a
// surname's ending typed apart («پور»، «زاده») names no body.
func TestHeadBeforeSurnameEnding(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رضا بانک پور خزانه‌دار انجمن شد.", nil},
		{"مریم دانشگاه زاده منشی جلسه بود.", nil},
	})
}
