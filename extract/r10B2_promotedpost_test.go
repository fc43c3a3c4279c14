package extract

import "testing"

// TestR10B2PromotedToPost checks «X به سمت مشاور مدیرعامل ارتقا یافت»:
// promoted to a post is appointed to it, «ارتقا» no word of the post.
func TestR10B2PromotedToPost(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"promoted", "کامران یگانه با حکم مدیرعامل به سمت معاون فنی شرکت گاز استان یزد ارتقا یافت.",
			[]string{"کامران یگانه|معاون فنی|شرکت گاز استان یزد|"}},
	})
}

// TestR10B2OutgoingOwnPostOnly checks that the outgoing head thanked in a
// handover precedes the new head, not a sub-post of the same company
// appointed later («سرپرست امور مالی شرکت ...»).
func TestR10B2OutgoingOwnPostOnly(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"one predecessor", "مدیرعامل جدید شرکت گاز استان یزد معرفی شد. طی مراسمی علیرضا مشایخی به عنوان مدیرعامل شرکت گاز استان یزد معارفه شد و از خدمات رحیم توسلی تقدیر شد. همچنین ساره لطفی به عنوان سرپرست امور مالی شرکت گاز استان یزد منصوب شد.",
			[]string{"علیرضا مشایخی|مدیرعامل|شرکت گاز استان یزد|رحیم توسلی", "ساره لطفی|سرپرست امور مالی|شرکت گاز استان یزد|"}},
	})
}
