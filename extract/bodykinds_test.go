package extract

import (
	"reflect"
	"testing"
)

// TestBodyOfAnotherKind checks that a short body name is not joined to a
// longer one of the same head and place whose next word names another
// kind of body, while a short form still joins its full name.
func TestBodyOfAnotherKind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // person|role|body of each affiliation
	}{
		{"two universities of one city", "در این نشست دکتر بهمن راد، رئیس دانشگاه علوم پزشکی کاشان، و دکتر نادر امینی، رئیس دانشگاه کاشان، سخن گفتند.",
			[]string{"بهمن راد|رئیس|دانشگاه علوم پزشکی کاشان", "نادر امینی|رئیس|دانشگاه کاشان"}},
		{"a technical university and the university", "دکتر نادر امینی رئیس دانشگاه صنعتی اصفهان است. در این نشست دکتر بهمن راد، رئیس دانشگاه اصفهان، نیز سخن گفت.",
			[]string{"نادر امینی|رئیس|دانشگاه صنعتی اصفهان", "بهمن راد|رئیس|دانشگاه اصفهان"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := File("made-up.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, af := range d.Affiliations {
				got = append(got, af.Person+"|"+af.Role+"|"+af.Organization)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("a short form joins its full name", func(t *testing.T) {
		d, err := File("made-up.txt", []byte("دکتر بهمن راد، رئیس دانشگاه علوم پزشکی کاشان، گفت: دانشگاه علوم پزشکی امسال بیست رشته تازه دارد."))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, o := range d.Organizations {
			got = append(got, o.Name)
		}
		if want := []string{"دانشگاه علوم پزشکی کاشان"}; !reflect.DeepEqual(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}
