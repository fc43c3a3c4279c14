package extract

import (
	"slices"
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
	text := "زنجان- با حکم دکتر بهمن کیانی‌فر، رئیس دانشگاه پیام نور استان زنجان، دکتر سارا نیک‌سرشت رئیس دانشکده علوم پایه شد.\n\n" +
		"نیک‌سرشت عضو هیئت علمی دانشگاه پیام نور واحد زنجان است."
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
