package extract

import (
	"reflect"
	"testing"
)

// TestInChargeAndHelm checks «X عهده‌دار مسئولیت BODY شد» and «X سکاندار
// BODY شد» (appointments; after «سکاندار» the post that heads the body),
// and «X عهده‌دار ریاست BODY است» (the post X holds).
func TestInChargeAndHelm(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"helm", "کامران نیک‌فر سکاندار شرکت آب و فاضلاب استان سمنان شد.",
			[]string{"کامران نیک‌فر|مدیرعامل|شرکت آب و فاضلاب استان سمنان|"}},
		{"in charge", "بهمن رستمی‌پور عهده‌دار مسئولیت اداره ورزش و جوانان شهرستان گرمسار شد.",
			[]string{"بهمن رستمی‌پور|مسئول|اداره ورزش و جوانان شهرستان گرمسار|"}},
		{"past", "بهمن رستمی‌پور که پیش از این سکاندار شرکت آب و فاضلاب استان سمنان شد، سخن گفت.", nil},
	})
	got := affiliationsOf("بهمن رستمی‌پور عهده‌دار ریاست اداره ورزش و جوانان شهرستان گرمسار است.")
	if want := []string{"بهمن رستمی‌پور|رئیس|اداره ورزش و جوانان شهرستان گرمسار"}; !reflect.DeepEqual(got, want) {
		t.Errorf("affiliations %q, want %q", got, want)
	}
}
