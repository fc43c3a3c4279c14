package extract

import "testing"

// TestR9ABodyEndsBeforeShortVerbs checks that a body's name stops before
// the short past continuous and negative of شدن (می‌شد، نشد) with the
// noun of running or spending before it, before a prefixed verb
// (بازمی‌گردد، برمی‌دارد), before «می» typed apart, and before a
// predicative adjective of facing (روبه‌روست).
func TestR9ABodyEndsBeforeShortVerbs(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"این پایانه تا پارسال از سوی شهرداری نوبران اداره می‌شد.", []string{"شهرداری نوبران"}},
		{"این پایانه تا پارسال از سوی شرکت تعاونی صیادان اداره می‌شد.", []string{"شرکت تعاونی صیادان|تعاونی صیادان"}},
		{"هزینه طرح از منابع داخلی شرکت هزینه شده است.", nil},
		{"۲۰۰ تن نمک در انبار شرکت ذخیره شده است.", nil},
		{"وی پس از این به دانشکده فنی دانشگاه نوبران بازمی‌گردد.", []string{"دانشکده فنی دانشگاه نوبران", "دانشگاه نوبران"}},
		{"کامران نیک‌فر به دانشگاه نوبران برنمی‌گردد.", []string{"دانشگاه نوبران"}},
		{"پیگیری این طرح با کمک بنیاد مسکن دنبال می شود.", []string{"بنیاد مسکن"}},
		{"اداره بهزیستی کاشان با کمبود نیرو روبه‌روست.", []string{"اداره بهزیستی کاشان|بهزیستی کاشان"}},
		{"کانون وکلای نوبران با کمبود بودجه مواجه است.", []string{"کانون وکلای نوبران"}},
	})
}

// TestR9ABodyEndsBeforePastOfMoving checks that a body's name stops before
// a simple past verb of going or joining (رفت، پیوست), and that «فنی»
// names a university's school (دانشکده فنی) though it names only a kind
// after other heads (کمیته فنی).
func TestR9ABodyEndsBeforePastOfMoving(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر پس از چهار سال به دانشکده کشاورزی رفت.", []string{"دانشکده کشاورزی"}},
		{"کامران نیک‌فر به شرکت صنایع چوب پیوست.", []string{"شرکت صنایع چوب"}},
		{"کامران نیک‌فر پس از چهار سال به دانشکده فنی بازگشته است.", []string{"دانشکده فنی"}},
		{"این طرح در کمیته فنی بررسی شد.", nil},
	})
}

// TestR9ABodyEndsBeforePrepositionsOfAccord checks that a body's name
// stops before a preposition of accord or a predicate of having (طبق،
// دارای).
func TestR9ABodyEndsBeforePrepositionsOfAccord(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"بنیاد نخبگان طبق برنامه جوایز را اهدا کرد.", []string{"بنیاد نخبگان"}},
		{"شرکت صنایع چوب دارای ۲۰ شعبه است.", []string{"شرکت صنایع چوب"}},
	})
}

// TestR9ABodyEndsBeforeMorePastVerbs checks that a body's name stops
// before a past verb and the noun of its compound (به نمایش گذاشت، ضروری
// دانست).
func TestR9ABodyEndsBeforeMorePastVerbs(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"در این نمایشگاه شرکت صنایع چوب آثار خود را به نمایش گذاشت.", []string{"شرکت صنایع چوب"}},
		{"کانون وکلای مرکز این اقدام را ضروری دانست.", []string{"کانون وکلای مرکز"}},
		{"این پیشنهاد را شرکت صنایع چوب پذیرفت.", []string{"شرکت صنایع چوب"}},
	})
}

// TestR9ABodyEndsBeforeTimes checks that a body's name stops before a time
// of day or of a period (بامداد، شامگاه، اوایل، ظرف).
func TestR9ABodyEndsBeforeTimes(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شرکت صنایع چوب بامداد امروز دچار حریق شد.", []string{"شرکت صنایع چوب"}},
		{"کانون وکلای شاهرود شامگاه دوشنبه بیانیه داد.", []string{"کانون وکلای شاهرود"}},
		{"شرکت صنایع چوب اوایل آذر قرارداد بست.", []string{"شرکت صنایع چوب"}},
		{"شرکت صنایع چوب ظرف یک ماه ۲۰ نفر را استخدام کرد.", []string{"شرکت صنایع چوب"}},
	})
}

// TestR9ABodyEndsBeforeAdverbsOfFrequency checks that a body's name stops
// before an adverb of frequency or time (کماکان، دوباره، بارها، ابتدای).
func TestR9ABodyEndsBeforeAdverbsOfFrequency(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شرکت صنایع چوب کماکان فعال است.", []string{"شرکت صنایع چوب"}},
		{"شرکت صنایع چوب دوباره فعال شد.", []string{"شرکت صنایع چوب"}},
		{"شرکت صنایع چوب بارها جریمه شد.", []string{"شرکت صنایع چوب"}},
		{"شرکت صنایع چوب ابتدای هفته جلسه داشت.", []string{"شرکت صنایع چوب"}},
	})
}

// TestR9ABodyEndsBeforeBelonging checks that a body's name stops before a
// predicate of belonging or of a part in a contract (وابسته به، زیرمجموعه،
// طرف قرارداد).
func TestR9ABodyEndsBeforeBelonging(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شرکت صنایع چوب وابسته به بنیاد مستضعفان است.", []string{"شرکت صنایع چوب", "بنیاد مستضعفان"}},
		{"شرکت صنایع چوب زیرمجموعه بنیاد مستضعفان است.", []string{"شرکت صنایع چوب", "بنیاد مستضعفان"}},
		{"شرکت صنایع چوب طرف قرارداد است.", []string{"شرکت صنایع چوب"}},
	})
}

// TestR9ACommonNounsAfterHeads checks that a head before the noun of
// «خواندن» (درس می‌خواند) or a common noun it opens (دفتر خاطرات) names no
// body.
func TestR9ACommonNounsAfterHeads(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر در دانشگاه درس می‌خواند.", nil},
		{"دفتر خاطرات او منتشر شد.", nil},
	})
}
