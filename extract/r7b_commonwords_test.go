package extract

import "testing"

// TestCommonWordsAfterGivenName checks that common words that follow a
// word which is also a given name («شایان ذکر است»، «سلف»، «حکم
// جداگانه») make no person.
func TestCommonWordsAfterGivenName(t *testing.T) {
	for _, text := range []string{
		"شایان ذکر است این طرح در سال آینده به پایان می‌رسد.",
		"با احکام جداگانه نرگس جداگانه، کار آغاز شد.",
		"امید سلف گفت: کار ادامه دارد.",
	} {
		for _, p := range analyze(text).persons {
			if p.name == "شایان ذکر" || p.name == "نرگس جداگانه" || p.name == "امید سلف" {
				t.Errorf("%q: common word read as a name: %q", text, p.name)
			}
		}
	}
}
