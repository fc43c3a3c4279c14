package extract

import (
	"slices"
	"testing"
)

// TestR22CThreePartSurname checks that a given name that is also a common
// word («امید») is read as a given name before a surname of three parts
// whose first two are a surname with its ending («نادر‌پوری‌سرخه»).
func TestR22CThreePartSurname(t *testing.T) {
	doc, err := File("t.txt", []byte("در این نشست امید نادر‌پوری‌سرخه نماینده مردم ساوه در مجلس شورای اسلامی از طرح آبرسانی حمایت کرد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range doc.Persons {
		got = append(got, p.Name)
	}
	if !slices.Contains(got, "امید نادر‌پوری‌سرخه") {
		t.Errorf("persons %q, want «امید نادر‌پوری‌سرخه»", got)
	}
}
