package extract

import "testing"

// TestR21BGroupHeadAppointed checks «به سمت مدیر گروه X دانشکده Y
// منصوب شد»: the post «مدیر گروه X» in the faculty; a department the
// page names on its own too stays the body of its «مدیر».
func TestR21BGroupHeadAppointed(t *testing.T) {
	_, apps, _ := r20bDoc(t, "رئیس دانشگاه گفت: دکتر پرهام نیک‌روش به سمت مدیر گروه ارتوپدی دانشکده پزشکی دانشگاه علوم پزشکی کرمان منصوب شده است.\n")
	if !has(apps, "پرهام نیک‌روش | مدیر گروه ارتوپدی | دانشکده پزشکی دانشگاه علوم پزشکی کرمان") {
		t.Errorf("appointments %q, want the department head's post in the faculty", apps)
	}
	_, apps, _ = r20bDoc(t, "دکتر پرهام نیک‌روش به سمت مدیر گروه ارتوپدی دانشکده پزشکی دانشگاه علوم پزشکی کرمان منصوب شد.\n\n"+
		"به گفته وی، گروه ارتوپدی دانشکده پزشکی دانشگاه علوم پزشکی کرمان همایشی را در بهمن برگزار می‌کند.\n")
	if has(apps, "پرهام نیک‌روش | مدیر گروه ارتوپدی | دانشکده پزشکی دانشگاه علوم پزشکی کرمان") {
		t.Errorf("appointments %q, want the department kept as the body", apps)
	}
}
