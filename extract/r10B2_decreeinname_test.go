package extract

import (
	"slices"
	"testing"
)

// TestR10B2DecreeInName checks «حکم سرپرستی بخشداری X به نام الف صادر
// شد»: the decree of a post issued in the appointee's name appoints her,
// and «به نام» is no given name («بهنام») before hers.
func TestR10B2DecreeInName(t *testing.T) {
	text := "همچنین حکم سرپرستی بخشداری دیهوک به نام نرگس جلالی صادر شد."
	checkAppointmentCases(t, []appointmentCase{
		{"in her name", text, []string{"نرگس جلالی|سرپرست|بخشداری دیهوک|"}},
	})
	names, _ := personsOf(text)
	if !slices.Equal(names, []string{"نرگس جلالی"}) {
		t.Errorf("persons %q", names)
	}
}
