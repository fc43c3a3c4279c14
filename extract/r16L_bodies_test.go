package extract

import "testing"

// A town right after a body's word, before «داد» or «سپرد», is the body's
// place, not the noun of a compound verb: «در شهرداری X داد» names
// «شهرداری X». A noun before a light verb still ends the name.
func TestR16LTownBeforeLightVerb(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"کامران شیرازی‌فر جای خود را به مهدی پاکزادنیا در شهرداری مهریز داد.", "شهرداری مهریز", "شهرداری"},
		{"رضا کرمانی‌پور مسئولیت خود را به سعید نوروزی در فرمانداری اردکان سپرد.", "فرمانداری اردکان", "فرمانداری"},
		{"سمیرا نادری‌فر کلید واحدها را در بنیاد مسکن شهرستان تفت تحویل داد.", "بنیاد مسکن شهرستان تفت", "بنیاد مسکن"},
	} {
		got := orgNames(t, c.text)
		if !r15aHas(got, c.want) || r15aHas(got, c.not) {
			t.Errorf("%s: got %q, want %q alone", c.text, got, c.want)
		}
	}
	got := orgNames(t, "مدیرکل بهزیستی استان گزارش داد و ادامه داد.")
	for _, g := range got {
		if g == "بهزیستی استان گزارش" {
			t.Errorf("the verb's noun in a name: %q", got)
		}
	}
}
