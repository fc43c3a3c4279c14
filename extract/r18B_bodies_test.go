package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestR18BBranchNumberWord checks a numbered branch whose number is
// written as a word («شعبه دو تأمین اجتماعی X»): it is a body of its own,
// as «شعبه ۲ تأمین اجتماعی X» is.
func TestR18BBranchNumberWord(t *testing.T) {
	text := "کرمان- کامران نیک‌اندیش رئیس شعبه سه تأمین اجتماعی کرمان امروز از کارگاه‌های صنعتی شهر بازدید کرد."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range doc.Organizations {
		got = append(got, o.Name)
	}
	if !slices.Contains(got, "شعبه سه تأمین اجتماعی کرمان") {
		t.Errorf("bodies %q, want «شعبه سه تأمین اجتماعی کرمان»", got)
	}
}

// TestR18BProvinceNotUnit checks «دانشگاه الف استان X» and «دانشگاه الف
// واحد X» in one report: the provincial body and its unit are two bodies,
// not a short and a long form of one.
func TestR18BProvinceNotUnit(t *testing.T) {
	text := "زنجان- با حکم دکتر بهمن کیانی‌فر، رئیس دانشگاه پیام نور استان زنجان، دکتر سارا نیک‌پرتو رئیس دانشکده علوم پایه شد.\n\n" +
		"نیک‌پرتو عضو هیئت علمی دانشگاه پیام نور واحد زنجان است."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range doc.Organizations {
		got = append(got, o.Name)
	}
	if !slices.Contains(got, "دانشگاه پیام نور استان زنجان") || !slices.Contains(got, "دانشگاه پیام نور واحد زنجان") {
		t.Errorf("bodies %q, want the province's body and the unit apart", got)
	}
}

// TestR18BParentNamedBeforeRa checks «... ریاست دانشکده X دانشگاه Y را بر
// عهده می‌گیرد» after «دانشکده X» was named alone: the name before «را»
// ends with its parent, which is no object of the clause, and the short
// forms are the same faculty.
func TestR18BParentNamedBeforeRa(t *testing.T) {
	text := "زنجان- رئیس دانشکده علوم انسانی واحد زنجان منصوب شد.\n\n" +
		"دکتر سارا نیکوسرشت امروز جایگزین دکتر بهمن کاویان‌پور در دانشکده علوم انسانی شد.\n\n" +
		"نیکوسرشت نخستین زنی است که ریاست دانشکده علوم انسانی دانشگاه آزاد اسلامی واحد زنجان را بر عهده می‌گیرد."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range doc.Organizations {
		got = append(got, o.Name)
		if o.Name == "دانشکده علوم انسانی دانشگاه آزاد اسلامی واحد زنجان" {
			if !slices.Contains(o.Aliases, "دانشکده علوم انسانی واحد زنجان") {
				t.Errorf("aliases %q, want the short form with the unit", o.Aliases)
			}
		}
	}
	if !slices.Contains(got, "دانشکده علوم انسانی دانشگاه آزاد اسلامی واحد زنجان") {
		t.Errorf("bodies %q, want the faculty named with its university", got)
	}
}

func r18bBodies(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range doc.Organizations {
		got = append(got, o.Name)
	}
	return got
}

// TestR18BAdmittedNotName checks «... در دانشگاه X پذیرش شدند»: the verbal
// noun before the passive is the verb's, not the body's last word.
func TestR18BAdmittedNotName(t *testing.T) {
	got := r18bBodies(t, "تبریز- امسال ۲۰۰ دانشجوی خارجی در دانشگاه صنعتی سهند پذیرش شدند.")
	if !slices.Contains(got, "دانشگاه صنعتی سهند") || slices.Contains(got, "دانشگاه صنعتی سهند پذیرش") {
		t.Errorf("bodies %q, want «دانشگاه صنعتی سهند»", got)
	}
}

// TestR18BPostRunsIntoList checks «مدیرکل X و الف ... بازدید کردند»: the
// post's words end before «و» and the person after it; no body «... و».
func TestR18BPostRunsIntoList(t *testing.T) {
	text := "اراک- آیین معارفه مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی استان مرکزی امروز برگزار شد و دکتر کامران پاکزاد به سمت مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی استان مرکزی منصوب شد.\n\n" +
		"دکتر بهمن نیک‌آیین استاندار مرکزی نیز در این آیین حضور داشت.\n\n" +
		"مدیرکل میراث فرهنگی و نیک‌آیین عصر همان روز از بازار سرپوشیده اراک بازدید کردند."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.Organizations {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if strings.HasSuffix(n, " و") {
				t.Errorf("body %q, alias %q: a name ends with «و»", o.Name, n)
			}
		}
	}
}

// TestR18BChamberShortForm checks «اتاق PLACE» in a report naming a
// chamber of commerce in full: the chamber of that place, a body.
func TestR18BChamberShortForm(t *testing.T) {
	text := "تبریز- نشست هیئت نمایندگان اتاق بازرگانی، صنایع، معادن و کشاورزی تبریز امروز برگزار شد. دبیرکل پیشین این اتاق به اتاق ارومیه منتقل شده است."
	got := r18bBodies(t, text)
	if !slices.Contains(got, "اتاق ارومیه") {
		t.Errorf("bodies %q, want «اتاق ارومیه»", got)
	}
}

// TestR18BPersonsAfterAnd checks «شورای X و مسئولان Y شهرستان Z»: the
// officials after «و» are persons, a new item of the list, no words of
// the council's name.
func TestR18BPersonsAfterAnd(t *testing.T) {
	text := "کرمان- نشست مشترک شورای ترافیک شهرستان بم و مسئولان انتظامی شهرستان امروز برگزار شد.\n\nدر نشست مشترک شورای ترافیک و مسئولان انتظامی شهرستان؛"
	for _, g := range r18bBodies(t, text) {
		if strings.Contains(g, "مسئولان") {
			t.Errorf("body %q holds the officials after «و»", g)
		}
	}
}

// TestR18BFireStations checks «ایستگاه‌های آتش‌نشانی X» and «ایستگاه
// شماره ۵ آتش‌نشانی X»: stations, places, not the fire service as a body.
func TestR18BFireStations(t *testing.T) {
	text := "زنجان- شهردار زنجان گفت: «تجهیز ایستگاه‌های آتش‌نشانی حاشیه شهر در دستور کار است.»\n\nوی صبح امروز از ایستگاه شماره ۵ آتش‌نشانی زنجان بازدید کرد."
	for _, g := range r18bBodies(t, text) {
		if strings.HasPrefix(g, "آتش‌نشانی") {
			t.Errorf("body %q: a station's words", g)
		}
	}
}

// TestR18BProvinceTrusteeBoard checks «هیئت امنای دانشگاه‌ها و مؤسسات
// آموزش عالی استان X»: the province's board of trustees is a body of its
// own, named to its place.
func TestR18BProvinceTrusteeBoard(t *testing.T) {
	text := "کرمان- جلسه هیئت امنای دانشگاه‌ها و مؤسسات آموزش عالی استان کرمان صبح امروز به ریاست استاندار کرمان برگزار شد."
	got := r18bBodies(t, text)
	if !slices.Contains(got, "هیئت امنای دانشگاه‌ها و مؤسسات آموزش عالی استان کرمان") {
		t.Errorf("bodies %q, want the province's board of trustees", got)
	}
}
