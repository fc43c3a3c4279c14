package extract

import (
	"strings"
	"testing"
)

// TestThankedGoesOnToPost checks that «وی از این پس به عنوان R» in the
// speech of one who thanks another is the thanked one's post, not the
// speaker's.
func TestThankedGoesOnToPost(t *testing.T) {
	text := "با حکم استاندار سمنان، کامران نیک‌فر به سمت فرماندار شهرستان دامغان منصوب شد. در این آیین از زحمات بهمن کیانی‌راد، فرماندار سابق دامغان تقدیر شد.\n" +
		"دکتر مینا تابان، استاندار سمنان در این آیین گفت: کار آغاز شد.\n" +
		"استاندار سمنان همچنین از تلاش‌های کیانی‌راد قدردانی کرد و گفت: وی از این پس به عنوان مدیرکل امور اتباع استانداری سمنان فعالیت خواهد کرد."
	got := appointmentsOf(text)
	var ok bool
	for _, g := range got {
		if strings.Contains(g, "مدیرکل") {
			ok = strings.HasPrefix(g, "کیانی‌راد|") || strings.HasPrefix(g, "بهمن کیانی‌راد|")
		}
	}
	if !ok {
		t.Errorf("appointments %q: want the post of مدیرکل for کیانی‌راد", got)
	}
}
