package extract

import (
	"strings"
	"testing"
)

// TestR21BOrdinalAfterSurname checks «الف هفتمین رئیس BODY است» with
// the surname alone: the ordinal is the holder's rank, no part of his
// name.
func TestR21BOrdinalAfterSurname(t *testing.T) {
	text := "مهندس کامبیز دلاوری‌نسب در آیینی رئیس اداره برق شهرستان جهرم شد. به گفته مدیرعامل، دلاوری‌نسب ششمین رئیس اداره برق شهرستان جهرم است.\n"
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Persons {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if strings.Contains(n, "ششمین") {
				t.Errorf("person %q named %q, want no ordinal in a name", p.Name, n)
			}
		}
	}
}
