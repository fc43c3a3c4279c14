package extract

import (
	"reflect"
	"testing"
)

// TestR9BDeputyOfReportPost checks «به عنوان معاون دادستان و سرپرست
// دادسرای ناحیه ۲ معرفی شد» in a report of the prosecutor's post: the
// deputy is in the body of that post, apart from the coordinated post,
// and the outgoing prosecutor precedes the new prosecutor, not the deputy.
func TestR9BDeputyOfReportPost(t *testing.T) {
	text := "آیین تکریم و معارفه دادستان عمومی و انقلاب شهرستان بروجن برگزار شد. با حکم دادستان کل کشور، قاضی کاوه نیکو به عنوان دادستان عمومی و انقلاب شهرستان بروجن معرفی و از زحمات قاضی بهمن راد تجلیل شد. در پایان این آیین، با حکم دادستان جدید، قاضی نسرین رستمی به عنوان معاون دادستان و سرپرست دادسرای ناحیه دو بروجن معرفی شد."
	want := []string{
		"کاوه نیکو|دادستان|دادسرای عمومی و انقلاب شهرستان بروجن|بهمن راد",
		"نسرین رستمی|معاون دادستان|دادسرای عمومی و انقلاب شهرستان بروجن|",
		"نسرین رستمی|سرپرست|دادسرای ناحیه دو بروجن|",
	}
	if got := appointmentsOf(text); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
