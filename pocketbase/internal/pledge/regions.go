package pledge

import (
	_ "embed"
	"encoding/json"
)

// regionsJSON is China's provinces and cities (GB/T 2260), the same file the
// pledge form offers (src/lib/pledge/regions.ts imports it from here).
//
//go:embed regions.json
var regionsJSON []byte

// knownRegions maps every province code to the set of its city codes.
var knownRegions = mustReadRegions(regionsJSON)

func mustReadRegions(raw []byte) map[string]map[string]bool {
	var list struct {
		Provinces []struct {
			Code   string `json:"code"`
			Cities []struct {
				Code string `json:"code"`
			} `json:"cities"`
		} `json:"provinces"`
	}
	if err := json.Unmarshal(raw, &list); err != nil {
		panic(err)
	}
	regions := make(map[string]map[string]bool, len(list.Provinces))
	for _, province := range list.Provinces {
		cities := make(map[string]bool, len(province.Cities))
		for _, city := range province.Cities {
			cities[city.Code] = true
		}
		regions[province.Code] = cities
	}
	return regions
}

// validRegion reports whether province (or "") and city (or "") name a
// province from the list and, if given, one of its cities.
func validRegion(province, city string) bool {
	if province == "" {
		return city == ""
	}
	cities, ok := knownRegions[province]
	return ok && (city == "" || cities[city])
}

// KnownRegion reports whether code is a province or city code from the list
// (for other features' region fields, such as a teacher's profile).
func KnownRegion(code string) bool {
	for province, cities := range knownRegions {
		if code == province || cities[code] {
			return true
		}
	}
	return false
}

// SplitRegion returns the province and city of a province or city code (city
// is "" for a province); ok is false for a code not on the list or "".
func SplitRegion(code string) (province, city string, ok bool) {
	if _, found := knownRegions[code]; found {
		return code, "", true
	}
	for province, cities := range knownRegions {
		if cities[code] {
			return province, code, true
		}
	}
	return "", "", false
}

// RegionCodes returns every province code with its city codes (for tools
// that make data, such as the campaign benchmark's seeding).
func RegionCodes() map[string][]string {
	codes := make(map[string][]string, len(knownRegions))
	for province, cities := range knownRegions {
		for city := range cities {
			codes[province] = append(codes[province], city)
		}
	}
	return codes
}
