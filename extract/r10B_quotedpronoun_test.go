package extract

import "testing"

// TestR10BPronounInSpeakersWords checks «X با قدردانی از Y گفت: وی ... با
// حکم اینجانب به سمت R منصوب شده است»: «وی» in X's own words is Y, the
// one thanked, not the speaker.
func TestR10BPronounInSpeakersWords(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the one thanked moves on", "سرهنگ آرش سپهرفر به عنوان فرمانده انتظامی شهرستان مهریز معرفی شد. سردار کاوه نیکو، فرمانده انتظامی استان یزد، در این آیین با قدردانی از سرهنگ بهمن راد گفت: وی پیش از این با حکم اینجانب به سمت معاون عملیات فرماندهی انتظامی استان یزد منصوب شده است.",
			[]string{"آرش سپهرفر|فرمانده|فرماندهی انتظامی شهرستان مهریز|بهمن راد", "بهمن راد|معاون عملیات|فرماندهی انتظامی استان یزد|"}},
	})
}
