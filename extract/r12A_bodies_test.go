package extract

import "testing"

// TestR12ASiteAfterAnd checks that a site noun (بازارچه، اسکله، فرودگاه)
// after «و» starts a new item, not a word of the body's name before it.
func TestR12ASiteAfterAnd(t *testing.T) {
	names := r11aNames(t, "فرماندار تازه صبح دیروز به همراه کاوه نیک‌پرور از گمرک سرخ‌آباد و بازارچه مرزی میلک بازدید کرد.")
	if !names["گمرک سرخ‌آباد"] {
		t.Errorf("bodies %v, want %q", names, "گمرک سرخ‌آباد")
	}
	for n := range names {
		if n == "گمرک سرخ‌آباد و بازارچه مرزی" || n == "گمرک سرخ‌آباد و بازارچه مرزی میلک" {
			t.Errorf("bodies %v, want no %q", names, n)
		}
	}
}

// TestR12APluralPresentLightVerb checks that «دهند» (they give), a light
// verb of compound verbs, ends a body's name with its noun before it.
func TestR12APluralPresentLightVerb(t *testing.T) {
	names := r11aNames(t, "فرهاد نیک‌گهر گفت: انتظار داریم کارکنان شرکت آبیاران کویر سهم خود را در شرکت آبیاران کویر افزایش دهند.")
	if !names["شرکت آبیاران کویر"] {
		t.Errorf("bodies %v, want %q", names, "شرکت آبیاران کویر")
	}
	for n := range names {
		if n != "شرکت آبیاران کویر" {
			t.Errorf("bodies %v, want no %q", names, n)
		}
	}
}
