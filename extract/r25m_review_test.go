package extract

import (
	"slices"
	"testing"
)

// TestR25mBareNameToldOften: a bare body name that two placed bodies could
// stand for is left out when told once (r25cAmbiguousBare), but told on
// its own three times it is the body as such, and listed.
func TestR25mBareNameToldOften(t *testing.T) {
	text := "رئیس مجمع خیرین سلامت استان همدان در نشست مجمع خیرین سلامت شهرستان ملایر گفت: مجمع خیرین سلامت امسال ۱۲ درمانگاه ساخته است. " +
		"وی افزود: مجمع خیرین سلامت در روستاها نیز فعال است. به گفته او، اعضای مجمع خیرین سلامت هر ماه نشست دارند."
	if names := orgNames(t, text); !slices.Contains(names, "مجمع خیرین سلامت") {
		t.Errorf("bodies %q, want the bare «مجمع خیرین سلامت» too", names)
	}
}
