package extract

import "testing"

// TestBoardPostsAndGuestBodies checks that a board's post with no body
// («به عنوان رئیس هیئت‌مدیره انتخاب شد») is in the body whose board the
// article names, and that a guest's body told before in the sentence
// («با حضور نماینده سازمان X») is not the appointee's.
func TestBoardPostsAndGuestBodies(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the board named before", "در جلسه هیئت‌مدیره شرکت تعاونی دامداران سمنان که دیروز برگزار شد، کامران نیک‌فر به عنوان مدیرعامل این شرکت انتخاب شد. در این جلسه که با حضور نماینده سازمان مرکزی تعاون روستایی ایران برگزار شد، بهمن رستمی‌پور به عنوان رئیس هیئت‌مدیره انتخاب شد.",
			[]string{"کامران نیک‌فر|مدیرعامل|شرکت تعاونی دامداران سمنان|", "بهمن رستمی‌پور|رئیس هیئت‌مدیره|شرکت تعاونی دامداران سمنان|"}},
		{"a body of its own before, no guest", "در اداره کل تعاون روستایی استان سمنان، کامران نیک‌فر به عنوان مدیرکل جدید معرفی شد.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل تعاون روستایی استان سمنان|"}},
	})
}

// TestDecreeAppositionCoordinatedPosts checks «حکم X به عنوان R1 و R2»: a
// decree named with its appointee gives each coordinated post in another
// body an appointment of its own.
func TestDecreeAppositionCoordinatedPosts(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"two bodies", "خبر\n\nدر ادامه حکم جواد صالحی‌مقدم به عنوان مشاور استاندار سمنان و دبیر ستاد اربعین استان سمنان ابلاغ شد.",
			[]string{"جواد صالحی‌مقدم|مشاور استاندار|استانداری سمنان|", "جواد صالحی‌مقدم|دبیر|ستاد اربعین استان سمنان|"}},
	})
}
