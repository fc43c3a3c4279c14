package extract

import (
	"reflect"
	"testing"
)

// TestR9BThisPostBeforeAsTitle checks «X که ... به این سمت منصوب شده است،
// به عنوان R معرفی شد»: «این سمت» is the post told after it, not a post
// named before; and «مسئولیت مدیریت BODY را بر عهده خواهد داشت» is the
// post «مدیر».
func TestR9BThisPostBeforeAsTitle(t *testing.T) {
	text := "مراسم تودیع و معارفه مدیر شعب بانک ملت استان یزد با حضور خانم نسرین رستمی معاون هماهنگی امور اقتصادی استاندار یزد برگزار شد. در این آیین، مهندس کاوه نیکو که با حکم مدیرعامل بانک به این سمت منصوب شده است، به عنوان مدیر جدید شعب استان معرفی و از تلاش‌های بهمن راد، مدیر سابق، تجلیل شد. بر اساس این حکم، راد از این پس مسئولیت مدیریت شعب بانک ملت استان کرمان را بر عهده خواهد داشت."
	want := []string{"کاوه نیکو|مدیر|مدیریت شعب بانک ملت استان یزد|بهمن راد", "راد|مدیر|مدیریت شعب بانک ملت استان کرمان|"}
	if got := appointmentsOf(text); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestR9BChargeOfLocalOffice checks «ریاست/مدیریت/مسئولیت» of a local
// office: the office's own head post, not «مدیر/رئیس» of it; «سرپرستی»
// stays an acting head.
func TestR9BChargeOfLocalOffice(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the helm of a municipality", "کاوه نیکو که پیش از این معاون استاندار بود، سکان مدیریت شهرداری میبد را بر عهده گرفت.",
			[]string{"کاوه نیکو|شهردار|شهرداری میبد|"}},
		{"acting head", "کاوه نیکو سرپرستی فرمانداری شهرستان میبد را بر عهده گرفت.",
			[]string{"کاوه نیکو|سرپرست|فرمانداری شهرستان میبد|"}},
	})
}
