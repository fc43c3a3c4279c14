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
