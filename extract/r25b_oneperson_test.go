package extract

import "testing"

// TestR25BBareHeadOfDirectorate checks a post whose body is told by its
// head alone («... به عنوان معاون X اداره کل خدمت خواهد کرد»), said by
// the director general of a directorate in a report of an office's new
// head: the post is in the directorate, not in the office the report
// is about.
func TestR25BBareHeadOfDirectorate(t *testing.T) {
	_, apps, _ := r20bDoc(t, "معرفی رئیس جدید اداره ورزش نیکدشت\n\n"+
		"نیکدشت - ایرنا - در آیینی که صبح امروز برگزار شد، کیوان سپیدرود با حکم مدیرکل ورزش و جوانان استان فارس به عنوان رئیس اداره ورزش و جوانان شهرستان نیکدشت معرفی و از زحمات بهمن آبرنگی‌فرد تقدیر شد.\n\n"+
		"به گزارش ایرنا، مهندس ژاله آذرمهر، مدیرکل ورزش و جوانان استان فارس، در این آیین گفت: ورزش همگانی در شهرستان رشد کرده است.\n\n"+
		"وی افزود: آبرنگی‌فرد در چهار سال گذشته ده سالن ورزشی را به بهره‌برداری رساند و از این پس به عنوان معاون توسعه ورزش همگانی اداره کل خدمت خواهد کرد.\n")
	if !has(apps, "بهمن آبرنگی‌فرد | معاون توسعه ورزش همگانی | اداره کل ورزش و جوانان استان فارس") {
		t.Errorf("appointments %q, want the outgoing head's new post in the directorate", apps)
	}
	if has(apps, "بهمن آبرنگی‌فرد | معاون توسعه ورزش همگانی | اداره ورزش و جوانان شهرستان نیکدشت") {
		t.Errorf("appointments %q, want no post in the office he leaves", apps)
	}
}
