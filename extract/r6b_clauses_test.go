package extract

import (
	"slices"
	"testing"
)

// TestThankedHolderTakesChargeInRelativeClause checks «از خدمات X، R
// پیشین این مرکز، که از این پس مدیریت BODY را بر عهده خواهد داشت»: the
// relative clause's subject is the thanked X, who takes the new post and
// is still the predecessor of the post he leaves.
func TestThankedHolderTakesChargeInRelativeClause(t *testing.T) {
	text := "در این آیین دکتر سامان کیانی‌فر به عنوان مدیرکل جدید صداوسیمای مرکز گیلان معرفی شد. همچنین از خدمات بهروز لاهیجانی‌پور، مدیرکل پیشین این مرکز، که از این پس مدیریت صداوسیمای مرکز قزوین را بر عهده خواهد داشت، تقدیر شد."
	got := appointmentsOf(text)
	for _, want := range []string{
		"سامان کیانی‌فر|مدیرکل|صداوسیمای مرکز گیلان|بهروز لاهیجانی‌پور",
		"بهروز لاهیجانی‌پور|مدیر|صداوسیمای مرکز قزوین|",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
}

// TestStillInChargeIsNoAppointment checks «X همچنان سرپرستی BODY را بر
// عهده خواهد داشت»: a charge kept is a post, not an appointment.
func TestStillInChargeIsNoAppointment(t *testing.T) {
	text := "تا صدور حکم شهردار، کامبیز نوروزی‌فر، معاون شهرداری بیرجند، همچنان سرپرستی شهرداری بیرجند را بر عهده خواهد داشت."
	if got := appointmentsOf(text); len(got) != 0 {
		t.Errorf("got %q, want none", got)
	}
}

// TestSurnameStartingLikeAVerb checks a surname of a nisba and an ending
// joined by a non-joiner that starts like a verb («می…»): a surname.
func TestSurnameStartingLikeAVerb(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"nisba with فر", "خبر\n\nدر ادامه ژیلا میانکوهی‌فر گفت: کار آغاز شد.", []string{"ژیلا میانکوهی‌فر"}},
	})
	a := analyze("خبر\n\nاین کار می‌رود که تمام شود.")
	if len(a.persons) != 0 {
		t.Errorf("a verb read as a name: %q", a.persons[0].name)
	}
}

// TestFromNowInThePresent checks «X از این پس به عنوان R BODY فعالیت
// می‌کند»: the present after «از این پس» tells a post taken up, as the
// future does.
func TestFromNowInThePresent(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"present", "کیارش نامداری‌فر از این پس به عنوان مدیرعامل سازمان پارک‌های شهر کرج فعالیت می‌کند.",
			[]string{"کیارش نامداری‌فر|مدیرعامل|سازمان پارک‌های شهر کرج|"}},
	})
}

// TestDecreeReadEndsTheBody checks «حکم X به عنوان شهردار منطقه ۴ قرائت
// و ...»: the decree's being read is no word of the zone's body.
func TestDecreeReadEndsTheBody(t *testing.T) {
	text := "خبر\n\nشهرداری شیراز آیین معارفه برگزار کرد. در این آیین حکم مهندس پیمان کازرونی‌نیا به عنوان شهردار منطقه ۴ قرائت و از خدمات شهردار پیشین قدردانی شد."
	got := appointmentsOf(text)
	if len(got) == 0 {
		t.Fatal("no appointment")
	}
	for _, g := range got {
		if g != "پیمان کازرونی‌نیا|شهردار|شهرداری منطقه ۴ شیراز|" && g != "پیمان کازرونی‌نیا|شهردار|شهرداری منطقه 4 شیراز|" {
			t.Errorf("got %q", g)
		}
	}
}

// TestReplacedInTheCommandOfAUnit checks «X جایگزین Y در فرماندهی سپاه Z
// شد»: the post is the unit's commander, and the body the unit itself.
func TestReplacedInTheCommandOfAUnit(t *testing.T) {
	text := "خبر\n\nبا حکم فرمانده کل سپاه، سردار کامران دزفولی‌نسب جایگزین سردار بهرام شوشتری‌پور در فرماندهی سپاه امام سجاد (ع) استان هرمزگان شد."
	got := appointmentsOf(text)
	want := []string{"کامران دزفولی‌نسب|فرمانده|سپاه امام سجاد (ع) استان هرمزگان|بهرام شوشتری‌پور"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	a := analyze(text)
	a.addInferredOrgs()
	for _, o := range a.orgs {
		if o.name == "فرماندهی سپاه امام سجاد (ع) استان هرمزگان" {
			t.Errorf("the command listed as a body: %q", o.name)
		}
	}
}

// TestReplacementAfterARolePredicate checks «X سرپرست BODY شد. وی جانشین Y
// شد»: the replacement told after the appointment names its predecessor.
func TestReplacementAfterARolePredicate(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"successor after the predicate", "با حکم استاندار، نوید شیروانی‌پور سرپرست فرمانداری اسفراین شد. وی جانشین کیومرث جاجرمی‌نیا شد که بازنشسته شده است.",
			[]string{"نوید شیروانی‌پور|سرپرست|فرمانداری اسفراین|کیومرث جاجرمی‌نیا"}},
	})
}

// TestChargeHeldBeforeIsNoPost checks «پیش از این Y ریاست این اداره را بر
// عهده داشت» after an appointment to that office: Y held the post before,
// holds none now, and is the new head's predecessor.
func TestChargeHeldBeforeIsNoPost(t *testing.T) {
	text := "خبر\n\nنوید کرمانی‌نژاد به عنوان رئیس اداره بهزیستی شهرستان راور معرفی شد. پیش از این پرویز راوری‌نیا ریاست این اداره را بر عهده داشت."
	if got := affiliationsOf(text); len(got) != 0 {
		t.Errorf("affiliations %q, want none", got)
	}
	checkAppointmentCases(t, []appointmentCase{
		{"predecessor", text, []string{"نوید کرمانی‌نژاد|رئیس|اداره بهزیستی شهرستان راور|پرویز راوری‌نیا"}},
	})
}
