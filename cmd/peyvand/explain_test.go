package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractExplain runs «peyvand extract --explain» on a made-up report
// and checks it names the rule of the appointment and of a rejection, of
// the article's date, of an event, its date and its participant.
func TestExtractExplain(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.txt")
	text := "تاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۰:۳۰\n" +
		"با حکم استاندار، بهرام نیک‌گهر به سمت فرماندار شهرستان نطنز منصوب شد.\n" +
		"به عنوان مدیرکل اداره کل ورزش استان یزد معرفی شد.\n" +
		"نیک‌گهر روز گذشته از بیمارستان شهرستان نطنز بازدید کرد.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	m, stdout, stderr := newTestMain(t, nil)
	if err := m.ParseFlags(context.Background(), []string{"extract", "--explain", path}); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(context.Background()); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr)
	}
	out := stdout.String()
	for _, want := range []string{
		"+ appointment [as-title] بهرام نیک‌گهر — فرماندار — فرمانداری شهرستان نطنز",
		"- appointment [as-title]", "no person named before it",
		"+ person", "+ body",
		"+ date        [article date: dateline] 2025-05-06",
		"+ event       [event noun + light verb] visit:",
		"+ date        [relative day in the event's sentence, from the article's date] visit: 2025-05-05 «روز گذشته»",
		"+ participant [named in the event's sentences] بهرام نیک‌گهر → visit",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	if strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Error("explain printed JSON")
	}
}
