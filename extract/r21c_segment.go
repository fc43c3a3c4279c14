package extract

import "strings"

// r21cMarkedSubhead reports a line marked as a heading of the second level
// or below («## ...»، «### ...»): set out as a bold line is, it is a
// subheading after the report's prose, not the title of a new report.
func r21cMarkedSubhead(raw string) bool {
	t := strings.TrimSpace(raw)
	rest, ok := strings.CutPrefix(t, "##")
	return ok && strings.TrimLeft(rest, "# ") != "" && strings.HasPrefix(strings.TrimLeft(rest, "#"), " ")
}
