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
// the rules reach (1.0, 0.966, 1.0, 1.0, 0.993, 0.933 after round 7).
var train3Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.94, "affiliations": 0.97, "appointments": 0.97, "participation": 0.96,
	"event_date_recall": 0.9,
}

// train5Targets are the minimum scores on testdata/train5, reports written
// in round 5 (texts and gold committed before the first run) as tuning
// material, just below what the rules reach (1.0, 0.947, 1.0, 1.0, 0.946,
// 1.0 after round 7).
var train5Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.92, "affiliations": 0.97, "appointments": 0.97, "participation": 0.92,
	"event_date_recall": 0.95,
}

// unseen3Targets are the minimum scores on testdata/unseen3, a third set
// written blind. The rules of the session that wrote it scored it at its
// start (commit 8b1c7a0) persons 1.0, organizations 0.753, affiliations
// 0.835, appointments 0.818, participation 0.859 and event dates 0.8, and
// at that session's end 1.0, 0.855, 0.925, 0.889, 0.879 and 0.8. In round
// 4 its errors were read and fixed, so it is tuning material now, and
// later sets measure generalization; the floors sit a little below what
// the rules reach (1.0, 0.966, 1.0, 1.0, 0.931, 0.96 after round 7).
var unseen3Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.93, "affiliations": 0.97, "appointments": 0.95, "participation": 0.9,
	"event_date_recall": 0.92,
}

// unseen4Targets are the minimum scores on testdata/unseen4, written blind
// (by writers who never read the rules). The rules of round 4's start
// (commit 4d03231) scored it persons 0.975, organizations 0.847,
// affiliations 0.768, appointments 0.766, participation 0.787 and event
// dates 0.591. In round 6 its errors were read and fixed, so it is tuning
// material now; the floors sit a little below what the rules reach (1.0,
// 0.981, 1.0, 1.0, 0.901, 0.909 after round 7).
var unseen4Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.95, "affiliations": 0.97, "appointments": 0.97, "participation": 0.87,
	"event_date_recall": 0.87,
}

// unseen5Targets are the minimum scores on testdata/unseen5, written blind
// in round 6 by four writers who never read the rules. The rules of round
// 6's start (commit afc6f9d) scored it persons 0.952, organizations 0.805,
// affiliations 0.762, appointments 0.675, participation 0.638 and event
// dates 0.635, round 6's rules (tuned on unseen4) 0.952, 0.819, 0.790,
// 0.776, 0.681 and 0.692. In round 7 its errors were read and fixed, so it
// is tuning material now; the floors sit a little below what the rules
// reach (0.986, 0.876, 0.908, 0.935, 0.931, 0.846).
var unseen5Targets = map[string]float64{
	"persons": 0.96, "organizations": 0.92, "affiliations": 0.88, "appointments": 0.9, "participation": 0.9,
	"event_date_recall": 0.81,
}

// unseen6Targets are the minimum scores on testdata/unseen6, written blind
// in round 7 by two writers who never read the rules. The rules of round
// 6's start (commit afc6f9d) scored it persons 0.993, organizations 0.795,
// affiliations 0.726, appointments 0.700, participation 0.775 and event
// dates 0.821; round 6's 0.993, 0.808, 0.770, 0.769, 0.793 and 0.786;
// round 7's 0.993, 0.808, 0.787, 0.769, 0.842 and 0.821. In round 8 its
// affiliation errors were read and fixed, so it is tuning material now;
// the floors sit a little below what the rules reach (0.993, 0.848, 0.938,
// 0.930, 0.837, 0.821).
var unseen6Targets = map[string]float64{
	"persons": 0.97, "organizations": 0.88, "affiliations": 0.91, "appointments": 0.90, "participation": 0.81,
	"event_date_recall": 0.79,
}

// unseen7Targets are the minimum scores on testdata/unseen7, the set that
// still measures generalization: written blind in round 8 by a writer who
// never read the rules, and never tuned on. The
// rules of round 6's start scored it persons 0.961, organizations 0.896,
// affiliations 0.844, appointments 0.909, participation 0.853 and event
// dates 0.833; round 7's 0.961, 0.907, 0.844, 0.909, 0.742 and 0.75 (one
// report's events lost to a segmentation change: see its README). The
// floors sit a little below (organizations raised in round 9, whose body
// rules reach 0.989 here, 0.946 on unseen5 and 0.909 on unseen6).
var unseen7Targets = map[string]float64{
	"persons": 0.94, "organizations": 0.96, "affiliations": 0.82, "appointments": 0.88, "participation": 0.72,
	"event_date_recall": 0.72,
}

// madeUpSets are the sets of made-up reports under testdata, with their
// floors.
var madeUpSets = []struct {
	dir     string
	targets map[string]float64
}{
	{"unseen", unseenTargets}, {"unseen2", unseen2Targets}, {"train3", train3Targets}, {"unseen3", unseen3Targets},
	{"train5", train5Targets}, {"unseen4", unseen4Targets}, {"unseen5", unseen5Targets},
	{"unseen6", unseen6Targets}, {"unseen7", unseen7Targets},
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
