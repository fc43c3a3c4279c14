package extract

import "testing"

// TestR10BThankedFormerHolders checks «از خدمات الف، فرماندار سابق X، و ب،
// فرماندار پیشین Y، قدردانی شد» after a list of appointments: each one
// thanked precedes the post in the place of his former post.
func TestR10BThankedFormerHolders(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"two thanked, two places", "استاندار یزد امروز در احکامی جداگانه سرپرستان دو فرمانداری را منصوب کرد. بر این اساس، کاوه نیکو به عنوان سرپرست فرمانداری شهرستان مهریز و آرش سپهرفر به عنوان سرپرست فرمانداری ویژه میبد منصوب شدند. در متن احکام از خدمات بهمن راد، فرماندار سابق مهریز، و نادر امینی، فرماندار پیشین میبد، قدردانی شده است.",
			[]string{"کاوه نیکو|سرپرست|فرمانداری شهرستان مهریز|بهمن راد", "آرش سپهرفر|سرپرست|فرمانداری ویژه میبد|نادر امینی"}},
	})
}
