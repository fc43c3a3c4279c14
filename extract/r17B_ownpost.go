package extract

// r17bOwnPostIn returns the post p is told to hold in the body org (its
// name in full or short: «اداره بهزیستی ساوه» for «اداره بهزیستی شهرستان
// ساوه»), else nil: «الف سرپرست اداره X ... الف جانشین ب در اداره X شده
// است» is the change of that post, not of the body's head the body's
// name alone would give. A deputy's or member's post is none: «الف،
// معاون اداره X، جانشین ب در اداره X شد» tells الف's move up.
func (a *analysis) r17bOwnPostIn(p *personMention, org string) *roleRef {
	if org == "" {
		return nil
	}
	for i := range a.affs {
		af := &a.affs[i]
		if samePerson(af.person, p) && !af.role.former && af.role.role != "" && r17bHeadsItsBody(af.role.role) && sameBodyName(af.role.org, org) {
			return &af.role
		}
	}
	return nil
}
