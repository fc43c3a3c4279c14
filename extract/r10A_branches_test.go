package extract

import "testing"

// TestR10AProsecutionBranch checks that a numbered branch of a
// prosecutor's office is a body of its own, and an unnumbered one none.
func TestR10AProsecutionBranch(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر که پیش‌تر بازپرس شعبه سوم دادسرای سمنان بود، سخن گفت.", []string{"شعبه سوم دادسرای سمنان"}},
		{"این پرونده به شعبه دادسرای سمنان رفت.", []string{"دادسرای سمنان"}},
	})
}

// TestR10APoliceForce checks that the police force named by its fixed
// name alone is a body.
func TestR10APoliceForce(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"فرمانداری در کنار نیروی انتظامی خواهد بود.", []string{"فرمانداری", "نیروی انتظامی"}},
	})
}

// TestR10ABasijAreaUnit checks that a Basij branch named by its fixed
// name takes the area unit of a town after it («ناحیه X»).
func TestR10ABasijAreaUnit(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر به عنوان مسئول جدید بسیج سازندگی ناحیه شاهرود معرفی شد.", []string{"بسیج سازندگی ناحیه شاهرود"}},
	})
}

// TestR10AWaterAffairsOffice checks that a water company's county office
// («امور آب و فاضلاب شهرستان X») is the body its manager heads.
func TestR10AWaterAffairsOffice(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"در این بازدید کامران نیک‌فر مدیر امور آب و فاضلاب شهرستان شاهرود نیز حضور داشت.", []string{"امور آب و فاضلاب شهرستان شاهرود"}},
	})
}

// TestR10ABareCompanyAtEnd checks that a body named after the bare head
// «شرکت» is of the report's company named before it, and that with no
// company named it keeps the form as written.
func TestR10ABareCompanyAtEnd(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"به گزارش روابط عمومی شرکت گاز استان سمنان، جلسه کارگروه ایمنی شبکه شرکت دیروز برگزار شد.",
			[]string{"شرکت گاز استان سمنان", "کارگروه ایمنی شبکه شرکت گاز استان سمنان|کارگروه ایمنی شبکه شرکت"}},
		{"جلسه کارگروه ایمنی شبکه شرکت دیروز برگزار شد.", []string{"کارگروه ایمنی شبکه شرکت"}},
	})
}

// TestR10AJudicialDistrictAsPlace checks that a court's district named as
// where things happen («در حوزه قضایی X») is no body, while the district
// a judge heads is.
func TestR10AJudicialDistrictAsPlace(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"سال گذشته ۱۱۰۰ پرونده در حوزه قضایی شاهرود تشکیل شد.", nil},
		{"کامران نیک‌فر پیش از این ریاست حوزه قضایی شهرستان شاهرود را بر عهده داشت.", []string{"حوزه قضایی شهرستان شاهرود"}},
	})
}

// TestR10ABareCouncilAtEnd checks that a commission named after the bare
// «شورا» is of the council the report names before it.
func TestR10ABareCouncilAtEnd(t *testing.T) {
	got := orgNames(t, "شورای اسلامی شهر سمنان جلسه داشت. اعضای کمیسیون فرهنگی شورا از موزه بازدید کردند.")
	want := "کمیسیون فرهنگی شورای اسلامی شهر سمنان|کمیسیون فرهنگی شورا"
	found := false
	for _, g := range got {
		found = found || g == want
	}
	if !found {
		t.Errorf("bodies %q, want %q among them", got, want)
	}
}

// TestR10AHandedOverOffice checks that the handover ceremony of a local
// office's head with no holder named at the post names the office, and
// that a bare post elsewhere names none.
func TestR10AHandedOverOffice(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"آیین تودیع و معارفه دادستان عمومی و انقلاب شهرستان شاهرود امروز برگزار شد.", []string{"دادسرای عمومی و انقلاب شهرستان شاهرود"}},
		{"این جلسه با حضور دادستان عمومی و انقلاب شهرستان شاهرود برگزار شد.", nil},
	})
}

