package extract

import "testing"

// TestNestedParentBodyListed checks that a body named only inside a
// longer body's name (the university of a faculty, the council of its
// commission) is listed, as the gold of the bundled corpus lists the parent
// bodies its branches name, and so is the body a board is of; a bare head
// inside a longer name («شهرداری» in a joint committee's name) is not.
func TestNestedParentBodyListed(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر پیش از این در دانشکده فنی دانشگاه بیرجند تدریس می‌کرد.", []string{"دانشکده فنی دانشگاه بیرجند", "دانشگاه بیرجند"}},
		{"مهسا نیک‌فر، رئیس کمیسیون فرهنگی شورای اسلامی شهر بیرجند، سخن گفت.", []string{"کمیسیون فرهنگی شورای اسلامی شهر بیرجند", "شورای اسلامی شهر بیرجند"}},
		{"دانشگاه بیرجند و دانشکده فنی دانشگاه بیرجند همکاری کردند.", []string{"دانشگاه بیرجند", "دانشکده فنی دانشگاه بیرجند"}},
		{"جلسه هیئت‌مدیره شرکت سیمان بیرجند برگزار شد.", []string{"شرکت سیمان بیرجند", "هیئت‌مدیره شرکت سیمان بیرجند"}},
	})
}

// TestReporterAgencyAsWritten checks that «به گزارش خبرنگار X» names the
// agency as the report writes it («مهر»), and by its full name only when
// the report writes that too.
func TestReporterAgencyAsWritten(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"به گزارش خبرنگار مهر از یزد، جلسه برگزار شد.", []string{"مهر"}},
		{"به گزارش خبرنگار مهر از یزد، جلسه برگزار شد. فیلم آن در خبرگزاری مهر منتشر شد.", []string{"خبرگزاری مهر"}},
	})
}

// TestOutletByline checks that a listed outlet starting a byline
// («OUTLET - reporter:») is the cited outlet.
func TestOutletByline(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"جام جم آنلاین - مینا رحیمی‌فر: دیروز جلسه شورای اسلامی شهر یزد برگزار شد.", []string{"جام جم آنلاین", "شورای اسلامی شهر یزد"}},
	})
}

// TestShortAgencyWithFullName checks that «به گزارش X،» with the
// agency's full name («خبرگزاری X») written in the same report is that
// one agency.
func TestShortAgencyWithFullName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"یزد - خبرگزاری آنا - جلسه برگزار شد. به گزارش آنا، کامران نیک‌فر در جلسه سخن گفت.", []string{"خبرگزاری آنا"}},
	})
}

// TestListedAgencyNameEnds checks that a listed agency's name after
// «خبرگزاری» ends the body's name before the clause's words, while its
// province's centre still joins it.
func TestListedAgencyNameEnds(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"خبرگزاری مهر فیلم جلسه را منتشر کرد.", []string{"خبرگزاری مهر"}},
		{"خبرگزاری صدا و سیما مرکز یزد گزارش داد.", []string{"خبرگزاری صدا و سیما مرکز یزد", "صدا و سیما"}},
	})
}
