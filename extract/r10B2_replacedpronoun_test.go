package extract

import "testing"

// TestR10B2ReplacesPronoun checks «... Y به عنوان R1 منصوب شد و X جایگزین
// وی در فرمانداری Z شد»: the pronoun after «جایگزین» stands for the one
// named before the subject, who precedes X in the head's post of the body.
func TestR10B2ReplacesPronoun(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"replaces him in the governorate", "با حکم استاندار یزد، مسعود پاکزاد، فرماندار پیشین تفت، به عنوان مشاور استاندار منصوب شد و جواد فرهی جایگزین وی در فرمانداری تفت شد.",
			[]string{"مسعود پاکزاد|مشاور استاندار|استانداری یزد|", "جواد فرهی|فرماندار|فرمانداری تفت|مسعود پاکزاد"}},
	})
}
