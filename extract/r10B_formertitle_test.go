package extract

import "testing"

// TestR10BFormerTitleNoBody checks «الف به عنوان معاون X و ب به عنوان
// مدیرکل X معرفی شدند و از خدمات ج، مدیرکل پیشین، قدردانی شد»: the former
// title with no body names the post ج left, the مدیرکل's only.
func TestR10BFormerTitleNoBody(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the former title picks the post", "در این آیین کاوه نیکو به عنوان معاون اداری اداره کل بهزیستی استان یزد و آرش سپهرفر به عنوان مدیرکل بهزیستی استان یزد معرفی شدند و از خدمات بهمن راد، مدیرکل پیشین، قدردانی شد.",
			[]string{"کاوه نیکو|معاون اداری|اداره کل بهزیستی استان یزد|", "آرش سپهرفر|مدیرکل|اداره کل بهزیستی استان یزد|بهمن راد"}},
	})
}
