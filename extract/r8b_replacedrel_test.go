package extract

import "testing"

// TestReplacedHoldsPresentPost checks «الف جانشین ب شد که اکنون R است»:
// the relative clause after the verb tells the present post of the one
// replaced.
func TestReplacedHoldsPresentPost(t *testing.T) {
	title := "فرماندار جدید نطنز معرفی شد\n\n"
	checkAffiliationCases(t, []affCase{
		{"successor", title + "بهرام نیکزاد جانشین مهندس کاوه رستمی شد که اکنون مدیرکل دفتر امور شهری استانداری اصفهان است.",
			[]string{"کاوه رستمی|مدیرکل|دفتر امور شهری استانداری اصفهان"}},
		{"replacement", title + "بهرام نیکزاد جایگزین کاوه رستمی شد که اکنون مدیرکل دفتر امور شهری استانداری اصفهان است.",
			[]string{"کاوه رستمی|مدیرکل|دفتر امور شهری استانداری اصفهان"}},
	})
}
