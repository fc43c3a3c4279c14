package extract

import (
	"strings"
	"testing"
)

// TestCentralDistrictGovernor checks that «بخشدار مرکزی» with no place
// after it heads the central district of the report's county, not a body
// of the province named «مرکزی».
func TestCentralDistrictGovernor(t *testing.T) {
	text := "فارسان - بخشداری مرکزی فارسان: نشست شورای بخش با حضور مهندس کیوان تابان بخشدار مرکزی؛ و اعضای شورا در فارسان برگزار شد."
	got := affiliationsOf(text)
	for _, g := range got {
		if strings.HasPrefix(g, "کیوان تابان|بخشدار") {
			if !strings.HasSuffix(g, "|بخشداری مرکزی فارسان") {
				t.Errorf("got %q, want the central district of فارسان", g)
			}
			return
		}
	}
	t.Errorf("no affiliation for the district governor in %q", got)
}
