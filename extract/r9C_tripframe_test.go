package extract

import (
	"strings"
	"testing"
)

// «X در سفر یک‌روزه به استان الف، طرح ب را افتتاح کرد»: the trip frames
// the opening its sentence tells and is no visit of its own; the visit
// the body tells later is, with the one who speaks «در حاشیه این بازدید».
func TestR9cTripFramesMainEvent(t *testing.T) {
	text := "date 2025-07-13\n" +
		"افتتاح طرح آبرسانی روستاهای تویسرکان با حضور معاون وزیر نیرو\n\n" +
		"به گزارش خبرنگار ما از همدان، کیانوش مهرآیین، معاون وزیر نیرو، صبح امروز در سفر یک‌روزه به استان همدان، طرح آبرسانی به ۱۸ روستای شهرستان تویسرکان را افتتاح کرد.\n\n" +
		"در این مراسم بهراد سپیدکوه، مدیرعامل شرکت آب و فاضلاب استان همدان نیز حضور داشت.\n\n" +
		"معاون وزیر نیرو سپس در شهرستان ملایر از پروژه سد کوثر بازدید کرد.\n\n" +
		"مدیرعامل شرکت آب و فاضلاب استان همدان در حاشیه این بازدید گفت: این سد تا پایان سال آبگیری می‌شود.\n"
	doc, err := File("trip.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	visits := eventsByType(doc)["visit"]
	if len(visits) != 1 {
		t.Fatalf("visits %q, want only the visit the body tells (events %+v)", visits, doc.Events)
	}
	if !strings.Contains(visits[0], "کیانوش مهرآیین") || !strings.Contains(visits[0], "بهراد سپیدکوه") {
		t.Errorf("visit participants %q, want the deputy and the one speaking in its margin", visits[0])
	}
}
