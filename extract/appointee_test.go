package extract

import "testing"

// TestAppointeeNotGuest checks that the person appointed is the subject,
// not a guest («با حضور X») or the decree's issuer («از سوی X») named
// nearer the post.
func TestAppointeeNotGuest(t *testing.T) {
	tests := []struct{ text, want string }{
		{"بهمن راد با حضور نادر امینی، معاون وزیر ورزش و جوانان، به عنوان مدیرکل ورزش و جوانان استان قم معرفی شد.",
			"بهمن راد|مدیرکل|اداره کل ورزش و جوانان استان قم|"},
		{"بهمن راد در آیینی با حضور نادر امینی استاندار قم به عنوان فرماندار شهرستان نطنز معرفی شد.",
			"بهمن راد|فرماندار|فرمانداری شهرستان نطنز|"},
		{"بهمن راد طی حکمی از سوی نادر امینی به عنوان فرماندار شهرستان نطنز منصوب شد.",
			"بهمن راد|فرماندار|فرمانداری شهرستان نطنز|"},
		{"بهمن راد با حکم سارا مقدم، وزیر ورزش و جوانان، به عنوان مدیرکل ورزش و جوانان استان قم منصوب شد.",
			"بهمن راد|مدیرکل|اداره کل ورزش و جوانان استان قم|"},
	}
	for _, tc := range tests {
		got := appointmentsOf(tc.text)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
