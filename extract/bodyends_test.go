package extract

import (
	"reflect"
	"testing"
)

// TestBodyEndsBeforeClause checks that a body's name stops before the
// clause that follows it: an adverb, an ordinal or superlative before its
// noun, a predicate's noun, the noun «خود» owns, and the word
// after a head written without the «ی» that would join a name to it.
func TestBodyEndsBeforeClause(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شرکت فولاد سپهرآذین همزمان با این آیین طرح جدید خود را آغاز کرد.", []string{"شرکت فولاد سپهرآذین"}},
		{"بیمارستان امید نوبران کار خود را از امروز آغاز کرد.", []string{"بیمارستان امید نوبران"}},
		{"دانشگاه علوم پزشکی نوبران برنامه خویش را اعلام کرد.", []string{"دانشگاه علوم پزشکی نوبران"}},
		{"بانک توسعه صادرات اکنون آماده پرداخت وام است.", []string{"بانک توسعه صادرات"}},
		{"بانک سپه نخستین شعبه خود را در بم گشایش داد.", []string{"بانک سپه"}},
		{"شرکت فولاد کاوه دومین کارخانه را ساخت.", []string{"شرکت فولاد کاوه"}},
		{"شرکت فولاد کاوه بزرگترین کارخانه را ساخت.", []string{"شرکت فولاد کاوه"}},
		{"آموزش و پرورش ناحیه دوم کرمان اعلام کرد.", []string{"آموزش و پرورش ناحیه دوم کرمان"}},
		{"بانک ملت حامی این جشنواره بود.", []string{"بانک ملت"}},
		{"شرکت فولاد کاوه رکورد تولید ماهانه را شکست.", []string{"شرکت فولاد کاوه"}},
		{"بیمارستان امید پذیرای صد بیمار بود.", []string{"بیمارستان امید"}},
		{"بانک ملت تسهیلات ارزان پرداخت کرد.", []string{"بانک ملت"}},
		{"شرکت فولاد کاوه اقدام به صادرات کرد.", []string{"شرکت فولاد کاوه"}},
		{"شورا انتخاب شهردار را به هفته آینده موکول کرد.", nil},
		{"شورای شهر کرمان انتخاب شهردار را به هفته آینده موکول کرد.", []string{"شورای شهر کرمان"}},
	})
}

// TestPluralPostIsNoPerson checks that a plural post before a role
// («معاونان وزیر») is read as holders, not as a person's name.
func TestPluralPostIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"معاونان وزیر نفت در این جلسه حضور داشتند.",
		"مشاوران استاندار در این نشست گزارش دادند.",
		"اکنون مدیرکل بهزیستی استان قم گفت: طرح آغاز شد.",
	} {
		doc, err := File("t.txt", []byte(text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range doc.Persons {
			t.Errorf("%s: person %q, want none", text, p.Name)
		}
	}
}

// TestNamesakeIsNoPerson checks that a martyr's name after a body's head
// or a hall («بیمارستان شهید دکتر X»، «سالن شهید X») names the place:
// no person, and the body keeps the whole name.
func TestNamesakeIsNoPerson(t *testing.T) {
	tests := []struct {
		text   string
		bodies []string
	}{
		{"بیماران به بیمارستان شهید دکتر نیک‌گهر منتقل شدند.", []string{"بیمارستان شهید دکتر نیک‌گهر"}},
		{"همایش در سالن شهید تابنده‌نژاد برگزار شد.", nil},
		{"این نشست در سالن اجتماعات شهید کاوش‌پور برگزار شد.", nil},
		{"وی در بیمارستان امام رضا بستری شد.", []string{"بیمارستان امام رضا"}},
	}
	for _, tc := range tests {
		doc, err := File("t.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range doc.Persons {
			t.Errorf("%s: person %q, want none", tc.text, p.Name)
		}
		var got []string
		for _, o := range doc.Organizations {
			got = append(got, o.Name)
		}
		if !reflect.DeepEqual(got, tc.bodies) {
			t.Errorf("%s: bodies %q, want %q", tc.text, got, tc.bodies)
		}
	}
}

// TestDistrictOfficeKeepsCity checks that «بخشدار مرکزی X», where «مرکزی»
// is also a province's name, gives the office of X's central district.
func TestDistrictOfficeKeepsCity(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر بخشدار مرکزی شهرستان رفسنجان گفت: طرح آماده است.", []string{"بخشداری مرکزی شهرستان رفسنجان"}},
		{"کامران نیک‌فر بخشدار مرکزی رفسنجان گفت: طرح آماده است.", []string{"بخشداری مرکزی رفسنجان"}},
		{"کامران نیک‌فر استاندار مرکزی گفت: طرح آماده است.", []string{"استانداری مرکزی"}},
	})
}

// TestDescriptionIsNoBody checks that a noun after a superlative, or a
// «مرکز» of a side of the country, describes and names no body.
func TestDescriptionIsNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"این بیمارستان بزرگترین مرکز درمانی غرب کشور است.", nil},
		{"این شهر مرکز تجاری شمال استان به شمار می‌رود.", nil},
		{"این واحد مهم‌ترین شرکت صنعتی منطقه است.", nil},
		{"مرکز بهداشت شهرستان بم گزارش داد.", []string{"مرکز بهداشت شهرستان بم"}},
	})
}

// TestInformationSiteIsOutlet checks that a lead's «پایگاه اطلاع‌رسانی X»
// or «شبکه اطلاع‌رسانی X (Y)» is read as the outlet's whole name, with its
// short name in brackets, while a body's own site is that body.
func TestInformationSiteIsOutlet(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"به گزارش پایگاه اطلاع‌رسانی دولت، طرح ملی مسکن آغاز شد.", []string{"پایگاه اطلاع‌رسانی دولت"}},
		{"به گزارش شبکه اطلاع‌رسانی صنعت و معدن (شاصم)، تولید افزایش یافت.", []string{"شبکه اطلاع‌رسانی صنعت و معدن (شاصم)"}},
		{"به گزارش پایگاه اطلاع‌رسانی استانداری کرمان، طرح آغاز شد.", []string{"استانداری کرمان"}},
	})
}

// TestRoleNamesBodyWithoutHolder checks that a post heading a body names
// that body when no holder is named: a ministry, or an office with its
// place, while a bare office or «مدیر X» names none.
func TestRoleNamesBodyWithoutHolder(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مشاور وزیر نفت در این نشست گفت: طرح آماده است.", []string{"وزارت نفت"}},
		{"این آیین با حضور معاون وزیر کشور و استاندار یزد برگزار شد.", []string{"وزارت کشور"}}, // a local office's head with no holder named lists no body
		{"به گفته مدیرکل راه و شهرسازی استان یزد، طرح آغاز شد.", []string{"اداره کل راه و شهرسازی استان یزد"}},
		{"مدیرکل آموزش و پرورش در این آیین گفت: طرح آغاز شد.", nil},
		{"مدیر روابط عمومی در این آیین گفت: طرح آغاز شد.", nil},
	})
}

// TestGluedHeadIsOneBody checks that «اداره‌کل» typed glued and «اداره
// کل» name one body, and that «وزارت کشور» is no short form of another
// ministry.
func TestGluedHeadIsOneBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"ادارهکل ورزش و جوانان استان طرح را اعلام کرد. اداره کل ورزش و جوانان استان یزد همکاری کرد.",
			[]string{"اداره کل ورزش و جوانان استان یزد|ادارهکل ورزش و جوانان استان"}},
		{"وزارت کشور و وزارت نفت همکاری کردند.", []string{"وزارت کشور", "وزارت نفت"}},
	})
}
