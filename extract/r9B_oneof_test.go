package extract

import "testing"

// TestR9BOneOfPluralPost checks «X (،) از اعضای/معاونان BODY»: X is one of
// the post's holders, also with a board of two words typed apart; and
// that «X از اعضای BODY خواست/تشکر کرد» makes X no member.
func TestR9BOneOfPluralPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"one of the faculty", "این کارگاه با تدریس دکتر آرش کیانی از اعضای هیئت علمی دانشگاه صنعتی شریف برگزار خواهد شد.",
			[]string{"آرش کیانی|عضو هیئت علمی|دانشگاه صنعتی شریف"}},
		{"one of the board, set off", "دکتر آرش کیانی، از اعضای هیئت‌مدیره شرکت فولاد سپید، گفت: کار ادامه دارد.",
			[]string{"آرش کیانی|عضو هیئت\u200cمدیره|شرکت فولاد سپید"}},
		{"one of the deputies", "دکتر آرش کیانی از معاونان وزیر نیرو گفت: کار ادامه دارد.",
			[]string{"آرش کیانی|معاون وزیر|وزارت نیرو"}},
		{"asked of the members", "دکتر آرش کیانی از اعضای شورای اسلامی شهر کرج خواست که کار ادامه یابد.", nil},
		{"thanked the members", "دکتر آرش کیانی از اعضای شورای اسلامی شهر کرج به خاطر همکاری تشکر کرد.", nil},
		{"one of, told «یکی از»", "دکتر آرش کیانی، یکی از اعضای هیئت‌مدیره شرکت فولاد سپید، گفت: کار ادامه دارد.",
			[]string{"آرش کیانی|عضو هیئت‌مدیره|شرکت فولاد سپید"}},
		{"visited the members", "دکتر آرش کیانی از اعضای شورای اسلامی شهر کرج دیدار کرد.", nil},
	})
}

// TestR9BMembersListed checks «اعضای هیئت‌مدیره شرکت X عبارتند از: الف،
// ب و ج» and the same list after a colon alone: each is a member.
func TestR9BMembersListed(t *testing.T) {
	want := []string{"کاوه نیکو|عضو هیئت\u200cمدیره|شرکت فولاد سپید", "بهمن راد|عضو هیئت\u200cمدیره|شرکت فولاد سپید", "نسرین رستمی|عضو هیئت\u200cمدیره|شرکت فولاد سپید"}
	checkAffiliationCases(t, []affCase{
		{"عبارتند از", "اعضای هیئت‌مدیره شرکت فولاد سپید عبارتند از: کاوه نیکو، بهمن راد و نسرین رستمی.", want},
		{"a colon", "اعضای هیئت‌مدیره شرکت فولاد سپید: کاوه نیکو، بهمن راد و نسرین رستمی.", want},
	})
}

// TestR9BPluralAsTitleAfterAlso checks «... منصوب شد و الف و ب نیز به
// عنوان اعضای هیئت‌مدیره این شرکت منصوب شدند»: «نیز» between the names
// and «به عنوان».
func TestR9BPluralAsTitleAfterAlso(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"نیز before as-title", "با حکم مهندس بهمن راد، مهندس کاوه نیکو به عنوان مدیرعامل شرکت گاز استان یزد منصوب شد و مهندس علی حسینی و دکتر مریم احمدی نیز به عنوان اعضای هیئت‌مدیره این شرکت منصوب شدند.",
			[]string{"کاوه نیکو|مدیرعامل|شرکت گاز استان یزد|", "علی حسینی|عضو هیئت\u200cمدیره|شرکت گاز استان یزد|", "مریم احمدی|عضو هیئت\u200cمدیره|شرکت گاز استان یزد|"}},
	})
}
