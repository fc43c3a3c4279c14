package extract

// r17CSigningWord reports an agreement's word (signingWords), also as an
// indefinite noun: «تفاهم‌نامه‌ای ... به امضای الف و ب رسید»، «قراردادی
// ... امضا شد».
func r17CSigningWord(key string) bool {
	return signingWords[key] || signingWords[indefiniteStem(key)]
}
