package extract

import (
	"strings"
	"testing"
)

// «با حضور رئیس شورای شهر» stands for the one the report named «رئیس
// شورای اسلامی شهر الف»: a body named in short keeps the fuller name's
// words in order.
func TestR9cShortBodyOfPost(t *testing.T) {
	if !shortOrgOf("شورای شهر", "شورای اسلامی شهر همدان") || shortOrgOf("شورا", "شورای اسلامی شهر همدان") ||
		shortOrgOf("شهر شورای", "شورای اسلامی شهر همدان") {
		t.Error("shortOrgOf")
	}
	text := "کد خبر: ۵۱۷۲\n" +
		"سه‌شنبه، ۴ آذر ۱۴۰۴ ساعت ۱۸:۱۵\n\n" +
		"تفاهم‌نامه آبیاری فضای سبز همدان امضا شد\n\n" +
		"همدان – روابط عمومی آبفای استان همدان: کیانوش مهرآیین، مدیرعامل آبفای استان و شهردار همدان دیروز تفاهم‌نامه آبیاری بوستان‌ها را امضا کردند.\n\n" +
		"مراسم امضای این تفاهم‌نامه با حضور خانم مهتاب روشن‌ضمیر، رئیس شورای اسلامی شهر همدان برگزار شد.\n\n" +
		"پس از امضای تفاهم‌نامه، تصفیه‌خانه فاضلاب همدان با حضور رئیس شورای شهر مورد بازدید قرار گرفت.\n"
	doc, err := File("short.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(eventsByType(doc)["visit"], "|"); !strings.Contains(got, "مهتاب روشن‌ضمیر") {
		t.Errorf("visit %q lacks the council's head named by her post in short", got)
	}
}

// «با حضور نماینده همدان» stands for the one the report named «نماینده
// مردم همدان و فامنین در مجلس»: the one post of the article that the
// bare word heads.
func TestR9cBareOneWordPost(t *testing.T) {
	text := "کد خبر: ۶۶۰۱۲ | انتشار: یکشنبه ۱۸ آبان ۱۴۰۴ - ۰۸:۵۰\n\n" +
		"بخش نوزادان بیمارستان نمونه همدان افتتاح شد\n\n" +
		"به نوشته پایگاه خبری دانشگاه علوم پزشکی همدان، بخش نوزادان بیمارستان نمونه همدان صبح امروز یکشنبه با حضور حجت‌الاسلام کیانوش مهرآیین، نماینده مردم همدان و فامنین در مجلس شورای اسلامی افتتاح شد.\n\n" +
		"پیش از آغاز مراسم، ساختمان اورژانس جدید بیمارستان با حضور نماینده همدان مورد بازدید قرار گرفت.\n"
	doc, err := File("bare.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(eventsByType(doc)["visit"], "|"); !strings.Contains(got, "کیانوش مهرآیین") {
		t.Errorf("visit %q lacks the MP named by the bare word of his post", got)
	}
}

// «به همراه سرپرست معاونت درمان» stands for the one the article appointed
// «سرپرست معاونت درمان دانشگاه ...».
func TestR9cShortPostOfAppointee(t *testing.T) {
	text := "۱۸ آذر ۱۴۰۴ - ۰۹:۳۳\n" +
		"کد خبر: ۳۴۶۲۷۸۲\n\n" +
		"رئیس جدید دانشگاه علوم پزشکی همدان معرفی شد\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه کیانوش مهرآیین به عنوان رئیس دانشگاه علوم پزشکی همدان صبح امروز با حضور معاون وزیر بهداشت برگزار شد.\n\n" +
		"در ادامه، مهرآیین با صدور حکمی مهتاب روشن‌ضمیر را به عنوان سرپرست معاونت درمان این دانشگاه برگزید.\n\n" +
		"بازدید از اورژانس\n\n" +
		"معاون وزیر بهداشت پس از مراسم به همراه مهرآیین و سرپرست معاونت درمان، از اورژانس بیمارستان نمونه بازدید کرد.\n"
	doc, err := File("appointee.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(eventsByType(doc)["visit"], "|"); !strings.Contains(got, "مهتاب روشن‌ضمیر") {
		t.Errorf("visit %q lacks the appointee named by her post in short", got)
	}
}
