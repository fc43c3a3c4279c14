package extract

import "testing"

// unseenTargets are the minimum scores on testdata/unseen, a set written
// blind (texts and gold committed before the extractor first ran on them).
// The rules that first met it scored persons 0.795, organizations 0.719,
// affiliations 0.629, appointments 0.557, participation 0.588 and event
// dates 0.567. It has since been tuned on (its errors were read and fixed),
// so it no longer measures generalization, testdata/unseen3 does; the
// floors sit a little below what the rules reach (1.0, 0.986, 1.0, 1.0,
// 0.948, 1.0), so that a change that loses what was won fails.
var unseenTargets = map[string]float64{
	"persons": 0.97, "organizations": 0.95, "affiliations": 0.97, "appointments": 0.95, "participation": 0.92,
	"event_date_recall": 0.95,
}

// unseen2Targets are the minimum scores on testdata/unseen2, a second set
// written blind (texts and gold committed before the extractor first ran on
// them). The rules that first met it scored persons 0.951, organizations
// 0.752, affiliations 0.705, appointments 0.717, participation 0.828 and
// event dates 0.87. It too has since been tuned on; the floors sit a little
// below what the rules reach (1.0, 0.930, 1.0, 1.0, 0.991, 1.0).
var unseen2Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.90, "affiliations": 0.97, "appointments": 0.95, "participation": 0.95,
	"event_date_recall": 0.95,
}

// train3Targets are the minimum scores on testdata/train3, reports written
// (texts and gold before the first run) as tuning material, just below what
// the rules reach (1.0, 0.933, 0.956, 0.928, 0.926, 0.867).
var train3Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.90, "affiliations": 0.93, "appointments": 0.90, "participation": 0.90,
	"event_date_recall": 0.83,
}

// train5Targets are the minimum scores on testdata/train5, reports written
// in round 5 (texts and gold committed before the first run) as tuning
// material, just below what the rules reach (1.0, 0.917, 1.0, 1.0, 0.899,
// 0.818).
var train5Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.89, "affiliations": 0.97, "appointments": 0.97, "participation": 0.87,
	"event_date_recall": 0.79,
}

// unseen3Targets are the minimum scores on testdata/unseen3, a third set
// written blind. The rules of the session that wrote it scored it at its
// start (commit 8b1c7a0) persons 1.0, organizations 0.753, affiliations
// 0.835, appointments 0.818, participation 0.859 and event dates 0.8, and
// at that session's end 1.0, 0.855, 0.925, 0.889, 0.879 and 0.8. In round
// 4 its errors were read and fixed, so it is tuning material now, and
// testdata/unseen4 measures generalization; the floors sit a little below
// what the rules reach (1.0, 0.952, 1.0, 1.0, 0.879, 0.8).
var unseen3Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.93, "affiliations": 0.97, "appointments": 0.95, "participation": 0.85,
	"event_date_recall": 0.76,
}

// unseen4Targets are the minimum scores on testdata/unseen4, the set that
// still measures generalization: written blind by writers who never read
// the rules, and never tuned on (its errors have not been read). The rules
// of round 4's start (commit 4d03231) scored it persons 0.975,
// organizations 0.847, affiliations 0.768, appointments 0.766,
// participation 0.787 and event dates 0.591; the floors sit a little below.
// A change that fails here has lost something general: fix the rule,
// never tune on this set.
var unseen4Targets = map[string]float64{
	"persons": 0.95, "organizations": 0.82, "affiliations": 0.74, "appointments": 0.74, "participation": 0.76,
	"event_date_recall": 0.55,
}

// unseen5Targets are the minimum scores on testdata/unseen5, written blind
// in round 6 by four writers who never read the rules, and never tuned on
// (the lead reads its scores only). The rules of round 6's start (commit
// afc6f9d) scored it persons 0.952, organizations 0.805, affiliations 0.762,
// appointments 0.675, participation 0.638 and event dates 0.635; round 6's
// rules 0.952, 0.819, 0.790, 0.776, 0.681 and 0.692. The floors sit a little
// below. A change that fails here has lost something general:
// fix the rule, never tune on this set.
var unseen5Targets = map[string]float64{
	"persons": 0.93, "organizations": 0.80, "affiliations": 0.77, "appointments": 0.75, "participation": 0.66,
	"event_date_recall": 0.67,
}

// madeUpSets are the sets of made-up reports under testdata, with their
// floors.
var madeUpSets = []struct {
	dir     string
	targets map[string]float64
}{
	{"unseen", unseenTargets}, {"unseen2", unseen2Targets}, {"train3", train3Targets}, {"unseen3", unseen3Targets},
	{"train5", train5Targets}, {"unseen4", unseen4Targets}, {"unseen5", unseen5Targets},
}

// TestMadeUpSetScores scores the extraction of each made-up set against
// its gold and fails below its floors.
func TestMadeUpSetScores(t *testing.T) {
	for _, set := range madeUpSets {
		t.Run(set.dir, func(t *testing.T) {
			checkScores(t, "testdata/"+set.dir+"/gold", "testdata/"+set.dir+"/texts", set.targets)
		})
	}
}
