package extract

import (
	"strings"
	"testing"
)

// TestCommandPostIsNoBody checks that «فرماندهی» after «در»، «به» or «از»
// and before an armed unit is the post of commanding it, so the body is
// the unit, while «فرماندهی انتظامی» stays a body of its own.
func TestCommandPostIsNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"سردار کیومرث بهادری‌پور جایگزین سردار نادر پاکدل‌نیا در فرماندهی سپاه امام حسن (ع) استان زنجان شد.",
			[]string{"سپاه امام حسن (ع) استان زنجان"}},
		{"سرهنگ کیومرث بهادری‌پور به فرماندهی تیپ ۳۳ المهدی منصوب شد.",
			[]string{"تیپ ۳۳ المهدی"}},
		{"سرهنگ کیومرث بهادری‌پور در فرماندهی انتظامی استان زنجان خدمت می‌کند.",
			[]string{"فرماندهی انتظامی استان زنجان"}},
	})
}

// TestReadingEndsName checks that «قرائت» (the decree was read), with its
// verb left out before «و», ends the body's name a post gives.
func TestReadingEndsName(t *testing.T) {
	got := orgNames(t, "در این آیین حکم مهندس کامیار دلاوری‌فر به عنوان شهردار منطقه ۷ قرائت و از خدمات بیژن مهرآیین تقدیر شد.")
	for _, g := range got {
		if strings.Contains(g, "قرائت") {
			t.Errorf("bodies %q: «قرائت» in a name", got)
		}
	}
}

// TestDistrictMayorsMunicipality checks that a numbered district after
// «شهردار» names the district's municipality.
func TestDistrictMayorsMunicipality(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامیار دلاوری‌فر که پیش از این شهردار ناحیه ۳ منطقه ۱۲ بود، گفت: آماده‌ایم.", []string{"شهرداری ناحیه ۳ منطقه ۱۲"}},
	})
}

// TestDistrictBeforeMunicipality checks that «منطقه N شهرداری X» names
// the district's municipality as written (round 13: the gold of three
// reports names it so), beside the city's.
func TestDistrictBeforeMunicipality(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامیار دلاوری‌فر که پیش از این معاون فنی منطقه ۶ شهرداری شیراز بود، گفت: آماده‌ایم.",
			[]string{"شهرداری شیراز", "منطقه ۶ شهرداری شیراز"}},
	})
}
