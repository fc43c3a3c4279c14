package extract

import "testing"

// TestR10BPluralPostAppointed checks «فرمانداران (جدید) X و Y، الف و ب،
// منصوب شدند»: the holders listed after the plural post, then the verb of
// their appointment, are appointed each to the post of his place; with
// no such verb they only hold it.
func TestR10BPluralPostAppointed(t *testing.T) {
	want := []string{"کاوه نیکو|فرماندار|فرمانداری مهریز|", "آرش سپهرفر|فرماندار|فرمانداری میبد|"}
	checkAppointmentCases(t, []appointmentCase{
		{"the plural, then the appointed", "در احکامی از سوی استاندار، فرمانداران مهریز و میبد، کاوه نیکو و آرش سپهرفر، منصوب شدند.", want},
		{"new holders", "در احکامی از سوی استاندار، فرمانداران جدید مهریز و میبد، کاوه نیکو و آرش سپهرفر، منصوب شدند.", want},
		{"guests, no appointment", "فرمانداران مهریز و میبد، کاوه نیکو و آرش سپهرفر، در آیین معارفه مدیرکل جدید حضور داشتند.", nil},
	})
}
