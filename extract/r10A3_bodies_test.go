package extract

import (
	"strings"
	"testing"
)

// TestR10A3BranchNamedByTown checks that a bank's branch named by its town
// before the bank («شعبه X بانک Y») is one body, the town inside its name.
func TestR10A3BranchNamedByTown(t *testing.T) {
	got := orgNames(t, "کیوان شریفی‌راد رئیس شعبه ملایر بانک سپه در این نشست سخن گفت.")
	found := false
	for _, g := range got {
		if strings.Split(g, "|")[0] == "شعبه ملایر بانک سپه" {
			found = true
		}
		if strings.Split(g, "|")[0] == "شعبه ملایر" {
			t.Errorf("bodies %q, want the branch's name to go on to the bank", got)
		}
	}
	if !found {
		t.Errorf("bodies %q, want «شعبه ملایر بانک سپه»", got)
	}
}

// TestR10A3OfficeOfAPost checks that the office of the Leader's
// representative or of a Friday prayer leader («دفتر نماینده ولی فقیه در
// استان X»، «دفتر امام جمعه X») is a body named with the post and its place.
func TestR10A3OfficeOfAPost(t *testing.T) {
	got := orgNames(t, "کیوان شریفی‌راد مسئول دفتر نماینده ولی فقیه در استان زنجان شد. بهرام نیک‌فال مدیر دفتر امام جمعه ملایر است.")
	for _, want := range []string{"دفتر نماینده ولی فقیه در استان زنجان", "دفتر امام جمعه ملایر"} {
		found := false
		for _, g := range got {
			found = found || strings.Split(g, "|")[0] == want
		}
		if !found {
			t.Errorf("bodies %q, want %q", got, want)
		}
	}
}

// TestR10A3BankOfBranches checks that a bank whose branch or branches'
// management is named with a place after the bank is a body of its own,
// named with no place, and that the bank with the branch's town is none.
func TestR10A3BankOfBranches(t *testing.T) {
	got := orgNames(t, "کیوان شریفی‌راد مدیر شعب بانک سپه استان همدان و بهرام نیک‌فال رئیس شعبه مرکزی بانک سپه ملایر در این نشست سخن گفتند.")
	names := map[string]bool{}
	for _, g := range got {
		names[strings.Split(g, "|")[0]] = true
	}
	for _, want := range []string{"مدیریت شعب بانک سپه استان همدان", "شعبه مرکزی بانک سپه ملایر", "بانک سپه"} {
		if !names[want] {
			t.Errorf("bodies %q, want %q", got, want)
		}
	}
	if names["بانک سپه ملایر"] {
		t.Errorf("bodies %q, want no «بانک سپه ملایر»", got)
	}
}

// TestR10A3DepartmentOfFaculty checks that «گروه X دانشکده Y», with no
// head's post before it, is a department by the faculty it is of, and that
// a «گروه» of no faculty stays none.
func TestR10A3DepartmentOfFaculty(t *testing.T) {
	got := orgNames(t, "رئیس دانشکده کشاورزی از آمادگی این دانشکده و گروه مهندسی آب دانشکده کشاورزی دانشگاه زنجان خبر داد.")
	found := false
	for _, g := range got {
		found = found || strings.Split(g, "|")[0] == "گروه مهندسی آب دانشکده کشاورزی دانشگاه زنجان"
	}
	if !found {
		t.Errorf("bodies %q, want the department of the faculty", got)
	}
	for _, g := range orgNames(t, "گروه کوهنوردی شهر از قله پایین آمد.") {
		if strings.HasPrefix(g, "گروه") {
			t.Errorf("bodies %q, want no «گروه» of no faculty", g)
		}
	}
}

// TestR10A3BoardOfAThing checks that a working board named by its head and
// a word, then «این» and a noun that is no body (an agreement, a plan), is
// the thing's board, unnamed, and no body; a board with its body is one.
func TestR10A3BoardOfAThing(t *testing.T) {
	for _, g := range orgNames(t, "نخستین جلسه کمیته راهبری این تفاهم‌نامه هفته آینده برگزار می‌شود. کارگروه فنی این طرح نیز تشکیل شد.") {
		if strings.HasPrefix(g, "کمیته راهبری") || strings.HasPrefix(g, "کارگروه فنی") {
			t.Errorf("body %q, want none: the board of an agreement or plan", g)
		}
	}
	got := orgNames(t, "نخستین جلسه کمیته راهبری دانشگاه زنجان برگزار شد.")
	found := false
	for _, g := range got {
		found = found || strings.HasPrefix(g, "کمیته راهبری دانشگاه زنجان")
	}
	if !found {
		t.Errorf("bodies %q, want «کمیته راهبری دانشگاه زنجان»", got)
	}
}
