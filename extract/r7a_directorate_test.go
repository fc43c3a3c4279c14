package extract

import "testing"

// TestCountyDirectorateOfField checks that «مدیریت» before a ministry's
// field names the county's directorate as one body.
func TestCountyDirectorateOfField(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"تفاهم نامه مدیریت آموزش و پرورش شهرستان تفرش امضا شد.", "مدیریت آموزش و پرورش شهرستان تفرش"},
		{"کارشناسان مدیریت جهاد کشاورزی شهرستان خمین از مزارع بازدید کردند.", "مدیریت جهاد کشاورزی شهرستان خمین"},
	})
}
