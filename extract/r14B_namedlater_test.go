package extract

import "testing"

// TestR14BNamedInNextSentence checks a post told without its holder whose
// holder opens the next sentence with no verb of saying: one who «خبر
// داد», or who is named «در این بازدید/نشست» the sentence before told.
// One named with «نیز» is another person.
func TestR14BNamedInNextSentence(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"told news", "نشست شورای اداری شهرستان برگزار شد.\n" +
			"معاون فنی اداره کل راهداری استان لرستان نیز در این نشست حضور داشت. بابک نوروزی‌پور از آغاز ساخت دو پل خبر داد.",
			[]string{"بابک نوروزی‌پور|معاون فنی|اداره کل راهداری استان لرستان"}},
		{"in this visit", "معاون درمان دانشگاه علوم پزشکی لرستان صبح امروز از بیمارستان‌های ازنا بازدید کرد.\n" +
			"دکتر بابک نوروزی‌پور در این بازدید روند تکمیل بخش اورژانس را بررسی کرد.",
			[]string{"بابک نوروزی‌پور|معاون درمان|دانشگاه علوم پزشکی لرستان"}},
		{"someone else", "معاون درمان دانشگاه علوم پزشکی لرستان صبح امروز از بیمارستان‌های ازنا بازدید کرد.\n" +
			"دکتر بابک نوروزی‌پور نیز در این بازدید حضور داشت.", nil},
	})
}

// TestR14BPreventionPost checks «معاون اجتماعی و پیشگیری از وقوع جرم
// دادگستری کل استان X»: «پیشگیری از ...» is part of the post's title.
func TestR14BPreventionPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"prevention of crime", "کاوه رستمیار‌نژاد، معاون اجتماعی و پیشگیری از وقوع جرم دادگستری کل استان لرستان در این نشست گفت: کار آغاز شده است.",
			[]string{"کاوه رستمیار‌نژاد|معاون اجتماعی و پیشگیری از وقوع جرم|دادگستری کل استان لرستان"}},
	})
}

// TestR14BWithPost checks «X با سمت R BODY ...»: the post X holds.
func TestR14BWithPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"with the post", "بهروز میهن‌دوست با سمت مدیرکل راهداری استان لرستان در این نشست حضور داشت.",
			[]string{"بهروز میهن‌دوست|مدیرکل|اداره کل راهداری استان لرستان"}},
	})
}

// TestR14BPostBeforeOnBehalf checks «R BODY، X، به نمایندگی از شهردار
// ... حضور داشت»: the post before the name is X's; whom he stands for is
// no post of his.
func TestR14BPostBeforeOnBehalf(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"post then name on behalf", "رئیس اداره مدیریت بحران شهرداری خرم‌آباد، دکتر کاوه نیک‌گهر، به نمایندگی از شهردار خرم‌آباد در این نشست حضور داشت.",
			[]string{"کاوه نیک‌گهر|رئیس|اداره مدیریت بحران شهرداری خرم‌آباد"}},
	})
}

// TestR14BOtherDeputyNamedLater checks an unnamed deputy named in the next
// sentence when another deputy of the same body, of another field, was
// named before: two deputies, two holders.
func TestR14BOtherDeputyNamedLater(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"two deputies", "جلسه شورای اسلامی شهر ازنا برگزار شد.\n" +
			"زهره کاظمی‌نیا معاون مالی و اقتصادی شهرداری ازنا درباره بودجه توضیح داد.\n" +
			"معاون شهرسازی و معماری شهرداری ازنا نیز در این جلسه توضیحاتی ارائه کرد. مهندس کورش نیک‌گهر افزود: ۶۵۰ پرونده بررسی شده است.",
			[]string{"زهره کاظمی‌نیا|معاون مالی و اقتصادی|شهرداری ازنا", "کورش نیک‌گهر|معاون شهرسازی و معماری|شهرداری ازنا"}},
	})
}

// TestR14BSaidByPostNamedLater checks «به گفته R BODY، ... . X همچنین
// گفت»: the post whose words are told opens the sentence; X holds it.
func TestR14BSaidByPostNamedLater(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"by the words of", "نشست شورای اداری شهرستان ازنا برگزار شد.\n" +
			"به گفته رئیس اداره تعاون شهرستان ازنا، ۳۰ تعاونی فعال است. بابک نوروزی‌پور همچنین گفت: وام پرداخت شد.",
			[]string{"بابک نوروزی‌پور|رئیس|اداره تعاون شهرستان ازنا"}},
	})
}

// TestR14BReportedNamedLater checks «R BODY نیز در این نشست حضور داشت. X
// گزارشی از ... ارائه کرد»: X goes on telling, the post holder; «X نیز
// ...» is another.
func TestR14BReportedNamedLater(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"gave a report", "نشست شورای اداری شهرستان ازنا برگزار شد.\n" +
			"رئیس اداره منابع طبیعی شهرستان ازنا نیز در این نشست حضور داشت. کاوه نیک‌گهر گزارشی از وضعیت مراتع ارائه کرد.",
			[]string{"کاوه نیک‌گهر|رئیس|اداره منابع طبیعی شهرستان ازنا"}},
		{"another one", "نشست شورای اداری شهرستان ازنا برگزار شد.\n" +
			"رئیس اداره منابع طبیعی شهرستان ازنا نیز در این نشست حضور داشت. کاوه نیک‌گهر نیز گزارشی از وضعیت مراتع ارائه کرد.", nil},
	})
}
