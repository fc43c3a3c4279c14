package extract

import (
	"slices"
	"testing"
)

// TestOfficersElectedAfterTheHead checks a board's officers told one by
// one after its head's election: «X که ...، R شد» is read past the
// relative clause, a post with no body is in the body of the post filled
// just before, and one who held the head's post before («که ... ریاست
// اتاق Y را بر عهده داشت») is the new head's predecessor.
func TestOfficersElectedAfterTheHead(t *testing.T) {
	text := "یزد- خبرگزاری- جلسه هیئت نمایندگان اتاق بازرگانی، صنایع، معادن و کشاورزی یزد صبح امروز برگزار شد.\n" +
		"در این جلسه فرهاد دهقانی‌نیا به عنوان رئیس اتاق یزد انتخاب شد. کیوان میرجلیلی‌پور که در دوره گذشته ریاست اتاق یزد را بر عهده داشت، نایب‌رئیس اول شد."
	got := appointmentsOf(text)
	for _, want := range []string{
		"فرهاد دهقانی‌نیا|رئیس|اتاق بازرگانی، صنایع، معادن و کشاورزی یزد|کیوان میرجلیلی‌پور",
		"کیوان میرجلیلی‌پور|نایب‌رئیس اول|اتاق بازرگانی، صنایع، معادن و کشاورزی یزد|",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
}

// TestRelativeClauseOfAPastPostIsNoPredicate checks that a clause
// telling a post held before gives that post no appointment: only the
// predicate after it does.
func TestRelativeClauseOfAPastPostIsNoPredicate(t *testing.T) {
	text := "در جلسه شورای اسلامی شهر کاشمر، نیلوفر رستگاری‌پور که پیش از این عضو شورای اسلامی شهر بردسکن بود، رئیس شد."
	got := appointmentsOf(text)
	want := []string{"نیلوفر رستگاری‌پور|رئیس|شورای اسلامی شهر کاشمر|"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBranchManagementIsTheBody checks «مدیر شعب بانک X استان Y»: the
// manager heads «مدیریت شعب بانک X استان Y», and the body named after
// «مدیر» in a past post is named so too.
func TestBranchManagementIsTheBody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"apposition", "خبر\n\nدر این بازدید کامران نیک‌فر، مدیر شعب بانک مهر سپید استان سمنان حضور داشت.",
			[]string{"کامران نیک‌فر|مدیر|مدیریت شعب بانک مهر سپید استان سمنان"}},
	})
	a := analyze("خبر\n\nنیک‌فر پیش از این مدیر شعب بانک مهر سپید استان گلستان بود.")
	a.addInferredOrgs()
	var names []string
	for _, o := range a.orgs {
		names = append(names, o.name)
	}
	if !slices.Contains(names, "مدیریت شعب بانک مهر سپید استان گلستان") {
		t.Errorf("bodies %q", names)
	}
}

// TestElidedAsTitleInAVoteList checks «الف به عنوان R1، ب R2 و ج به عنوان
// R3 انتخاب شدند»: ب, named with its post and «به عنوان» left out, is
// elected too, in the list's body.
func TestElidedAsTitleInAVoteList(t *testing.T) {
	text := "مجمع عمومی شرکت تعاونی مرغداران شهرستان رزن برگزار شد.\n" +
		"در نخستین جلسه هیئت‌مدیره، کوروش همدانی‌پور به عنوان رئیس هیئت‌مدیره شرکت تعاونی مرغداران شهرستان رزن، ناهید قروه‌ای‌نیا نایب‌رئیس و بابک اسدآبادی‌فر به عنوان منشی هیئت‌مدیره انتخاب شدند."
	got := appointmentsOf(text)
	want := "ناهید قروه‌ای‌نیا|نایب‌رئیس|شرکت تعاونی مرغداران شهرستان رزن|"
	if !slices.Contains(got, want) {
		t.Errorf("missing %q in %q", want, got)
	}
}

// TestBoardOfTheGeneralAssemblysBody checks «مجمع عمومی شرکت X ... برگزار
// شد» then «الف به عنوان رئیس هیئت‌مدیره انتخاب شد»: the board is that
// company's (the whole name, not one named inside it), not the guest's
// body named between.
func TestBoardOfTheGeneralAssemblysBody(t *testing.T) {
	text := "خبر\n\nمجمع عمومی عادی شرکت تعاونی فرش دستباف اردکان با حضور کامران رستمی‌نیا، رئیس اداره تعاون شهرستان اردکان برگزار شد. در ادامه مهرداد سلیمانی‌فر به عنوان رئیس هیئت‌مدیره انتخاب شد."
	got := appointmentsOf(text)
	want := []string{"مهرداد سلیمانی‌فر|رئیس هیئت‌مدیره|شرکت تعاونی فرش دستباف اردکان|"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBoardChairInTheBoardsSession checks «نشست هیئت‌مدیره شرکت X با حضور
// مدیرکل Y ... Z، رئیس هیئت‌مدیره گفت»: the chair's post is in the board's
// company, not in the body named last.
func TestBoardChairInTheBoardsSession(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"board session", "خبر\n\nنشست هیئت‌مدیره شرکت کاشی سپید میبد با حضور مدیرکل راه و شهرسازی استان یزد برگزار شد. در این نشست کیانوش میبدی‌نژاد، رئیس هیئت‌مدیره گفت: تولید افزایش یافت.",
			[]string{"کیانوش میبدی‌نژاد|رئیس هیئت‌مدیره|شرکت کاشی سپید میبد"}},
	})
}

// TestPostWithItsOwnHeadBorrowsNoBody checks a decree list whose first
// post names its own head noun («رئیس دانشکده ...») though no body was
// read there: it does not take the body the list's last post names.
func TestPostWithItsOwnHeadBorrowsNoBody(t *testing.T) {
	text := "طی احکامی از سوی رئیس دانشگاه سمنان، دکتر علی شاهرودی‌نیا به عنوان رئیس دانشکده فنی؛ دکتر زهرا دامغانی‌پور به عنوان رئیس دانشکده علوم منصوب شدند."
	for _, g := range appointmentsOf(text) {
		if g == "علی شاهرودی‌نیا|رئیس|دانشکده علوم|" {
			t.Errorf("the first post took the last one's body: %q", appointmentsOf(text))
		}
	}
	if !slices.Contains(appointmentsOf(text), "زهرا دامغانی‌پور|رئیس|دانشکده علوم|") {
		t.Errorf("got %q", appointmentsOf(text))
	}
}

// TestDeputyMinisterTakesNoNearbyBody checks «Y که به عنوان معاون وزیر
// منصوب شده است» in a report of a provincial body: the deputy minister's
// body is the ministry, not the body around, while «در وزارت X، ... به
// عنوان معاون وزیر» takes the ministry named before.
func TestDeputyMinisterTakesNoNearbyBody(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"no ministry named", "رحیم نمینی‌پور به عنوان رئیس جدید سازمان جهاد کشاورزی استان گیلان معرفی شد و از تلاش‌های سلیمان فومنی‌نژاد که به عنوان معاون وزیر منصوب شده است، قدردانی شد.",
			[]string{"رحیم نمینی‌پور|رئیس|سازمان جهاد کشاورزی استان گیلان|سلیمان فومنی‌نژاد"}},
		{"the ministry named before", "در وزارت نیرو، رحیم نمینی‌پور به عنوان معاون وزیر معرفی شد.",
			[]string{"رحیم نمینی‌پور|معاون وزیر|وزارت نیرو|"}},
	})
}