// TestR10ABankByFixedName checks that a bank named by its fixed name
// takes only a place after it, not the predicate that follows.
func TestR10ABankByFixedName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"وی گفت بانک کشاورزی بازوی مالی دولت در بخش تولید است.", []string{"بانک کشاورزی"}},
		{"مدیر شعب بانک کشاورزی استان سمنان گفت.", []string{"مدیریت شعب بانک کشاورزی استان سمنان"}},
	})
}

// TestR10ACentralPrison checks that «مرکزی» of a central prison is a word
// of its name, not the province: a subheading's «زندان مرکزی» is no
// prison of the province «مرکزی» besides the town's.
func TestR10ACentralPrison(t *testing.T) {
	doc, err := File("x.txt", []byte("بازدید از زندان مرکزی\n\nکامران نیک‌فر دیروز از زندان مرکزی سمنان بازدید کرد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Organizations) != 1 || doc.Organizations[0].Name != "زندان مرکزی سمنان" {
		t.Errorf("bodies %v, want «زندان مرکزی سمنان» alone", doc.Organizations)
	}
}

// TestR10ACountyOfficeFields checks that the head of a field's county
// office named by the field alone («رئیس تبلیغات اسلامی شهرستان X») heads
// the field's «اداره» there.
func TestR10ACountyOfficeFields(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر رئیس تبلیغات اسلامی شهرستان دامغان گفت: کار ادامه دارد.", []string{"اداره تبلیغات اسلامی شهرستان دامغان"}},
		{"کامران نیک‌فر رئیس ثبت احوال شهرستان دامغان گفت: کار ادامه دارد.", []string{"اداره ثبت احوال شهرستان دامغان"}},
	})
}

// TestR10AManagedFacility checks that the manager of a plant heads the
// plant itself, not a «مدیریت» of it.
func TestR10AManagedFacility(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر مدیر تصفیه‌خانه فاضلاب شاهرود گفت: کار ادامه دارد.", []string{"تصفیه‌خانه فاضلاب شاهرود"}},
	})
}

// TestR10AParliamentCommission checks that a parliament commission's
// fields listed with commas are words of its name, and that elsewhere a
// comma after a commission's field still ends the name.
func TestR10AParliamentCommission(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر عضو کمیسیون برنامه، بودجه و محاسبات مجلس گفت: طرح تصویب شد.", []string{"کمیسیون برنامه، بودجه و محاسبات مجلس"}},
		{"در جلسه کمیسیون برنامه، بودجه شهرداری بررسی شد.", []string{"کمیسیون برنامه", "شهرداری"}},
	})
}

// TestR10AProfessionalOrders checks that the professional orders named by
// «نظام X» (صنفی، دامپزشکی) are bodies.
func TestR10AProfessionalOrders(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر رئیس نظام صنفی کشاورزی استان سمنان گفت: طرح اجرا شد.", []string{"نظام صنفی کشاورزی استان سمنان"}},
		{"کامران نیک‌فر رئیس نظام دامپزشکی شهرستان شاهرود گفت: طرح اجرا شد.", []string{"نظام دامپزشکی شهرستان شاهرود"}},
	})
}

// TestR10AHouseOfIndustry checks that the trade houses named «خانه X»
// (خانه صنعت، معدن و تجارت) are bodies with their place.
func TestR10AHouseOfIndustry(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر رئیس خانه صنعت، معدن و تجارت استان سمنان گفت: طرح اجرا شد.", []string{"خانه صنعت، معدن و تجارت استان سمنان"}},
	})
}

// TestR10AFridayPrayersInName checks that «جمعه» after «ائمه» is a word of
// a body's name (the Friday prayers), not a weekday that ends it.
func TestR10AFridayPrayersInName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر رئیس شورای سیاستگذاری ائمه جمعه استان سمنان گفت: طرح اجرا شد.", []string{"شورای سیاستگذاری ائمه جمعه استان سمنان"}},
	})
}

// TestR10ADeputyForWaterAffairs checks that «معاون امور آب و فاضلاب» of a
// ministry stays a deputy's post of the ministry, while the county water
// office is a body of its own.
func TestR10ADeputyForWaterAffairs(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر معاون امور آب و فاضلاب وزارت نیرو گفت: تولید افزایش یافت.", []string{"وزارت نیرو"}},
	})
}
