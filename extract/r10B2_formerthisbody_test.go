package extract

import "testing"

// TestR10B2FormerOfThisBody checks «الف را به عنوان سرپرست مدیریت X منصوب
// کرد و از زحمات ب، مدیر سابق این مدیریت، تقدیر کرد»: «این مدیریت» is the
// body just appointed to, so ب precedes الف there and in no later post
// of the same title.
func TestR10B2FormerOfThisBody(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the former head of this body", "رئیس سازمان جهاد کشاورزی یزد، محمد نجفی را به عنوان سرپرست مدیریت جهاد کشاورزی شهرستان میبد منصوب کرد و از زحمات سعید فرهمند، مدیر سابق این مدیریت، تقدیر کرد. نرگس حیدری نیز به عنوان مدیر روابط عمومی سازمان مدیریت و برنامه‌ریزی استان یزد انتخاب شد.",
			[]string{"محمد نجفی|سرپرست|مدیریت جهاد کشاورزی شهرستان میبد|سعید فرهمند", "نرگس حیدری|مدیر روابط عمومی|سازمان مدیریت و برنامه‌ریزی استان یزد|"}},
	})
}
