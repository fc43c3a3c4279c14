package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestR9BBareDistrictGovernor checks that «بخشدار» with no place is not
// the county city's district: with two district offices named it has no
// body (and the report's post stays the one with a place), with one it
// is that one's.
func TestR9BBareDistrictGovernor(t *testing.T) {
	two := "سرپرست بخشداری مرکزی بروجن منصوب شد.\nفرماندار بروجن گفت: بخشدار جدید باید برنامه داشته باشد.\nآیین تودیع و معارفه بخشدار سرچشمه با حضور فرماندار بروجن برگزار شد. در این مراسم، کاوه نیکو به عنوان بخشدار سرچشمه معرفی شد و از خدمات بهمن راد، بخشدار سابق، تقدیر شد."
	want := []string{"کاوه نیکو|بخشدار|بخشداری سرچشمه|بهمن راد"}
	if got := appointmentsOf(two); !reflect.DeepEqual(got, want) {
		t.Errorf("two offices: got %q, want %q", got, want)
	}
	for _, r := range analyze(two).roles {
		if r.role == "بخشدار" && r.org == "بخشداری مرکزی بروجن" {
			t.Errorf("a bare «بخشدار» took the central district: %+v", r)
		}
	}
	one := "آیین معارفه در بخشداری سرچشمه برگزار شد و کاوه نیکو، بخشدار، گفت: کار ادامه دارد."
	if got := affiliationsOf(one); !reflect.DeepEqual(got, []string{"کاوه نیکو|بخشدار|بخشداری سرچشمه"}) {
		t.Errorf("one office: got %q", got)
	}
}

// TestR9BDecreeWithAdjective checks that the post after «حکم جداگانه/
// دیگری» is the decree's issuer's, not the next name's.
func TestR9BDecreeWithAdjective(t *testing.T) {
	for _, text := range []string{
		"فرماندار بروجن اعلام کرد: با حکم جداگانه استاندار، خانم نسرین رستمی که تاکنون مسئول دفتر امور بانوان فرمانداری بروجن بود، به عنوان سرپرست بخشداری مرکزی بروجن منصوب شد.",
		"با حکم دیگری استاندار، خانم نسرین رستمی که تاکنون معاون فرماندار بود، به عنوان سرپرست بخشداری مرکزی بروجن منصوب شد.",
	} {
		for _, af := range affiliationsOf(text) {
			if strings.HasPrefix(af, "نسرین رستمی|استاندار|") {
				t.Errorf("%s: the issuer's post given to the appointee: %q", text, af)
			}
		}
	}
}
