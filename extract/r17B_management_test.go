package extract

import (
	"reflect"
	"testing"
)

// TestR17BCountyManagement checks that «مدیر FIELD شهرستان X», for a field
// whose county office is a «مدیریت» (management_fields.txt), is affiliated
// in the extracted document to «مدیریت FIELD شهرستان X», that the office
// named in full («سرپرست مدیریت توزیع برق شهرستان X») is a body, and that
// a province's body of the field keeps its name.
func TestR17BCountyManagement(t *testing.T) {
	for _, c := range []affCase{
		{"manager of a county field", "خبر\n\nبه گزارش خبرنگار ما، کامران نیک‌فر مدیر جهاد کشاورزی شهرستان بردسکن در این بازدید گفت: برداشت زعفران آغاز شده است.",
			[]string{"کامران نیک‌فر|مدیر|مدیریت جهاد کشاورزی شهرستان بردسکن"}},
		{"new manager", "خبر\n\nبه گزارش خبرنگار ما، کامران نیک‌فر مدیر جدید جهاد کشاورزی شهرستان بردسکن در این بازدید گفت: برداشت زعفران آغاز شده است.",
			[]string{"کامران نیک‌فر|مدیر|مدیریت جهاد کشاورزی شهرستان بردسکن"}},
		{"office named in full", "خبر\n\nبه گزارش خبرنگار ما، بهمن رستمی‌پور سرپرست مدیریت توزیع برق شهرستان بردسکن در این بازدید گفت: ۱۲ پست برق نوسازی شد.",
			[]string{"بهمن رستمی‌پور|سرپرست|مدیریت توزیع برق شهرستان بردسکن"}},
		{"a province's organization", "خبر\n\nبه گزارش خبرنگار ما، کامران نیک‌فر رئیس سازمان جهاد کشاورزی استان سمنان در این بازدید گفت: برداشت زعفران آغاز شده است.",
			[]string{"کامران نیک‌فر|رئیس|سازمان جهاد کشاورزی استان سمنان"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := File("t.txt", []byte(c.text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, af := range doc.Affiliations {
				got = append(got, af.Person+"|"+af.Role+"|"+af.Organization)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
