package extract

import "testing"

// TestR10AProsecutionBranch checks that a numbered branch of a
// prosecutor's office is a body of its own, and an unnumbered one none.
func TestR10AProsecutionBranch(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر که پیش‌تر بازپرس شعبه سوم دادسرای سمنان بود، سخن گفت.", []string{"شعبه سوم دادسرای سمنان"}},
		{"این پرونده به شعبه دادسرای سمنان رفت.", []string{"دادسرای سمنان"}},
	})
}

// TestR10APoliceForce checks that the police force named by its fixed
// name alone is a body.
func TestR10APoliceForce(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"فرمانداری در کنار نیروی انتظامی خواهد بود.", []string{"فرمانداری", "نیروی انتظامی"}},
	})
}
