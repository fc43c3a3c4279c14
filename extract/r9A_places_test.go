package extract

import "testing"

// TestR9AShortHeadWithPlace checks that a head written without its «ی»
// (آبفا) still takes the place after it, while before other words it
// stands alone.
func TestR9AShortHeadWithPlace(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"این طرح توسط آبفا استان سمنان در حال اجرا است.", []string{"آبفا استان سمنان"}},
		{"شورا انتخاب شهردار را به تعویق انداخت.", nil},
	})
}

// TestR9ADatelineTownClosesName checks that a town no list holds closes a
// body's name after «شهرستان» when the dateline gives it as the place,
// and does not otherwise.
func TestR9ADatelineTownClosesName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"سیاه‌کوه- ایرنا- کامران نیک‌فر مدیر آبفای شهرستان سیاه‌کوه از تصفیه‌خانه بازدید کرد.", []string{"ایرنا", "آبفای شهرستان سیاه‌کوه"}},
	})
}

// TestR9ANumberedBranch checks that a numbered branch of social security
// (شعبه ۳ تأمین اجتماعی X) and a numbered branch named by its town alone
// (شعبه ۳ X) are bodies, while counted branches are none.
func TestR9ANumberedBranch(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس جدید شعبه ۳ تأمین اجتماعی شاهرود معرفی شد.", []string{"شعبه ۳ تأمین اجتماعی شاهرود"}},
		{"کامران نیک‌فر پیش از این معاون شعبه ۴ شاهرود بود.", []string{"شعبه ۴ شاهرود"}},
		{"این سازمان ۲۰ شعبه تأمین اجتماعی در استان دارد.", nil},
	})
}

// TestR9ATownNamedTwice checks that a town no list holds closes a body's
// name after «شهر» when the article names it after two different words
// of a town's places or offices, and not when it follows one only.
func TestR9ATownNamedTwice(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر بخشدار سیاه‌کوه شد. وی خواستار پزشک برای مرکز بهداشت شهر سیاه‌کوه شد.",
			[]string{"مرکز بهداشت شهر سیاه‌کوه", "بخشداری سیاه‌کوه"}},
		{"وی خواستار پزشک برای مرکز بهداشت شهر سیاه‌کوه شد.", []string{"مرکز بهداشت شهر"}},
		{"بخشدار جدید معرفی شد. وی برای مرکز بهداشت شهرستان جدید پزشک خواست.", []string{"مرکز بهداشت شهرستان"}},
	})
}

// TestR9ASharedPlaceAfterAnd checks that a bare local office joined by «و»
// to a body closed by a town shares that town, that a governorate takes
// no town, and that a directorate named with no place shares the province
// of the body after its «و».
func TestR9ASharedPlaceAfterAnd(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"فرمانداری و شهرداری نهاوند این جشنواره را برگزار کردند.", []string{"فرمانداری نهاوند", "شهرداری نهاوند"}},
		{"با همکاری شهرداری و شورای اسلامی شهر شاهرود این طرح اجرا شد.", []string{"شهرداری شاهرود", "شورای اسلامی شهر شاهرود"}},
		{"استانداری و شهرداری نهاوند این جشنواره را برگزار کردند.", []string{"استانداری", "شهرداری نهاوند"}},
		{"نمایندگان اداره کل بهزیستی و کمیته امداد امام خمینی (ره) استان سمنان حضور داشتند.",
			[]string{"اداره کل بهزیستی استان سمنان", "کمیته امداد امام خمینی (ره) استان سمنان"}},
	})
}

// TestR9ACentreOfAPlaceIsNoBody checks that «مرکز» as the middle of a
// place or of a matter (مرکز شهر X، مرکز توجه) names no body, while a
// centre of a field in a town (مرکز بهداشت شهر X) still does.
func TestR9ACentreOfAPlaceIsNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"این پروژه در مرکز شهر شاهرود اجرا می‌شود.", nil},
		{"این موضوع در مرکز توجه مسئولان قرار دارد.", nil},
		{"رئیس مرکز بهداشت شهرستان شاهرود گفت: کار ادامه دارد.", []string{"مرکز بهداشت شهرستان شاهرود"}},
	})
}

// TestR9AGenericPlaceByFullName checks that a body spelled out with
// «شهرستان» alone is the one fuller mention of the same words with a town
// no list holds.
func TestR9AGenericPlaceByFullName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر فرماندار سیاه‌کوه شد. جلسه شورای اداری شهرستان سیاه‌کوه برگزار شد. شورای اداری شهرستان ۲۰ مصوبه داشت.",
			[]string{"شورای اداری شهرستان سیاه‌کوه|شورای اداری شهرستان", "فرمانداری سیاه‌کوه"}},
	})
}
