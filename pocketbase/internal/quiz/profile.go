package quiz

import (
	"jindu/internal/pledge"
	"jindu/internal/problem"
	"jindu/internal/safetext"
)

// Profile is where a participant says they come from when starting a quiz,
// for the campaign office's figures: a province or city code, a school and a
// grade band. Every part is optional and none is a name. Primary and junior
// middle school pupils may be under 14, so their school is not kept (as the
// pledge keeps nothing identifying from under-14 signers); region and grade
// band alone point at nobody.
type Profile struct {
	Region string `json:"region"`
	School string `json:"school"`
	Grade  string `json:"grade"`
}

// GradeBands are the bands a participant may give, the classroom's grades
// plus adults.
var GradeBands = []string{"primary", "junior", "senior", "university", "adult"}

// schoolKeptFrom lists the bands whose school is kept (nobody under 14).
var schoolKeptFrom = map[string]bool{"senior": true, "university": true}

// Origin is a profile checked and reduced to what is stored.
type Origin struct {
	Province, City, School, GradeBand string
}

// check validates the profile and returns what may be stored, or a problem.
func (p Profile) check() (Origin, error) {
	var o Origin
	if p.Grade != "" {
		known := false
		for _, band := range GradeBands {
			known = known || band == p.Grade
		}
		if !known {
			return o, problem.BadInput("grade_band_invalid", "Choose your grade from the list.")
		}
		o.GradeBand = p.Grade
	}
	if p.Region != "" {
		province, city, ok := pledge.SplitRegion(p.Region)
		if !ok {
			return o, problem.BadInput("region_invalid", "Choose your province and city from the list.")
		}
		o.Province, o.City = province, city
	}
	school, bad := safetext.Clean(p.School, 40)
	if bad != "" && bad != safetext.Empty {
		return o, problem.BadInput("school_invalid", "School names are at most 40 characters, without special characters.")
	}
	if schoolKeptFrom[o.GradeBand] {
		o.School = school
	}
	return o, nil
}
