package extract

import "testing"

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
