package extract

import "testing"

// TestCentralAsAdjective checks that «مرکزی» followed by plain words of
// the name is the adjective «central», not the province that ends the
// name, while «مرکزی» before a verb, a mark or «استان» still ends it.
func TestCentralAsAdjective(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، مدیرعامل سازمان مرکزی خدمات عشایری ایران گفت: کار آغاز شد.", []string{"سازمان مرکزی خدمات عشایری ایران"}},
		{"کامران نیک‌فر، استاندار مرکزی گفت: کار آغاز شد.", []string{"استانداری مرکزی"}},
		{"کامران نیک‌فر، رئیس کمیته مرکزی انجمن اسلامی معلمان گفت: کار آغاز شد.", []string{"کمیته مرکزی انجمن اسلامی معلمان", "انجمن اسلامی معلمان"}},
	})
}

// TestUnitNumberClosesNameAfterAnd checks that a unit's number ending a
// name («منطقه ۴») lets the words after «و» belong to it, as a place would.
func TestUnitNumberClosesNameAfterAnd(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، مدیر شرکت انبارداری و خدمات پشتیبانی منطقه ۴ گفت: کار آغاز شد.", []string{"شرکت انبارداری و خدمات پشتیبانی منطقه ۴"}},
	})
}

// TestBoardSessionBodies checks that the board an election session is
// held for is a body, and that a board of a body named by its bare head
// («هیئت‌امنای دانشگاه») is listed under that name.
func TestBoardSessionBodies(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"انتخابات هیئت رئیسه شورای اسلامی شهر یزد روز شنبه انجام شد.", []string{"شورای اسلامی شهر یزد", "هیئت رئیسه شورای اسلامی شهر یزد"}},
		{"طرح در نشست هیئت‌امنای دانشگاه که ماه آینده تشکیل می‌شود بررسی خواهد شد.", []string{"هیئت‌امنای دانشگاه"}},
	})
}

// TestGenericPluralsNoBody checks that the faculty of a school («اعضای
// هیئت علمی دانشکده») and the holders of many bank branches («رؤسای شعب
// بانک X») name no body.
func TestGenericPluralsNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر با اعضای هیئت علمی دانشکده دیدار کرد.", nil},
		{"کامران نیک‌فر با مدیران شعب بانک تجارت استان یزد دیدار کرد.", nil},
	})
}

// TestJointBodyNamesBothPartners checks that a joint body («کارگروه
// مشترک A و B») takes both partners into its name, while a plain «و»
// before a head noun still starts a new body.
func TestJointBodyNamesBothPartners(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"نخستین نشست کمیته مشترک شهرداری و اداره کل میراث فرهنگی استان یزد برگزار شد.", []string{"کمیته مشترک شهرداری و اداره کل میراث فرهنگی استان یزد", "اداره کل میراث فرهنگی استان یزد"}},
		{"نشست کمیته مشترک و شرکت آب منطقه‌ای یزد برگزار شد.", []string{"شرکت آب منطقه‌ای یزد"}},
		{"کمیته امداد و اداره کل بهزیستی استان یزد همکاری کردند.", []string{"کمیته امداد", "اداره کل بهزیستی استان یزد|بهزیستی استان یزد"}},
	})
}

// TestPredicateAdjectiveEndsName checks that a predicate adjective of
// «شدن» («مختومه شود»، «منحل شد») ends the name before it.
func TestPredicateAdjectiveEndsName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"این پرونده هفته گذشته در شورای حل اختلاف مختومه شد.", []string{"شورای حل اختلاف"}},
		{"کامران نیک‌فر گفت: شرکت فولاد نور منحل شد.", []string{"شرکت فولاد نور"}},
	})
}

// TestNumberedClauseCommission checks that the numbered article or note
// of a law naming a commission («کمیسیون ماده ۱۰۰») stays in its name.
func TestNumberedClauseCommission(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کمیسیون ماده ۱۰۰ شهرداری میبد رأی داد.", []string{"کمیسیون ماده ۱۰۰ شهرداری میبد", "شهرداری میبد"}},
		{"کمیسیون تبصره ۲ ماده ۱۲ استان یزد تشکیل جلسه داد.", []string{"کمیسیون تبصره ۲ ماده ۱۲ استان یزد"}},
	})
}

// TestCityAndProvinceCouncilsApart checks that a city's council and the
// province's council of the same name are two bodies.
func TestCityAndProvinceCouncilsApart(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، رئیس شورای اسلامی شهر یزد و مهسا رحیمی، عضو شورای اسلامی استان یزد حضور داشتند.", []string{"شورای اسلامی شهر یزد", "شورای اسلامی استان یزد"}},
	})
}

// TestHeadWithBareHeadNoBody checks that a head noun followed only by
// another bare head («دفتر شرکت») names no body, while a board of a
// bare head still does.
func TestHeadWithBareHeadNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر در دفتر شرکت مستقر شد.", nil},
	})
}

// TestLocalOfficeWithoutHolder checks that a local office's head with no
// holder named («با حضور فرماندار X») lists no body, while a past post of
// a named holder («که پیش از این فرماندار X بود») lists it.
func TestLocalOfficeWithoutHolder(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"فرماندار میبد نیز در این آیین حضور داشت.", nil},
		{"کامران نیک‌فر به همراه دادستان عمومی و انقلاب میبد از زندان بازدید کرد.", nil},
		{"کامران نیک‌فر که پیش از این فرماندار میبد بوده است، گفت: کار آغاز شد.", []string{"فرمانداری میبد"}},
	})
}

// TestClericNamesakeInBodyName checks that a cleric's title right after a
// head noun («بیمارستان آیت‌الله X») starts the body's namesake, not a
// person after the body.
func TestClericNamesakeInBodyName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"بخش جدید بیمارستان آیت‌الله طاهری میبد افتتاح شد.", []string{"بیمارستان آیت‌الله طاهری میبد"}},
	})
}
