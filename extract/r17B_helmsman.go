package extract

import "github.com/peyvand/peyvand/persian"

// r17bHeadPost is headPostOf with an «اداره» told apart from an «اداره
// کل»: an office is headed by its «رئیس», a directorate general by its
// «مدیرکل».
func r17bHeadPost(name string) string {
	if w := persian.Words(name); len(w) > 0 && persianKey(w[0]) == keyOfficeHead && (len(w) < 2 || persianKey(w[1]) != keyGeneralWord) {
		return "رئیس"
	}
	return headPostOf(name)
}
