package extract

// laidVerbs close «مسئولیت BODY به/بر عهده X گذاشته/سپرده شد».
var laidVerbs = keySet("گذاشته", "گذارده", "سپرده", "واگذار", "محول")

// r17bChargeLaidOn reads «به عهده X گذاشته شد» or «بر عهده X ...» at j,
// after a charge: the one the charge is laid on, else nil.
func (a *analysis) r17bChargeLaidOn(j int) *personMention {
	ts := a.toks
	if j+2 >= len(ts) || ts[j].key != keyTo && ts[j].key != keyOn || ts[j+1].key != keyCharge2 {
		return nil
	}
	p := a.personStartingAt(j + 2)
	if p == nil || p.end+1 >= len(ts) || !laidVerbs[ts[p.end].key] || !isBecomeVerb(ts, p.end+1) {
		return nil
	}
	return p
}
