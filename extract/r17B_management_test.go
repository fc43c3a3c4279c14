package extract

import "testing"

// TestR17BCountyManagement checks that «مدیر FIELD شهرستان X», for a field
// whose county office is a «مدیریت», heads «مدیریت FIELD شهرستان X», that
// the office named in full («سرپرست مدیریت توزیع برق شهرستان X») is a body,
// and that a province's body of the field and another post keep their
// names.
func TestR17BCountyManagement(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"manager of a county field", "خبر\n\nبه گزارش خبرنگار ما، کامران نیک‌فر مدیر جهاد کشاورزی شهرستان بردسکن در این بازدید گفت: برداشت زعفران آغاز شده است.",
			[]string{"کامران نیک‌فر|مدیر|مدیریت جهاد کشاورزی شهرستان بردسکن"}},
		{"new manager", "خبر\n\nبه گزارش خبرنگار ما، کامران نیک‌فر مدیر جدید جهاد کشاورزی شهرستان بردسکن در این بازدید گفت: برداشت زعفران آغاز شده است.",
			[]string{"کامران نیک‌فر|مدیر|مدیریت جهاد کشاورزی شهرستان بردسکن"}},
		{"office named in full", "خبر\n\nبه گزارش خبرنگار ما، بهمن رستمی‌پور سرپرست مدیریت توزیع برق شهرستان بردسکن در این بازدید گفت: ۱۲ پست برق نوسازی شد.",
			[]string{"بهمن رستمی‌پور|سرپرست|مدیریت توزیع برق شهرستان بردسکن"}},
		{"a province's organization", "خبر\n\nبه گزارش خبرنگار ما، کامران نیک‌فر رئیس سازمان جهاد کشاورزی استان سمنان در این بازدید گفت: برداشت زعفران آغاز شده است.",
			[]string{"کامران نیک‌فر|رئیس|سازمان جهاد کشاورزی استان سمنان"}},
	})
}
