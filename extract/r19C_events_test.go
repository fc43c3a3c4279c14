package extract

import "testing"

// TestR19COtherNews checks that those named after a report turns to other
// news («در خبری دیگر، ...») are not made participants of the visit told
// before, while a «در خبری دیگر» sentence that names the event's own kind
// still opens that event's report.
func TestR19COtherNews(t *testing.T) {
	page := "خبرگزاری نمونه\n۱۲ آذر ۱۴۰۵، ۱۳:۰۵\n\nبازدید معاون وزیر از مزارع کندلان\n\n" +
		"کوهسار- رسول بهارلونیا، معاون وزیر کشاورزی امروز از مزارع گندم دشت کندلان بازدید کرد.\n\n" +
		"در این بازدید ماهان ترکمان‌پور، رئیس سازمان کشاورزی استان کوهسار حضور داشت.\n\n" +
		"در خبری دیگر، با حکم رئیس سازمان کشاورزی استان کوهسار، شاهین گلپایه‌زاد سرپرست مدیریت کشاورزی شهرستان کندلان شد.\n"
	e := r17CEvent(t, page, "visit")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("visit participants %v, want the one present «در این بازدید»", e.Participants)
	}
	if r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("visit participants %v, want none named «در خبری دیگر»", e.Participants)
	}
}

// TestR19CSessionThenAppointed checks that a lead telling a session held
// «به ریاست X» under a title that tells only an appointment («سرپرست ...
// منصوب شد»), with no farewell or introduction rite named, reports a
// meeting, not a ceremony.
func TestR19CSessionThenAppointed(t *testing.T) {
	page := "خبرگزاری نمونه\n۱۲ آذر ۱۴۰۵، ۱۳:۰۵\n\nسرپرست اداره بهزیستی کندلان منصوب شد\n\n" +
		"کوهسار- نشست شورای رفاه شهرستان کندلان امروز به ریاست رسول بهارلونیا، فرماندار کندلان در سالن فرمانداری برگزار شد.\n\n" +
		"در این نشست با حکم ماهان ترکمان‌پور، مدیرکل بهزیستی استان کوهسار، شاهین گلپایه‌زاد به عنوان سرپرست اداره بهزیستی شهرستان کندلان معرفی شد.\n"
	e := r17CEvent(t, page, "meeting")
	if !r17CHas(e.Participants, "رسول بهارلونیا") {
		t.Errorf("meeting participants %v, want the one who chaired it", e.Participants)
	}
}

// TestR19COnlyEntrusted checks that one named only as the one a post is
// handed to («مسئولیت اداره الف ... به X سپرده شد») in a meeting's report
// is not made a participant, while the one introduced «در این جلسه» is.
func TestR19COnlyEntrusted(t *testing.T) {
	page := "خبرگزاری نمونه\n۱۲ آذر ۱۴۰۵، ۱۳:۰۵\n\nجلسه شورای آموزش استان کوهسار برگزار شد\n\n" +
		"کوهسار- جلسه شورای آموزش استان کوهسار امروز به ریاست رسول بهارلونیا، مدیرکل آموزش استان کوهسار برگزار شد.\n\n" +
		"در این جلسه ماهان ترکمان‌پور به عنوان معاون آموزش اداره کل آموزش استان کوهسار معرفی شد. ترکمان‌پور پیش از این رئیس اداره آموزش شهرستان کندلان بود و مسئولیت این اداره با حکم مدیرکل به دکتر شاهین گلپایه‌زاد سپرده شد.\n"
	e := r17CEvent(t, page, "meeting")
	if !r17CHas(e.Participants, "ماهان ترکمان‌پور") {
		t.Errorf("meeting participants %v, want the one introduced «در این جلسه»", e.Participants)
	}
	if r17CHas(e.Participants, "شاهین گلپایه‌زاد") {
		t.Errorf("meeting participants %v, want none named only as handed a post", e.Participants)
	}
}
