package extract

import (
	"slices"

	"github.com/peyvand/peyvand/persian"
)

// keyUnitOf is «واحد», the unit of a body spread over a province's towns
// («دانشگاه آزاد اسلامی واحد X»، «دانشگاه پیام نور واحد Y»).
var keyUnitOf = persianKey("واحد")

// r18bProvinceNotUnit reports a long name f naming a body's unit («دانشگاه
// الف واحد X») and a short one e its provincial body («دانشگاه الف استان
// X»): the province's body runs the units, it is none of them.
func r18bProvinceNotUnit(e, f *orgEnt) bool {
	if !slices.Contains(f.core, keyUnitOf) || slices.Contains(e.core, keyUnitOf) {
		return false
	}
	for _, w := range persian.Words(e.name) {
		if persianKey(w) == keyProvince {
			return true
		}
	}
	return false
}
