package extract

import "testing"

// TestR23CBareMinister checks that a minister told of only as a decree's
// issuer («با حکم وزیر نیرو») names no ministry, while a deputy minister
// with his holder («X، معاون وزیر نیرو») still does.
func TestR23CBareMinister(t *testing.T) {
	text := "با حکم وزیر نیرو، رسول بهارلونیا به عنوان مدیرعامل شرکت آب منطقه‌ای استان سمنان منصوب شد. " +
		"حکم وی روز گذشته از سوی وزیر نیرو صادر شده است."
	got := orgNames(t, text)
	if r22cHasBody(got, "وزارت نیرو") {
		t.Errorf("bodies %q, want no «وزارت نیرو»", got)
	}
	text = "در این آیین ماهان ترکمان‌پور، معاون وزیر نیرو، گفت: شرکت آب منطقه‌ای استان سمنان طرح تازه‌ای دارد."
	got = orgNames(t, text)
	if !r22cHasBody(got, "وزارت نیرو") {
		t.Errorf("bodies %q, want «وزارت نیرو»", got)
	}
}

// TestR23CPerfectLightVerb checks that a body's name ends before the noun
// of a compound verb in the perfect's plural («... را به آموزش و پرورش
// تحویل داده‌اند»).
func TestR23CPerfectLightVerb(t *testing.T) {
	text := "به گفته رسول بهارلونیا، خیران نطنز امسال هفت مدرسه را به آموزش و پرورش تحویل داده‌اند."
	got := orgNames(t, text)
	if r22cHasBody(got, "آموزش و پرورش تحویل") {
		t.Errorf("bodies %q, want none ending in «تحویل»", got)
	}
}

// TestR23CShareEndsBody checks that «سهم», the object of a clause whose
// subject is a body, ends the body's name («شرکت X سهم بیشتری از ...
// را ...»).
func TestR23CShareEndsBody(t *testing.T) {
	text := "رسول بهارلونیا گفت: انتظار داریم شرکت پخش فراورده‌های نفتی سهم بیشتری از این درآمد را به روستاها اختصاص دهد."
	got := orgNames(t, text)
	if !r22cHasBody(got, "شرکت پخش فراورده‌های نفتی") {
		t.Errorf("bodies %q, want «شرکت پخش فراورده‌های نفتی»", got)
	}
}

// TestR23CPortLevel checks that a port's office («گمرک بندر الف») stays a
// body of its own beside the province's of the same town («گمرک استان
// الف»), which instead joins its long form («اداره کل گمرک استان الف»).
func TestR23CPortLevel(t *testing.T) {
	text := "رسول بهارلونیا، مدیرکل گمرک استان هرمزگان گفت: اداره کل گمرک استان هرمزگان امسال رکورد تازه‌ای ثبت کرد. " +
		"ماهان ترکمان‌پور، رئیس گمرک بندر هرمزگان نیز در این نشست سخن گفت."
	got := orgNames(t, text)
	if !r22cHasBody(got, "گمرک بندر هرمزگان") || !r22cHasBody(got, "اداره کل گمرک استان هرمزگان") || r22cHasBody(got, "گمرک استان هرمزگان") {
		t.Errorf("bodies %q, want «اداره کل گمرک استان هرمزگان» and «گمرک بندر هرمزگان»", got)
	}
}
