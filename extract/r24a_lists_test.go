package extract

import (
	"slices"
	"testing"
)

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

// TestR24aGroupPronoun checks a plural pronoun in an event's sentence
// («به آنان ابلاغ شد») that stands for the two names listed in the
// sentence before: both take part in the meeting, and the one named
// alone in between («به ریاست X») is not taken for the list.
func TestR24aGroupPronoun(t *testing.T) {
	r24aCheckGroupPronoun(t, "به آنان ابلاغ شد")
	r24aCheckGroupPronoun(t, "به آن ها ابلاغ شد")
}

func r24aCheckGroupPronoun(t *testing.T, verb string) {
	t.Helper()
	text := "دو معاون جدید شرکت گاز استان یزد منصوب شدند\n\n" +
		"یزد- ایرنا- با حکم مدیرعامل شرکت گاز استان یزد، کامبیز نوروزی‌دشتکی و شیرین افراسیابی‌نسب به ترتیب به عنوان معاون بهره‌برداری و معاون مالی این شرکت منصوب شدند.\n\n" +
		"احکام دو معاون امروز در نشست شورای مدیران شرکت گاز استان یزد به ریاست بردیا کاظم‌پورلاری، مدیرعامل این شرکت، " + verb + ".\n"
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type != "meeting" {
			continue
		}
		found = true
		for _, n := range []string{"کامبیز نوروزی‌دشتکی", "شیرین افراسیابی‌نسب", "بردیا کاظم‌پورلاری"} {
			if !slices.Contains(e.Participants, n) {
				t.Errorf("meeting participants %q lack %q", e.Participants, n)
			}
		}
	}
	if !found {
		t.Errorf("no meeting in %v", doc.Events)
	}
}

// TestR24aBarePostGuests checks a «با حضور» guest told by his name and a
// bare head post («مدیرعامل») with or without «،» between: the post heads
// the body the sentence named before by «این» and its head noun; a
// sentence with no such body gives the guest no post.
func TestR24aBarePostGuests(t *testing.T) {
	lead := "به گزارش روابط عمومی شرکت توزیع نیروی برق استان سمنان، آیین معارفه معاون فنی این شرکت صبح امروز با حضور "
	tail := " شیرین افراسیابی‌نسب معاون عمرانی فرماندار سمنان و جمعی از مدیران برگزار شد.\n"
	want := []string{"کامبیز نوروزی‌دشتکی|مدیرعامل|شرکت توزیع نیروی برق استان سمنان"}
	r22aCheckAffs(t, lead+"کامبیز نوروزی‌دشتکی مدیرعامل،"+tail, want, nil)
	r22aCheckAffs(t, lead+"کامبیز نوروزی‌دشتکی، مدیرعامل،"+tail, want, nil)
	r22aCheckAffs(t, "به گزارش خبرنگار ایرنا، آیین معارفه معاون فنی صبح امروز با حضور کامبیز نوروزی‌دشتکی مدیرعامل،"+tail, nil, want)
}

// TestR24aCommaBarePosts checks a «با حضور» list of «X، R» items whose
// first name is read only in part (its last words in no name list):
// its post is not given to the next name, who has his own post after
// «،».
func TestR24aCommaBarePosts(t *testing.T) {
	text := "به گزارش خبرنگار ایرنا، این نشست با حضور داوود آبکار کلوت ده، فرماندار بافق، کامبیز نوروزی‌دشتکی، رئیس اداره صنعت، معدن و تجارت شهرستان بافق و شیرین افراسیابی‌نسب، مدیر بیمارستان بافق برگزار شد.\n"
	r22aCheckAffs(t, text, []string{"کامبیز نوروزی‌دشتکی|رئیس|اداره صنعت، معدن و تجارت شهرستان بافق"}, []string{"کامبیز نوروزی‌دشتکی|فرماندار|فرمانداری بافق"})
}
