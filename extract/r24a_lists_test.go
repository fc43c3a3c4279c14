package extract

import "testing"

// TestR24aMembershipJoined checks names that joined a body's membership,
// «به عضویت هیئت‌مدیره BODY درآمدند» (the preverb typed apart too), and
// one name elected or joined alone: each is a member of the board.
func TestR24aMembershipJoined(t *testing.T) {
	co := "شرکت تعاونی فرآورده‌های لبنی دشت ارژن"
	lead := "به گزارش خبرنگار ایرنا، مجمع عمومی " + co + " صبح امروز برگزار شد. در این مجمع، "
	names := "کامبیز نوروزی‌دشتکی، شیرین افراسیابی‌نسب و بردیا کاظم‌پورلاری "
	want := []string{"کامبیز نوروزی‌دشتکی|عضو هیئت‌مدیره|" + co, "شیرین افراسیابی‌نسب|عضو هیئت‌مدیره|" + co, "بردیا کاظم‌پورلاری|عضو هیئت‌مدیره|" + co}
	r23aCheckApps(t, lead+names+"به عضویت هیئت‌مدیره این شرکت درآمدند.\n", want)
	r23aCheckApps(t, lead+names+"به عضویت هیئت‌مدیره "+co+" در آمدند.\n", want)
	r23aCheckApps(t, lead+"کامبیز نوروزی‌دشتکی به عضویت هیئت‌مدیره این شرکت انتخاب شد.\n", want[:1])
	r23aCheckApps(t, lead+"کامبیز نوروزی‌دشتکی نیز به عضویت هیئت‌مدیره این شرکت درآمد.\n", want[:1])
}
