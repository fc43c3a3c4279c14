package extract

import "testing"

// TestR24BNisbaSurnameAlone checks a surname ending in «ه‌ای» with its
// non-joiner typed (a place's nisba), told alone after the full name: it
// still names its person, so the new post of the sentence is his, not
// the speaker's.
func TestR24BNisbaSurnameAlone(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "معرفی مدیر جدید\n\n"+
		"آیین معارفه مدیر شرکت گاز شهرستان نیکدشت صبح امروز با حضور مهندس بهمن آبرنگی‌فرد، مدیرعامل شرکت گاز استان فارس برگزار شد و از زحمات مهندس کیوان سپیدرود‌ساوه‌ای قدردانی شد.\n\n"+
		"آبرنگی‌فرد در این مراسم گفت: سپیدرود‌ساوه‌ای از این پس به عنوان معاون بهره‌برداری شرکت گاز استان فارس خدمت خواهد کرد.\n")
	if !has(affs, "کیوان سپیدرود‌ساوه‌ای | معاون بهره‌برداری | شرکت گاز استان فارس") {
		t.Errorf("affiliations %q, want the thanked manager's new post", affs)
	}
	if has(affs, "بهمن آبرنگی‌فرد | معاون بهره‌برداری | شرکت گاز استان فارس") {
		t.Errorf("affiliations %q, want no new post for the speaker", affs)
	}
	_ = apps
}
