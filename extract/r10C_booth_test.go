package extract

import "testing"

// «حضور سازمان الف در اجلاس ب»، «غرفه سازمان الف ... مورد توجه قرار
// گرفت»: a body's booth at a gathering is an exhibition.
func TestR10cBoothAtGathering(t *testing.T) {
	text := "گزارشی از حضور سازمان نمونه در اجلاس کشوری \"پیشگامان صنعت\"\n" +
		"به گزارش روابط عمومی سازمان نمونه، در اجلاس کشوری \"پیشگامان صنعت\"، غرفه سازمان نمونه مورد توجه گسترده قرار گرفت. دکتر سامان بیدگلی‌نژاد، مسئول این سازمان، در این غرفه با بازدیدکنندگان گفت‌وگو کرد.\n"
	doc, err := File("booth.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := eventDates(doc)["exhibition"]; !ok {
		t.Errorf("a booth at a gathering not read as an exhibition: %+v", doc.Events)
	}
}
