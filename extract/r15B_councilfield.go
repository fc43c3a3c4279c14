package extract

// r15bCouncilHeads head bodies that meet about a field rather than run it:
// «شورای آموزش و پرورش استان X» is no fuller form of «آموزش و پرورش
// استان», the field's directorate.
var r15bCouncilHeads = keySet("شورا", "شورای", "کمیسیون", "کارگروه", "ستاد", "کمیته", "مجمع", "قرارگاه")

// r15bCouncilOfField reports a short name e of a field («آموزش و پرورش
// استان») and a longer name f that only puts a council's head before it
// («شورای آموزش و پرورش استان X»): a post in the field («معاون پشتیبانی
// آموزش و پرورش استان») is in the field's directorate, not the council.
func r15bCouncilOfField(e, f *orgEnt) bool {
	if len(e.core) == 0 || len(f.core) == 0 || e.core[0] == f.core[0] {
		return false
	}
	return r15bCouncilHeads[f.core[0]] && !r15bCouncilHeads[e.core[0]]
}
