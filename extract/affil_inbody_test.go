package extract

import (
	"reflect"
	"testing"
)

// TestInBodyOnlyForMembersAndRepresentatives checks that «ROLE PLACE در
// BODY» names the post's body for a representative, while after another
// post «در» names the venue.
func TestInBodyOnlyForMembersAndRepresentatives(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"a representative", "کامران نیک‌فر، نماینده مردم دامغان در مجلس شورای اسلامی گفت: طرح آغاز شد.",
			[]string{"کامران نیک‌فر|نماینده مردم|مجلس شورای اسلامی"}},
		{"a venue", "این آیین با حضور کامران نیک‌فر، امام جمعه دامغان در ستاد فرماندهی انتظامی شهرستان دامغان برگزار شد.", nil},
	})
}

// TestRepresentativeOfListedPlaces checks «نماینده مردم الف، ب و ج در
// مجلس»: the places of a constituency listed with «،» and «و».
func TestRepresentativeOfListedPlaces(t *testing.T) {
	got := affiliationsOf("کامران نیک‌فر نماینده مردم سمنان، مهدیشهر و سرخه در مجلس شورای اسلامی گفت: بودجه تامین شد.")
	if want := []string{"کامران نیک‌فر|نماینده مردم|مجلس شورای اسلامی"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
